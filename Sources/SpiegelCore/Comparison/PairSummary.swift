/// How well self agrees with one other view (the supervisor, or the peers' median) over the
/// compared ordered items (ratings, numbers).
///
/// Only items where both sides have a value count; `n` is their number. Nominal items (ja/nee,
/// choice) have no value to subtract and count in ``RolePairSummary/nominalSame`` instead. With `n` = 0 every
/// share and the mean are nil (never NaN). Shares are proportions in [0, 1].
public struct PairSummary: Hashable, Sendable {
    /// The view self is compared with.
    public enum Other: String, Hashable, Sendable, CaseIterable {
        case supervisor
        case peersMedian = "peers-median"
    }

    public var other: Other
    /// The number of items where both self and the other have a value.
    public var n: Int
    /// The share of those items with equal values.
    public var exactAgreement: Double?
    /// The share of those items whose values differ by at most 1.
    public var withinOneAgreement: Double?
    /// The mean of self − other: positive when the coach scores higher than the other
    /// (over-estimates), negative when lower.
    public var meanSignedDifference: Double?

    public init(other: Other, n: Int, exactAgreement: Double?, withinOneAgreement: Double?, meanSignedDifference: Double?) {
        self.other = other
        self.n = n
        self.exactAgreement = exactAgreement
        self.withinOneAgreement = withinOneAgreement
        self.meanSignedDifference = meanSignedDifference
    }

    /// Summarises the signed differences self − other, one per item where both have a value.
    init(other: Other, differences: [Double]) {
        self.init(other: other, Statistics(differences: differences))
    }

    init(other: Other, _ statistics: Statistics) {
        self.init(
            other: other, n: statistics.n, exactAgreement: statistics.exactAgreement,
            withinOneAgreement: statistics.withinOneAgreement, meanSignedDifference: statistics.meanSignedDifference)
    }
}

extension PairSummary {
    /// The agreement of two views over the items where both have a value: `n`, the shares of
    /// equal values and of values at most 1 apart, and the mean signed difference.
    ///
    /// With `n` = 0 every share and the mean are nil (never NaN).
    public struct Statistics: Hashable, Sendable {
        public var n: Int
        public var exactAgreement: Double?
        public var withinOneAgreement: Double?
        /// The mean of first − second: positive when the first view scores higher.
        public var meanSignedDifference: Double?

        /// Summarises the signed differences, one per item where both views have a value.
        public init(differences: [Double]) {
            n = differences.count
            guard !differences.isEmpty else { return }
            let count = Double(differences.count)
            exactAgreement = Double(differences.count { $0 == 0 }) / count
            withinOneAgreement = Double(differences.count { abs($0) <= 1 }) / count
            meanSignedDifference = differences.reduce(0, +) / count
        }
    }
}
