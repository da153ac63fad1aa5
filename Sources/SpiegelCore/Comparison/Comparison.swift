/// The comparison of one session's ratings: per item and per section every rater's view side
/// by side, self against the supervisor and the peers' median, discussion flags, a summary,
/// and each rater's strong points and work points.
///
/// Pure and deterministic: build it from the session's current ratings and its instrument.
///
/// ```swift
/// let comparison = Comparison(of: ratings, instrument: instrument, profile: instrument.profile("eerste-fase"))
/// for row in comparison.items where row.isFlagged { … }
/// ```
///
/// Columns are ordered self, supervisor, peers (by rater code), then other roles (by role,
/// then rater code); every per-column array (``ItemComparison/answers``,
/// ``MeanComparison/parts``, ``feedback``) follows that order. n.v.t. is kept as an answer
/// and left out of every number.
public struct Comparison: Hashable, Sendable {
    public var columns: [ComparisonColumn]
    /// The focus profile the comparison highlights or is restricted to.
    public var profile: ProfileID?
    /// Whether only the profile's items are compared (otherwise they are only marked).
    public var isRestrictedToProfile: Bool
    /// The compared items in form order.
    public var items: [ItemComparison]
    /// The sections in form order; restricted to a profile, only those holding one of its items.
    public var sections: [MeanComparison]
    /// The means over all compared items.
    public var overall: MeanComparison
    public var summary: ComparisonSummary
    /// Each column's strong points and work points, in column order.
    public var feedback: [FeedbackPoints]

    /// Compares `ratings` of one session made with `instrument`.
    ///
    /// With a `profile`, its items are marked (``ItemComparison/inProfile``); with
    /// `restrictToProfile` as well, only its items are compared: rows, section and overall
    /// means, the summary and the derived feedback points. Without a profile,
    /// `restrictToProfile` has no effect. Explicit feedback choices are always kept whole.
    public init(of ratings: [Rating], instrument: Instrument, profile: FocusProfile? = nil, restrictToProfile: Bool = false) {
        let ordered = ComparisonColumn.ordered(ratings)
        let columns = ordered.map { ComparisonColumn(rater: $0.rater, role: $0.role) }
        let restricted = restrictToProfile && profile != nil
        let highlighted = Set(profile.map(instrument.items) ?? [])
        let compared = instrument.sections.map { section in
            (section: section, items: section.items.filter { !restricted || highlighted.contains($0.id) })
        }
        let aggregates = ordered.map { RatingAggregate($0, instrument: instrument, profile: restricted ? profile : nil) }
        self.columns = columns
        self.profile = profile?.id
        self.isRestrictedToProfile = restricted
        self.items = compared.flatMap { part in
            part.items.map { item in
                ItemComparison(
                    item, section: part.section.id, inProfile: highlighted.contains(item.id), ratings: ordered,
                    columns: columns, instrument: instrument)
            }
        }
        self.sections = compared.filter { !restricted || !$0.items.isEmpty }.map {
            MeanComparison(.section($0.section.id), aggregates: aggregates, columns: columns)
        }
        self.overall = MeanComparison(.overall, aggregates: aggregates, columns: columns)
        self.summary = ComparisonSummary(items, columns: columns)
        let comparedItems = compared.flatMap(\.items)
        self.feedback = ordered.map { FeedbackPoints(deriving: $0, from: comparedItems, in: instrument) }
    }
}

extension Comparison {
    /// The compared items of one section, in form order.
    public func items(in section: SectionID) -> [ItemComparison] { items.filter { $0.section == section } }

    /// The compared item with this id; nil when it is not compared.
    public func item(_ id: ItemID) -> ItemComparison? { items.first { $0.item == id } }

    /// The means of one section; nil when the section is not compared.
    public func section(_ id: SectionID) -> MeanComparison? { sections.first { $0.scope == .section(id) } }

    /// The flagged items, in form order.
    public var flaggedItems: [ItemComparison] { items.filter(\.isFlagged) }
}
