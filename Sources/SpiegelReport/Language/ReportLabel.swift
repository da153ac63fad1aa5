/// One piece of report chrome: a heading, column name, legend or note that is not the
/// instrument's own text. Templates see each by its raw value (`{{labels.strongPoints}}`).
public enum ReportLabel: String, CaseIterable, Hashable, Sendable {
    // The session report's header.
    case session, instrument, focusProfile, onlyProfileItems, profileItemsMarked, raters
    case video, videoNotFound, videoNotFoundHint, noVideo, noRatings, noRatingsHint
    // Tables.
    case item, mean, peersMedian, selfMinusSupervisor, selfMinusPeers, allComparedItems, items, itemsScored
    case shortPeersMedian, shortSelfMinusSupervisor, shortSelfMinusPeers
    case legendPeersMedian, legendSelfMinusSupervisor, legendSelfMinusPeers
    case flagLegend, profileLegend, nvtNote, chartDescription, answers, median
    // Roles as column headings.
    case roleSelf, roleSupervisor, rolePeer
    // The summary.
    case summary, versus, exact, withinOne, meanDifference, noItemScoredByBoth, of, itemsToDiscuss
    case overEstimates, underEstimates, agreesOnAverage, scoresHigher, scoresLower
    case choiceItems, sameChoice, nominalExactOnly, oneRoleOnly, meanDifferenceNote
    // Discussion, feedback and evidence.
    case toDiscuss, nothingToDiscuss, noEvidenceForItem
    case strongAndWorkPoints, strongPoint, strongPoints, workPoint, workPoints, derived, none
    case evidence, noEvidence, footer
    // The blank form.
    case raterCode, role, feedback, now, desired, form, statusExample, statusDraft, step
    // History and agreement.
    case developmentOf, sessions, sessionsOtherVersionLeftOut, noSessionsOf, withThisInstrument
    case date, all, sections, changeFirstToLast, over, historyNote, meansPerSession, historyChartNote, sessionsAndRoles,
        allItemsOverallMean, meanPerSessionFor
    case agreement, agreementSession, agreementSessions, agreementOtherVersionsLeftOut, raterColumns, itemsSectionsOverall, meanScores
    // The agreement report's tables and definitions.
    case agreementPerItem, plotAxisFrom, plotAxisTo, plotExactShare, plotGap, itemOrSection, kappaUnweighted, kappaLinear
    case kappaQuadratic, alphaNominal, alphaOrdinal, alphaInterval, pairwiseOnly, scores, whatTheFiguresAre
    case definitionN, definitionExactTerm, definitionExact, definitionKappa, definitionAlphaN, definitionAlpha, definitionICC, notes
    // The agreement plots.
    case chartPooled, chartAllItems, chartAlphaOrdinal, chartKappaQuadratic, chartExact, chartExactShort, chartPerRow, chartAxis
    case chartAxisEnd, notComputed, rater, allRaters

    /// The Dutch text: how a Flemish or Dutch coach would say it.
    public var dutch: String { texts.nl }

    /// The English text.
    public var english: String { texts.en }

    private var texts: (nl: String, en: String) {
        switch self {
        case .session, .instrument, .focusProfile, .onlyProfileItems, .profileItemsMarked, .raters, .video, .videoNotFound,
            .videoNotFoundHint, .noVideo, .noRatings, .noRatingsHint:
            headerTexts
        case .item, .mean, .peersMedian, .selfMinusSupervisor, .selfMinusPeers, .allComparedItems, .items, .itemsScored,
            .shortPeersMedian, .shortSelfMinusSupervisor, .shortSelfMinusPeers, .legendPeersMedian, .legendSelfMinusSupervisor,
            .legendSelfMinusPeers, .flagLegend, .profileLegend, .nvtNote, .chartDescription, .answers, .median, .roleSelf, .roleSupervisor,
            .rolePeer:
            tableTexts
        case .summary, .versus, .exact, .withinOne, .meanDifference, .noItemScoredByBoth, .of, .itemsToDiscuss, .overEstimates,
            .underEstimates, .agreesOnAverage, .scoresHigher, .scoresLower, .choiceItems, .sameChoice, .nominalExactOnly, .oneRoleOnly,
            .meanDifferenceNote:
            summaryTexts
        case .toDiscuss, .nothingToDiscuss, .noEvidenceForItem, .strongAndWorkPoints, .strongPoint, .strongPoints, .workPoint,
            .workPoints, .derived, .none, .evidence, .noEvidence, .footer, .raterCode, .role, .feedback, .now, .desired, .form,
            .statusExample, .statusDraft, .step:
            feedbackTexts
        case .developmentOf, .sessions, .sessionsOtherVersionLeftOut, .noSessionsOf, .withThisInstrument, .date, .all, .sections,
            .changeFirstToLast, .over, .historyNote, .meansPerSession, .historyChartNote, .sessionsAndRoles, .allItemsOverallMean,
            .meanPerSessionFor, .agreement, .agreementSession, .agreementSessions, .agreementOtherVersionsLeftOut, .raterColumns,
            .itemsSectionsOverall, .meanScores:
            historyTexts
        case .agreementPerItem, .plotAxisFrom, .plotAxisTo, .plotExactShare, .plotGap, .itemOrSection, .kappaUnweighted, .kappaLinear,
            .kappaQuadratic, .alphaNominal, .alphaOrdinal, .alphaInterval, .pairwiseOnly, .scores, .whatTheFiguresAre, .definitionN,
            .definitionExactTerm, .definitionExact, .definitionKappa, .definitionAlphaN, .definitionAlpha, .definitionICC, .notes:
            agreementTexts
        case .chartPooled, .chartAllItems, .chartAlphaOrdinal, .chartKappaQuadratic, .chartExact, .chartExactShort, .chartPerRow,
            .chartAxis, .chartAxisEnd, .notComputed, .rater, .allRaters:
            chartTexts
        }
    }
}
