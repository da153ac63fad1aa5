extension ReportLabel {
    /// The header of a session report.
    var headerTexts: (nl: String, en: String) {
        switch self {
        case .session: ("Sessie", "Session")
        case .instrument: ("Instrument", "Instrument")
        case .focusProfile: ("Focusprofiel", "Focus profile")
        case .onlyProfileItems: ("alleen de items van het profiel worden vergeleken", "only its items are compared")
        case .profileItemsMarked: ("de items van het profiel zijn gemarkeerd", "its items are marked")
        case .raters: ("Beoordelaars", "Raters")
        case .video: ("Video", "Video")
        case .videoNotFound: ("Het videobestand staat niet op", "The video file was not found at")
        case .videoNotFoundHint:
            (
                "de tijden hieronder wijzen de momenten toch aan. Zet de video daar (of maak het verslag opnieuw) om ze af te spelen.",
                "the timestamps below still name the moments. Put the video there (or make the report again) to play them."
            )
        case .noVideo:
            (
                "Deze sessie heeft geen video; de tijden hieronder wijzen de momenten in de opname aan.",
                "This session has no video; the timestamps below name the moments in the recording."
            )
        case .noRatings: ("Nog geen beoordelingen.", "No ratings yet.")
        case .noRatingsHint:
            ("Nog geen beoordelingen: scoor de sessie eerst (spiegel score).", "No ratings yet: score the session first (spiegel score).")
        default: ("", "")
        }
    }

    /// The tables of a session report: columns, legends and notes.
    var tableTexts: (nl: String, en: String) {
        switch self {
        case .item: ("Item", "Item")
        case .mean: ("Gemiddelde", "Mean")
        case .peersMedian: ("mediaan collega's", "peers' median")
        case .selfMinusSupervisor: ("zelf − supervisor", "self − supervisor")
        case .selfMinusPeers: ("zelf − collega's", "self − peers")
        case .allComparedItems: ("Alle vergeleken items", "All compared items")
        case .items: ("items", "items")
        case .itemsScored: ("items gescoord", "items scored")
        case .shortPeersMedian: ("med", "med")
        case .shortSelfMinusSupervisor: ("z-sup", "s-sup")
        case .shortSelfMinusPeers: ("z-med", "s-med")
        case .legendPeersMedian: ("de mediaan van de collega's", "the peers' median")
        case .legendSelfMinusSupervisor: ("zelf - supervisor", "self - supervisor")
        case .legendSelfMinusPeers: ("zelf - mediaan van de collega's", "self - peers' median")
        case .flagLegend:
            (
                "de beoordelaars verschillen de bespreekdrempel of meer, of antwoorden anders (ja/nee, keuze)",
                "the raters differ by the discussion threshold or more, or answer differently (yes/no, choice)"
            )
        case .profileLegend: ("in het focusprofiel", "in the focus profile")
        case .nvtNote: ("n.v.t. en niet-gescoorde items tellen in geen enkel getal mee", "n.v.t. and unscored items count in no number")
        case .chartDescription: ("De waarde van elke beoordelaar per item in", "Every rater's value per item in")
        case .answers: ("Antwoorden", "Answers")
        case .median: ("mediaan", "median")
        case .roleSelf: ("zelf", "self")
        case .roleSupervisor: ("supervisor", "supervisor")
        case .rolePeer: ("collega", "peer")
        default: ("", "")
        }
    }

    /// The summary: how the roles agree.
    var summaryTexts: (nl: String, en: String) {
        switch self {
        case .summary: ("Samenvatting", "Summary")
        case .versus: ("tegenover", "vs")
        case .exact: ("exact gelijk", "exact")
        case .withinOne: ("hooguit één verschil", "within one")
        case .meanDifference: ("gemiddeld verschil", "mean difference")
        case .noItemScoredByBoth: ("geen item door beide gescoord", "no item scored by both")
        case .of: ("van de", "of")
        case .itemsToDiscuss: ("items te bespreken", "items flagged for discussion")
        case .overEstimates: ("overschat", "over-estimates")
        case .underEstimates: ("onderschat", "under-estimates")
        case .agreesOnAverage: ("gemiddeld gelijk", "agrees on average")
        case .scoresHigher: ("scoort hoger", "scores higher")
        case .scoresLower: ("scoort lager", "scores lower")
        case .choiceItems: ("ja/nee- en keuzevragen", "yes/no and choice items")
        case .sameChoice: ("gelijk beantwoord", "answered the same")
        case .nominalExactOnly:
            (
                "alleen exact gelijk: ja/nee en keuzes hebben geen afstand, dus geen 'hooguit één verschil' of gemiddeld verschil",
                "exact agreement only: yes/no and choices have no distance, so no within-one or mean difference"
            )
        case .oneRoleOnly:
            ("Maar één rol heeft beoordeeld: er zijn geen rollen om te vergelijken.", "Only one role rated: there are no roles to compare.")
        case .meanDifferenceNote:
            (
                "Een gemiddeld verschil boven 0 betekent dat de eerstgenoemde hoger scoort dan de tweede.",
                "A mean difference above 0 means the first scores higher than the second."
            )
        default: ("", "")
        }
    }

    /// Discussion points, feedback, evidence, and the blank form.
    var feedbackTexts: (nl: String, en: String) {
        switch self {
        case .toDiscuss: ("Te bespreken", "To discuss")
        case .nothingToDiscuss: ("Geen items te bespreken.", "No items to discuss.")
        case .noEvidenceForItem: ("Geen waarnemingen bij dit item.", "No evidence about this item.")
        case .strongAndWorkPoints: ("Sterke punten en werkpunten", "Strong points and work points")
        case .strongPoint: ("Sterk punt", "Strong point")
        case .strongPoints: ("Sterke punten", "Strong points")
        case .workPoint: ("Werkpunt", "Work point")
        case .workPoints: ("Werkpunten", "Work points")
        case .derived: ("afgeleid", "derived")
        case .none: ("geen", "none")
        case .evidence: ("Waarnemingen", "Evidence")
        case .noEvidence: ("Geen waarnemingen vastgelegd.", "No evidence recorded.")
        case .footer:
            (
                "Gemaakt met Spiegel. Alleen onderzoekscodes; houd dit bestand privé.",
                "Made with Spiegel. Research codes only; keep this file private."
            )
        case .raterCode: ("Code beoordelaar", "Rater code")
        case .role: ("Rol", "Role")
        case .feedback: ("Feedback", "Feedback")
        case .now: ("nu", "now")
        case .desired: ("gewenst", "desired")
        case .form: ("Spiegel-formulier", "Spiegel form")
        case .statusExample: ("voorbeeld", "example")
        case .statusDraft: ("ontwerp", "draft")
        case .step: ("stap", "step")
        default: ("", "")
        }
    }

    /// The development of one coach over sessions, and the agreement between raters.
    var historyTexts: (nl: String, en: String) {
        switch self {
        case .developmentOf: ("Ontwikkeling van", "Development of")
        case .sessions: ("sessies", "sessions")
        case .sessionsOtherVersionLeftOut:
            ("sessies met een andere versie van het instrument weggelaten", "sessions made with another instrument version left out")
        case .noSessionsOf: ("Geen sessies van", "No sessions of")
        case .withThisInstrument: ("met dit instrument", "with this instrument")
        case .date: ("Datum", "Date")
        case .all: ("Alles", "All")
        case .sections: ("Onderdelen", "Sections")
        case .changeFirstToLast:
            (
                "Verandering van de eerste tot de laatste sessie (gemiddelde over alles)",
                "Change from the first to the last session (overall mean)"
            )
        case .over: ("over", "over")
        case .historyNote:
            (
                "Gemiddelden per rol over de gescoorde items (n.v.t. en niet-gescoorde items weggelaten); met meer beoordelaars in een rol het gemiddelde van hun gemiddelden.",
                "Means per role over the items scored (n.v.t. and unscored items left out); with several raters in a role, the mean of their means."
            )
        case .meansPerSession: ("Gemiddelden per sessie", "Means per session")
        case .historyChartNote:
            (
                "Het gemiddelde van elke rol per sessie, de sessies op datum; de y-as loopt over het bereik van de schaal. Een rol die een sessie niet beoordeelde, laat een gat in haar lijn.",
                "Each role's mean per session, sessions in date order; y runs over the scale's range. A role that did not rate a session leaves a gap in its line."
            )
        case .sessionsAndRoles: ("Sessies en rollen", "Sessions and roles")
        case .meanPerSessionFor: ("gemiddelde per sessie van", "mean per session for")
        case .allItemsOverallMean: ("Alle items (gemiddelde over alles)", "All items (overall mean)")
        case .agreement: ("Overeenstemming", "Agreement")
        case .agreementSession: ("sessie met deze versie van het instrument", "session with this instrument version")
        case .agreementSessions: ("sessies met deze versie van het instrument", "sessions with this instrument version")
        case .agreementOtherVersionsLeftOut: ("van andere versies weggelaten", "of other versions left out")
        case .raterColumns: ("Beoordelaarskolommen", "Rater columns")
        case .itemsSectionsOverall: ("Items, onderdelen en geheel", "Items, sections and overall")
        case .meanScores: ("Gemiddelde scores (ICC)", "Mean scores (ICC)")
        default: ("", "")
        }
    }
}
