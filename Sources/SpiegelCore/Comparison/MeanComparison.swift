/// The means of one section, or of all compared items, per column, and how self compares on them.
///
/// The means come from ``RatingAggregate``: only answers with a value count, n.v.t. and
/// unscored items are left out (their counts are in each part).
public struct MeanComparison: Hashable, Sendable {
    /// What the means are taken over.
    public enum Scope: Hashable, Sendable {
        /// The compared items of one section.
        case section(SectionID)
        /// All compared items.
        case overall
    }

    public var scope: Scope
    /// Each column's aggregate, in column order: mean, scored, n.v.t., unanswered, distribution.
    public var parts: [RatingAggregate.Part]
    /// Self, supervisor and peers' median of the means, and their differences.
    public var roles: RoleComparison

    public init(scope: Scope, parts: [RatingAggregate.Part], roles: RoleComparison) {
        self.scope = scope
        self.parts = parts
        self.roles = roles
    }

    /// Each column's mean, in column order; nil where the rater scored none of the items.
    public var means: [Double?] { parts.map(\.mean) }
}

extension MeanComparison {
    /// Compares the aggregates of the columns over `scope`.
    init(_ scope: Scope, aggregates: [RatingAggregate], columns: [ComparisonColumn]) {
        let parts = aggregates.map { aggregate in
            switch scope {
            case .section(let id): aggregate.sections[id] ?? Self.emptyPart
            case .overall: aggregate.overall
            }
        }
        self.init(scope: scope, parts: parts, roles: RoleComparison(values: parts.map(\.mean), columns: columns))
    }

    private static let emptyPart = RatingAggregate.Part(mean: nil, scored: 0, notApplicable: 0, unanswered: 0, distribution: [:])
}
