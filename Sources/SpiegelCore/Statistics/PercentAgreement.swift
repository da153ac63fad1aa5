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

        /// How many of the paired units agree under this criterion.
        fileprivate func agreeing(_ counts: AgreementCounts) -> Int {
            switch self {
            case .exact: counts.exact
            case .withinOne: counts.withinOne
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
        compute(CodedRatings(ratings), criteria: [criterion], raterA: raterA, raterB: raterB)[0]
    }

    /// Percent agreement under several criteria of ratings already coded, from one pass.
    static func compute(_ ratings: CodedRatings, criteria: [Criterion], raterA: Int, raterB: Int) -> [StatisticResult] {
        if let reason = RaterPair.precheck(ratings) {
            return criteria.map { result($0, n: 0, undefined: reason) }
        }
        let counts = AgreementCounts(RaterPair(ratings, raterA: raterA, raterB: raterB))
        guard counts.paired > 0 else { return criteria.map { result($0, n: 0, undefined: .noPairedUnits) } }
        return criteria.map { criterion in
            StatisticResult(
                statistic: .percentAgreement, variant: criterion.rawValue, n: counts.paired,
                countKind: .units, value: Double(criterion.agreeing(counts)) / Double(counts.paired))
        }
    }

    private static func result(
        _ criterion: Criterion, n: Int, undefined reason: StatisticResult.UndefinedReason
    ) -> StatisticResult {
        StatisticResult(
            statistic: .percentAgreement, variant: criterion.rawValue, n: n, countKind: .units,
            undefined: reason)
    }
}

/// The paired units of two raters, and how many of them agree exactly and within one.
private struct AgreementCounts {
    var paired = 0
    /// a == b.
    var exact = 0
    /// |a − b| ≤ 1.
    var withinOne = 0

    /// One pass over the pair's units, without a branch per unit: a missing code reads as NaN,
    /// which is never within one of anything.
    init(_ pair: RaterPair) {
        let (raters, missing, a, b) = (pair.ratings.raterCount, pair.ratings.missing, pair.a, pair.b)
        let values = pair.ratings.levels + [.nan]
        values.withUnsafeBufferPointer { values in
            pair.ratings.codes.withUnsafeBufferPointer { codes in
                var start = 0
                while start < codes.count {
                    let (codeA, codeB) = (codes[start + a], codes[start + b])
                    paired &+= codeA != missing && codeB != missing ? 1 : 0
                    exact &+= codeA == codeB && codeA != missing ? 1 : 0
                    withinOne &+= abs(values[Int(codeA)] - values[Int(codeB)]) <= 1 ? 1 : 0
                    start += raters
                }
            }
        }
    }
}
