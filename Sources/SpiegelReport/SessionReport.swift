import SpiegelCore

/// The view model of one session's report: what `spiegel compare` and `spiegel report` print
/// and what every session template (`Templates/report.*.mustache`, or a user's own) receives.
///
/// It is built from the engine's ``Comparison``; all numbers are ``ReportNumber``s (the exact
/// value for JSON, the rounded text for a template). `spiegel report SESSION --format json`
/// prints this model as it is, which is the easiest way to see what a template can use.
public struct SessionReport: Sendable, Encodable {
    /// The language of the chrome (`nl`, `en`).
    public let language: ReportLanguage
    /// The chrome in that language, by ``ReportLabel`` key: `{{labels.strongPoints}}`.
    public let labels: [String: String]
    public let instrument: InstrumentInfo
    public let session: SessionInfo
    /// The focus profile the comparison highlights or is restricted to.
    public let profile: ProfileInfo?
    public let columns: [ColumnInfo]
    public let sections: [SectionBlock]
    public let overall: MeansRow
    public let summary: SummaryInfo
    /// The flagged items, in form order, each with every rater's answer and evidence: what
    /// the meeting discusses first.
    public let discussion: [DiscussionItem]
    /// Each column's strong points and work points, in column order.
    public let feedback: [FeedbackInfo]
    /// Every rater's evidence, in time order (ties: column order).
    public let evidence: [EvidenceInfo]
    public let hasSelf: Bool
    public let hasSupervisor: Bool
    public let hasPeers: Bool
    /// Whether the session has any rating.
    public let hasRatings: Bool
    /// Whether there is more than one rating to compare.
    public let isComparison: Bool
    /// How many table columns hold answers and derived numbers.
    public let answerColumnCount: Int
    /// How many columns a text answer spans: the item's and every answer and number column.
    public let textColumnSpan: Int
}

extension SessionReport {
    /// The session and the header values a report may show.
    public struct SessionInfo: Hashable, Sendable, Encodable {
        public let id: Int64
        public let uuid: String
        public let date: String
        public let header: [HeaderEntry]
        public let video: VideoInfo?
    }

    /// The session's video as the report links it.
    public struct VideoInfo: Hashable, Sendable, Encodable {
        /// The path as recorded with the session.
        public let path: String
        /// What the report's `<video>` loads: a path relative to the report file where one is
        /// known, else the recorded path.
        public let source: String
        /// `mm:ss` or `h:mm:ss`; nil when unknown.
        public let duration: String?
        /// Whether the file was found when the report was made.
        public let isAvailable: Bool
    }

    public struct ProfileInfo: Hashable, Sendable, Encodable {
        public let id: String
        public let title: String
        /// Whether only the profile's items are compared (otherwise they are marked).
        public let isRestricted: Bool
    }

    /// One section: its items and each column's mean.
    public struct SectionBlock: Sendable, Encodable {
        public let id: String
        public let number: String
        public let title: String
        /// `I. RELATIE MET DE JONGERE`, or the title alone.
        public let heading: String
        public let items: [ItemRow]
        public let means: MeansRow
        /// Whether any item of the section is flagged for discussion.
        public let hasFlags: Bool
        /// Whether the section has an item with a value to take a mean of (not only text items).
        public let hasMeans: Bool
        /// Every rater's value per item as bars (HTML); nil when the section has no scored
        /// items. Not in the JSON: it is layout, computed from the rows above.
        public let chart: BarChart?

        enum CodingKeys: String, CodingKey {
            case id, number, title, heading, items, means, hasFlags, hasMeans
        }
    }

    /// One item: every column's answer, the peers' median, the differences and the flag.
    public struct ItemRow: Sendable, Encodable {
        public let item: ItemLabel
        /// Whether the item belongs to the focus profile.
        public let inProfile: Bool
        /// One cell per column, in column order.
        public let cells: [AnswerCell]
        public let peersMedian: ReportNumber
        public let selfMinusSupervisor: ReportNumber
        public let selfMinusPeersMedian: ReportNumber
        /// The highest minus the lowest value.
        public let spread: ReportNumber
        /// The spread at which the item is flagged, if the item can be flagged.
        public let threshold: ReportNumber
        public let isFlagged: Bool
        /// Whether the item asks for a text: its answers are shown in full, not in a cell.
        public let isText: Bool
    }

    /// One column's answer to one item.
    public struct AnswerCell: Hashable, Sendable, Encodable {
        /// The answer as typed (`2`, `nvt`, `ja`, an option id, `5/8`, a text); empty when missing.
        public let text: String
        /// The numeric value; missing for n.v.t., options, texts and unanswered items.
        public let value: ReportNumber
        public let isNotApplicable: Bool
        public let isMissing: Bool
        /// The label of the scale level answered (`rood: niet aanwezig`); nil for other answers.
        public let levelLabel: String?
        /// The level's colour (`#c0392b`) where the scale declares one.
        public let colour: String?
        /// What a narrow cell shows: the level's code (`rood`) where the scale declares
        /// colours and the level a code, else the answer as typed.
        public let short: String
        /// The column's heading, so a cell can be read on its own.
        public let column: String
    }

    /// Each column's mean over a section or over all compared items, and how self compares.
    public struct MeansRow: Sendable, Encodable {
        /// One entry per column, in column order.
        public let means: [ColumnMean]
        public let peersMedian: ReportNumber
        public let selfMinusSupervisor: ReportNumber
        public let selfMinusPeersMedian: ReportNumber
    }

    /// One column's mean, and how many items it is taken over.
    public struct ColumnMean: Sendable, Encodable {
        /// The column's heading (`self`, `peer 1`).
        public let column: String
        public let mean: ReportNumber
        /// How many items the column scored (n.v.t. and unscored items are left out).
        public let scored: Int
    }

    /// The comparison's summary.
    public struct SummaryInfo: Sendable, Encodable {
        public let selfVsSupervisor: PairInfo
        public let selfVsPeersMedian: PairInfo
        /// Every pair of roles present, in column order.
        public let rolePairs: [RolePairInfo]
        /// Whether at least two roles rated (there is a pair to compare).
        public let hasRolePairs: Bool
        /// How many compared items are flagged for discussion.
        public let flagged: Int
        /// How many items are compared.
        public let compared: Int
    }

    /// Self against one other view over the items both scored.
    public struct PairInfo: Sendable, Encodable {
        /// `supervisor` or `peers-median`.
        public let other: String
        public let n: Int
        /// Whether at least one item was scored by both (n > 0).
        public let hasItems: Bool
        public let exactAgreement: ReportNumber
        public let withinOneAgreement: ReportNumber
        /// Mean of self − other: positive when the coach scores higher (over-estimates).
        public let meanSignedDifference: ReportNumber
        /// `overschat`, `onderschat`, `gemiddeld gelijk` (in English `over-estimates`, …), or
        /// empty when n = 0.
        public let tendency: String
    }

    /// One column's strong points and work points.
    public struct FeedbackInfo: Sendable, Encodable {
        public let column: ColumnInfo
        public let strengths: [PointInfo]
        public let workPoints: [PointInfo]
    }

    /// One strong point or work point, and whether the rater chose it or it was derived.
    public struct PointInfo: Sendable, Encodable {
        public let item: ItemLabel
        /// `explicit` or `derived`.
        public let source: String
        public let isDerived: Bool
    }

    /// One piece of evidence: where in the video, by whom, about what, and the text.
    public struct EvidenceInfo: Sendable, Encodable {
        public let id: String
        /// `h:mm:ss` or `mm:ss`, as Spiegel prints video times.
        public let start: String
        public let startSeconds: Double
        /// The end of the moment, when one was given.
        public let end: String?
        public let rater: String
        public let role: String
        /// The heading of the rater's column.
        public let column: String
        public let item: ItemLabel?
        public let indicator: String?
        /// `strength`, `work-point` or `neutral`.
        public let valence: String
        /// `+`, `-` or `=`.
        public let symbol: String
        public let text: String
    }
}
