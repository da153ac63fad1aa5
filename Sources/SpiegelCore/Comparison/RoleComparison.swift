/// How the coach's own view (self) compares with the supervisor's and with the peers' median,
/// on one item or on one mean.
///
/// The self and supervisor values are those of the first `self` and the first `supervisor`
/// column (columns are ordered by rater code within a role). The peers' median is the median
/// of the values of every `peer` column that has one: the middle value, or with an even count
/// the mean of the two middle values. Missing answers and n.v.t. have no value, so every
/// difference that needs them is nil. Columns of other roles (such as `coachee`) take part
/// in the spread and the flags, not here.
public struct RoleComparison: Hashable, Sendable {
    public var selfValue: Double?
    public var supervisorValue: Double?
    /// The median of the peers' values; nil when no peer has a value.
    public var peersMedian: Double?

    public init(selfValue: Double?, supervisorValue: Double?, peersMedian: Double?) {
        self.selfValue = selfValue
        self.supervisorValue = supervisorValue
        self.peersMedian = peersMedian
    }

    /// Compares the values of one row (one per column, in column order).
    init(values: [Double?], columns: [ComparisonColumn]) {
        let selfIndex = columns.firstIndex { $0.isRole(.self) }
        let supervisorIndex = columns.firstIndex { $0.isRole(.supervisor) }
        let peerValues = zip(columns, values).compactMap { column, value in column.isRole(.peer) ? value : nil }
        self.init(
            selfValue: selfIndex.flatMap { values[$0] },
            supervisorValue: supervisorIndex.flatMap { values[$0] },
            peersMedian: peerValues.median)
    }

    /// Self − supervisor: positive when the coach scores higher than the supervisor.
    public var selfMinusSupervisor: Double? { Self.difference(selfValue, supervisorValue) }

    /// Self − the peers' median: positive when the coach scores higher than the peers.
    public var selfMinusPeersMedian: Double? { Self.difference(selfValue, peersMedian) }

    private static func difference(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }
}
