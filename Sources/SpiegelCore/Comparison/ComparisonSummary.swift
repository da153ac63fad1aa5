/// The summary of a comparison: self against the supervisor, self against the peers' median,
/// and how many items are flagged for discussion.
public struct ComparisonSummary: Hashable, Sendable {
    public var selfVsSupervisor: PairSummary
    public var selfVsPeersMedian: PairSummary
    /// The number of compared items whose spread reaches their discussion threshold.
    public var flagged: Int

    public init(selfVsSupervisor: PairSummary, selfVsPeersMedian: PairSummary, flagged: Int) {
        self.selfVsSupervisor = selfVsSupervisor
        self.selfVsPeersMedian = selfVsPeersMedian
        self.flagged = flagged
    }

    /// Summarises the compared items.
    init(_ items: [ItemComparison]) {
        self.init(
            selfVsSupervisor: PairSummary(other: .supervisor, differences: items.compactMap(\.roles.selfMinusSupervisor)),
            selfVsPeersMedian: PairSummary(other: .peersMedian, differences: items.compactMap(\.roles.selfMinusPeersMedian)),
            flagged: items.count(where: \.isFlagged))
    }
}
