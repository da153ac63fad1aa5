extension ReportLabel {
    /// The agreement report's plots, tables and definitions; the statistics keep their names.
    var agreementTexts: (nl: String, en: String) {
        switch self {
        case .agreementPerItem: ("Overeenstemming per item", "Agreement per item")
        case .plotAxisFrom: ("Eén as voor elke grafiek, van", "One axis for every plot, from")
        case .plotAxisTo: ("tot 1, met een lijn bij 0.", "to 1, with a line at 0.")
        case .plotExactShare: ("Exacte overeenstemming staat er als aandeel (1 = 100%).", "Exact agreement is drawn as a share (1 = 100%).")
        case .plotGap:
            (
                "Een staaf zonder waarde ontbreekt en zegt waarom (—a: zie de opmerkingen hieronder).",
                "A bar without a value is left out and says why (—a: see the notes below)."
            )
        case .itemOrSection: ("Item of onderdeel", "Item or section")
        case .kappaUnweighted: ("κ ongewogen", "κ unweighted")
        case .kappaLinear: ("κ lineair", "κ linear")
        case .kappaQuadratic: ("κ kwadratisch", "κ quadratic")
        case .alphaNominal: ("α nominaal", "α nominal")
        case .alphaOrdinal: ("α ordinaal", "α ordinal")
        case .alphaInterval: ("α interval", "α interval")
        case .pairwiseOnly:
            (
                "Procentuele overeenstemming en Cohens kappa vergelijken twee beoordelaars; kies daarvoor --roles of --raters.",
                "Percent agreement and Cohen's kappa compare two raters; choose --roles or --raters for them."
            )
        case .scores: ("Scores", "Scores")
        case .whatTheFiguresAre: ("Wat de getallen betekenen", "What the figures are")
        case .notes: ("Opmerkingen", "Notes")
        default: definitionTexts
        }
    }

    /// What each figure of the agreement report is.
    private var definitionTexts: (nl: String, en: String) {
        switch self {
        case .definitionN:
            (
                "Eenheden die beide beoordelaars scoorden: op een itemrij zijn dat sessies, op een rij van een onderdeel of van het geheel paren van sessie en item.",
                "Units both raters scored: on an item row the units are sessions, on a section or overall row session × item pairs."
            )
        case .definitionExactTerm: ("exact gelijk, hooguit één verschil", "exact, within one")
        case .definitionExact:
            (
                "Procentuele overeenstemming: het aandeel eenheden met a = b, resp. |a − b| ≤ 1.",
                "Percent agreement: the share of units with a = b, resp. |a − b| ≤ 1."
            )
        case .definitionKappa:
            (
                "Cohens kappa met de niveaus van de schaal als categorieën, in de volgorde van de schaal: ongewogen, en met lineaire en kwadratische gewichten naar de index van de categorie.",
                "Cohen's kappa with the scale's levels as categories in scale order: unweighted, linear and quadratic weights by category index."
            )
        case .definitionAlphaN:
            (
                "Paarbare waarden (Krippendorffs n): beoordelingen in eenheden met minstens twee beoordelingen.",
                "Pairable values (Krippendorff's n): ratings in units with at least two ratings."
            )
        case .definitionAlpha:
            (
                "Krippendorffs alfa (2011), met nominale, ordinale en intervalmetriek; een willekeurig aantal beoordelaars; ontbrekende waarden en n.v.t. tellen niet mee.",
                "Krippendorff's alpha (2011), nominal, ordinal and interval metric; any number of raters; missing values and n.v.t. are left out."
            )
        case .definitionICC:
            (
                "Op de gemiddelde score van elke beoordelaar per onderdeel en over het geheel, volgens Shrout & Fleiss (1979): ICC(1,1) eenweg random, ICC(2,1) tweeweg random met absolute overeenstemming, ICC(3,1) tweeweg gemengd met consistentie; één beoordelaar; n: sessies die elke beoordelaar scoorde.",
                "On each rater's mean score per section and overall, after Shrout & Fleiss (1979): ICC(1,1) one-way random, ICC(2,1) two-way random absolute agreement, ICC(3,1) two-way mixed consistency; single rater; n: sessions every rater scored."
            )
        default: ("", "")
        }
    }

    /// The agreement plots: titles, series names and the plot's description in words.
    var chartTexts: (nl: String, en: String) {
        switch self {
        case .chartPooled: ("Onderdelen en alle items", "Sections and all items")
        case .chartAllItems: ("Alle items", "All items")
        case .chartAlphaOrdinal: ("α ordinaal (Krippendorff)", "α ordinal (Krippendorff)")
        case .chartKappaQuadratic: ("κ kwadratisch (Cohen)", "κ quadratic (Cohen)")
        case .chartExact: ("exacte overeenstemming (aandeel, 1 = 100%)", "exact agreement (share, 1 = 100%)")
        case .chartExactShort: ("exact", "exact")
        case .chartPerRow: ("per rij", "per row")
        case .chartAxis: ("op een as van", "on an axis from")
        case .chartAxisEnd: ("tot 1", "to 1")
        case .notComputed: ("niet berekend", "not computed")
        case .rater: ("beoordelaar", "rater")
        case .allRaters: ("alle beoordelaars", "all raters")
        default: ("", "")
        }
    }
}
