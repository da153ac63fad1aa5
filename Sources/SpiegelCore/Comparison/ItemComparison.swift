/// One row of a comparison: every rater's answer to one item, the peers' median, the
/// differences of self with the supervisor and the peers, the spread and the discussion flag.
///
/// n.v.t. stays visible in ``answers`` but has no value, so it is left out of every number,
/// like an item a rater did not score.
public struct ItemComparison: Hashable, Sendable {
    public var item: ItemID
    /// The section that holds the item.
    public var section: SectionID
    /// Whether the comparison's focus profile includes the item (false without a profile).
    public var inProfile: Bool
    /// Each column's answer, in column order; nil where the rater did not answer.
    public var answers: [Answer?]
    public var roles: RoleComparison
    /// The highest minus the lowest value over all columns; nil when fewer than two columns
    /// have a value (there is nothing to compare).
    public var spread: Double?
    /// The spread at which the item is flagged for discussion: the scale's threshold for a
    /// rating item, the declared one for a number item; nil for number items without one and
    /// for checks, choices and texts, which have no threshold.
    public var discussionThreshold: Double?
    /// Whether the item is nominal (a check or a choice): its answers agree or differ, with
    /// no distance between them.
    public var isNominal: Bool

    public init(
        item: ItemID, section: SectionID, inProfile: Bool, answers: [Answer?], roles: RoleComparison,
        spread: Double?, discussionThreshold: Double?, isNominal: Bool = false
    ) {
        self.item = item
        self.section = section
        self.inProfile = inProfile
        self.answers = answers
        self.roles = roles
        self.spread = spread
        self.discussionThreshold = discussionThreshold
        self.isNominal = isNominal
    }

    /// Each column's value, in column order: nil for a missing answer, n.v.t., a text, and
    /// for every answer to a nominal item (ja/nee, an option), which has no distance to
    /// another: differences, spreads and means of differences are taken on ordered items only.
    public var values: [Double?] { isNominal ? answers.map { _ in nil } : answers.map { $0?.numericValue } }

    /// Whether the raters differ enough to discuss the item: spread ≥ the discussion threshold;
    /// for a nominal item (check, choice), any two answers that differ (ja ≠ nee, one option
    /// ≠ another). n.v.t. and missing answers never make a difference; texts are never flagged.
    public var isFlagged: Bool {
        if isNominal { return Set(answers.compactMap { $0?.isNotApplicable == false ? $0 : nil }).count > 1 }
        guard let spread, let discussionThreshold else { return false }
        return spread >= discussionThreshold
    }
}

extension ItemComparison {
    /// Compares the answers of `ratings` (in column order) to `item`.
    init(_ item: Item, section: SectionID, inProfile: Bool, ratings: [Rating], columns: [ComparisonColumn], instrument: Instrument) {
        let answers = ratings.map { $0.answer(for: item.id) }
        // A nominal item's answers agree or differ; they have no value to subtract.
        let values = Self.isNominal(item) ? answers.map { _ in nil } : answers.map { $0?.numericValue }
        self.init(
            item: item.id, section: section, inProfile: inProfile, answers: answers,
            roles: RoleComparison(values: values, columns: columns),
            spread: Self.spread(of: values.compactMap { $0 }),
            discussionThreshold: Self.discussionThreshold(of: item, in: instrument), isNominal: Self.isNominal(item))
    }

    /// Whether the item's answers are nominal: a check (ja/nee) or a choice among options.
    static func isNominal(_ item: Item) -> Bool {
        switch item.kind {
        case .check, .choice: true
        case .rating, .number, .text: false
        }
    }

    /// The highest minus the lowest of `values`; nil with fewer than two. Subtracted as
    /// decimals, so that 7.3 and 7.2 are 0.1 apart (and flagged at a threshold of 0.1).
    static func spread(of values: [Double]) -> Double? {
        guard values.count >= 2, let lowest = values.min(), let highest = values.max() else { return nil }
        if let high = DecimalNumber(highest), let low = DecimalNumber(lowest), let difference = high.subtracting(low) {
            return difference.doubleValue
        }
        return highest - lowest
    }

    /// The threshold of a rating item's scale, or a number item's declared threshold.
    static func discussionThreshold(of item: Item, in instrument: Instrument) -> Double? {
        switch item.kind {
        case .rating(let scaleID, _):
            guard let scale = scaleID.flatMap(instrument.scale) else { return nil }
            return Double(scale.effectiveDiscussionThreshold)
        case .number(let spec):
            return spec.discussionThreshold
        case .check, .choice, .text:
            return nil
        }
    }
}
