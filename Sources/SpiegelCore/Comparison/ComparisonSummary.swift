/// The summary of a comparison: self against the supervisor, self against the peers' median,
/// every pair of roles present, and how many items are flagged for discussion.
public struct ComparisonSummary: Hashable, Sendable {
    public var selfVsSupervisor: PairSummary
    public var selfVsPeersMedian: PairSummary
    /// Every pair of roles present, in column order (see ``RolePairSummary``).
    public var rolePairs: [RolePairSummary]
    /// The number of compared items flagged for discussion (see ``ItemComparison/isFlagged``).
    public var flagged: Int

    public init(selfVsSupervisor: PairSummary, selfVsPeersMedian: PairSummary, rolePairs: [RolePairSummary] = [], flagged: Int) {
        self.selfVsSupervisor = selfVsSupervisor
        self.selfVsPeersMedian = selfVsPeersMedian
        self.rolePairs = rolePairs
        self.flagged = flagged
    }

    /// Summarises the compared items, whose answers are in the order of `columns`.
    init(_ items: [ItemComparison], columns: [ComparisonColumn]) {
        self.init(
            selfVsSupervisor: PairSummary(other: .supervisor, differences: items.compactMap(\.roles.selfMinusSupervisor)),
            selfVsPeersMedian: PairSummary(other: .peersMedian, differences: items.compactMap(\.roles.selfMinusPeersMedian)),
            rolePairs: RolePairSummary.all(items, columns: columns), flagged: items.count(where: \.isFlagged))
    }
}
