/// One line of an agreement report: a group of units and the figures computed on it.
///
/// Item, section and overall rows carry, in this order: percent agreement exact and
/// within-one, Cohen's kappa unweighted, linear and quadratic, Krippendorff's alpha nominal,
/// ordinal and interval. Score rows carry ICC(1,1), ICC(2,1) and ICC(3,1).
public struct AgreementRow: Hashable, Sendable {
    /// What the row's units are.
    public enum Scope: Hashable, Sendable {
        /// One rating item; the units are the sessions.
        case item(ItemID, section: SectionID)
        /// The rating items of a section pooled; the units are (session, item) pairs.
        case section(SectionID)
        /// Every rating item pooled; the units are (session, item) pairs.
        case overall
        /// Each rater's section mean score; the units (ICC targets) are the sessions.
        case sectionScore(SectionID)
        /// Each rater's overall mean score; the units (ICC targets) are the sessions.
        case totalScore
    }

    /// What one unit of the row is.
    public enum UnitKind: String, Hashable, Sendable {
        case sessions
        case sessionItems = "session-items"
    }

    public let scope: Scope
    /// The form's text: `1. De coach luistert …` for an item, `I. RELATIE …` for a section,
    /// the instrument's title for the overall and total rows.
    public let label: String
    public let unitKind: UnitKind
    /// Units with at least one value from the compared raters; each figure's `n` says how many
    /// of them that statistic could use.
    public let units: Int
    public let figures: [AgreementFigure]

    public init(scope: Scope, label: String, unitKind: UnitKind, units: Int, figures: [AgreementFigure]) {
        self.scope = scope
        self.label = label
        self.unitKind = unitKind
        self.units = units
        self.figures = figures
    }

    /// The figure of `statistic` in `variant` (e.g. `.cohensKappa`, `"quadratic"`), if the row has it.
    public func figure(_ statistic: AgreementStatistic, _ variant: String) -> AgreementFigure? {
        figures.first { $0.statistic == statistic && $0.variant == variant }
    }

    /// Whether the row holds ICC figures on scores rather than item-level figures.
    public var isScoreRow: Bool {
        switch scope {
        case .sectionScore, .totalScore: true
        case .item, .section, .overall: false
        }
    }
}
