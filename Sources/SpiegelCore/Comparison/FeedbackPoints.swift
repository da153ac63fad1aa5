/// One strong point or work point: an item, and whether the rater named it or it was derived
/// from the rater's scores.
public struct FeedbackPoint: Hashable, Sendable {
    /// Where a point comes from.
    public enum Source: String, Hashable, Sendable {
        /// The rater chose it (``FeedbackChoice``).
        case explicit
        /// Derived from the rater's scores, filling up what the rater did not name.
        case derived
    }

    public var item: ItemID
    public var source: Source

    public init(item: ItemID, source: Source) {
        self.item = item
        self.source = source
    }
}

/// One rater's strong points and work points (hospitation: two and one), explicit first.
///
/// The rater's own ``FeedbackChoice`` comes first, all of it and in the rater's order. Where
/// the rater named fewer than the instrument's ``FeedbackRule`` asks for, the rest is derived
/// from the scores (see ``FeedbackPoints/init(deriving:from:in:)``).
public struct FeedbackPoints: Hashable, Sendable {
    public var strengths: [FeedbackPoint]
    public var workPoints: [FeedbackPoint]

    public init(strengths: [FeedbackPoint] = [], workPoints: [FeedbackPoint] = []) {
        self.strengths = strengths
        self.workPoints = workPoints
    }

    /// The explicit choice of `rating`, filled up with points derived from its scores.
    ///
    /// Derivation uses only rating and number items among `items` that the rater gave a
    /// value (n.v.t., unscored items, checks, choices and texts never become a derived point),
    /// and never an item the rater already chose as a strength or as a work point.
    ///
    /// - Strengths are the highest values; a value must be above the scale's minimum (the
    ///   lowest level, or the number item's minimum), so a rating with nothing above the
    ///   minimum yields no derived strength.
    /// - Work points are the lowest values; a value must be below the scale's maximum, so a
    ///   rating with everything at the maximum yields no derived work point.
    /// - Values are ranked by where they lie on their own item's scale, (value − minimum) /
    ///   (maximum − minimum), so that a 4 on a 1–5 scale (0.75) ranks above a 6 on 0–10 (0.6).
    ///   On an instrument with one scale this is the order of the values themselves.
    /// - Strengths are derived first; an item derived as a strength is never also a work point.
    /// - **Tie-break** among equal positions (on one scale: equal values): first the item with
    ///   the most evidence of the matching valence in this rating (strength evidence for a
    ///   strength, work-point evidence for a work point, counted by ``Evidence/item``), then
    ///   the item earlier in form order.
    ///
    /// Fewer points than the rule asks for result when too few items qualify.
    public init(deriving rating: Rating, from items: [Item], in instrument: Instrument) {
        let chosen = Set(rating.feedback.strengths + rating.feedback.workPoints)
        let candidates = FeedbackCandidate.all(in: rating, items: items, instrument: instrument).filter { !chosen.contains($0.item) }
        let strengthsNeeded = max(0, instrument.feedback.strengths - rating.feedback.strengths.count)
        let derivedStrengths = Self.pick(strengthsNeeded, from: candidates.filter(\.isAboveMinimum), highest: true)
        let taken = Set(derivedStrengths)
        let workPointsNeeded = max(0, instrument.feedback.workPoints - rating.feedback.workPoints.count)
        let derivedWorkPoints = Self.pick(
            workPointsNeeded, from: candidates.filter { $0.isBelowMaximum && !taken.contains($0.item) }, highest: false)
        self.init(
            strengths: Self.points(rating.feedback.strengths, .explicit) + Self.points(derivedStrengths, .derived),
            workPoints: Self.points(rating.feedback.workPoints, .explicit) + Self.points(derivedWorkPoints, .derived))
    }

    private static func points(_ items: [ItemID], _ source: FeedbackPoint.Source) -> [FeedbackPoint] {
        items.map { FeedbackPoint(item: $0, source: source) }
    }

    /// The first `count` candidates by position on the scale (highest or lowest), evidence, then form order.
    private static func pick(_ count: Int, from candidates: [FeedbackCandidate], highest: Bool) -> [ItemID] {
        let ordered = candidates.sorted { a, b in
            if a.position != b.position { return highest ? a.position > b.position : a.position < b.position }
            let evidenceA = highest ? a.strengthEvidence : a.workPointEvidence
            let evidenceB = highest ? b.strengthEvidence : b.workPointEvidence
            if evidenceA != evidenceB { return evidenceA > evidenceB }
            return a.formOrder < b.formOrder
        }
        return ordered.prefix(count).map(\.item)
    }
}
