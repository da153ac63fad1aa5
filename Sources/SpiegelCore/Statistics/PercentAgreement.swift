/// Percent agreement between two raters: the share of jointly rated units on which they agree.
///
/// Value = (number of units where the criterion holds) / n, a proportion in [0, 1]
/// (multiply by 100 for a percentage), where n = units rated by **both** raters; units where
/// either rating is missing or "n.v.t." are dropped. `n` in the result counts those units.
public enum PercentAgreement {
    /// When two ratings count as agreeing.
    public enum Criterion: String, Sendable, Hashable, CaseIterable {
        /// a == b.
        case exact
        /// |a − b| ≤ 1 (adjacent scale points agree too); meant for integer-spaced scales.
        case withinOne = "within-one"

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .exact: a == b
            case .withinOne: abs(a - b) <= 1
            }
        }
    }

    /// Percent agreement of raters `raterA` and `raterB` (column indices) under `criterion`.
    ///
    /// Undefined when the data have no ratings, fewer than 2 raters, or no unit rated by both.
    /// - Precondition: with 2 or more raters, both indices are valid and different.
    public static func compute(
        _ ratings: RatingsMatrix, criterion: Criterion, raterA: Int = 0, raterB: Int = 1
    ) -> StatisticResult {
        if let reason = RaterPair.precheck(ratings) {
            return result(criterion, n: 0, undefined: reason)
        }
        let pairs = RaterPair(ratings, raterA: raterA, raterB: raterB).pairs
        guard !pairs.isEmpty else { return result(criterion, n: 0, undefined: .noPairedUnits) }
        let agreeing = pairs.reduce(0) { criterion.holds($1.a, $1.b) ? $0 + 1 : $0 }
        return StatisticResult(
            statistic: .percentAgreement, variant: criterion.rawValue, n: pairs.count,
            countKind: .units, value: Double(agreeing) / Double(pairs.count))
    }

    private static func result(
        _ criterion: Criterion, n: Int, undefined reason: StatisticResult.UndefinedReason
    ) -> StatisticResult {
        StatisticResult(
            statistic: .percentAgreement, variant: criterion.rawValue, n: n, countKind: .units,
            undefined: reason)
    }
}
