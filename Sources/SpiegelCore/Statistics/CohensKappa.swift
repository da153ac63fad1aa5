/// Cohen's kappa for two raters: unweighted (Cohen 1960) or linear/quadratic weighted (Cohen 1968).
///
/// With categories c_0 < … < c_{k−1} given **explicitly** as the ordered list of scale values,
/// p_ij the share of paired units that rater A put in category i and rater B in category j,
/// p_i· and p_·j the two raters' marginal shares, and disagreement weights
/// - unweighted: w_ij = 0 if i = j, else 1;
/// - linear:     w_ij = |i − j| / (k − 1);
/// - quadratic:  w_ij = ((i − j) / (k − 1))²,
///
/// κ = 1 − Σ w_ij p_ij / Σ w_ij p_i· p_·j,
/// which for unweighted kappa is (p_o − p_e) / (1 − p_e). Weights use category **positions**
/// in the list, not the values. This is scikit-learn's
/// `cohen_kappa_score(a, b, labels=categories, weights=None|"linear"|"quadratic")`.
/// The constant 1/(k−1) cancels, so it is computed with the integer weights |i−j| and (i−j)²
/// on integer counts.
///
/// Because the list is explicit, a category nobody used still counts: an unused category in
/// the *middle* of the scale widens the index distance between its neighbours and changes the
/// weighted kappas (an unused category at either *end* changes nothing, since the 1/(k−1)
/// factor cancels). Pass the instrument's full scale, not the values that happen to occur.
///
/// Units where either rater's value is missing or "n.v.t." are dropped; `n` counts the
/// remaining units. Undefined when: no ratings; fewer than 2 raters; no unit rated by both;
/// fewer than 2 categories or a duplicate/non-finite category; a rating not in the list;
/// or chance agreement p_e = 1 (Σ w_ij p_i· p_·j = 0: both raters used one and the same
/// single category), reported as ``StatisticResult/UndefinedReason/noVariance``.
public enum CohensKappa {
    /// How disagreements between categories are weighted.
    public enum Weighting: String, Sendable, Hashable, CaseIterable {
        /// Every disagreement weighs 1 (Cohen 1960).
        case unweighted
        /// w_ij = |i − j| / (k − 1).
        case linear
        /// w_ij = ((i − j) / (k − 1))².
        case quadratic

        /// The weight up to the constant factor 1/(k−1) resp. 1/(k−1)², as an integer.
        func integerWeight(_ i: Int, _ j: Int) -> Int {
            switch self {
            case .unweighted: i == j ? 0 : 1
            case .linear: abs(i - j)
            case .quadratic: (i - j) * (i - j)
            }
        }
    }

    /// Cohen's kappa of raters `raterA` and `raterB` (column indices) over `categories`.
    ///
    /// - Parameter categories: the ordered scale values, e.g. `[1, 2, 3]`, including unused ones.
    /// - Precondition: with 2 or more raters, both indices are valid and different.
    public static func compute(
        _ ratings: RatingsMatrix, categories: [Double], weighting: Weighting,
        raterA: Int = 0, raterB: Int = 1
    ) -> StatisticResult {
        compute(ratings, categories: categories, weightings: [weighting], raterA: raterA, raterB: raterB)[0]
    }

    /// Kappa in several weightings at once: the pairs and the confusion matrix are built once.
    /// The results equal those of ``compute(_:categories:weighting:raterA:raterB:)``, in the
    /// order given.
    public static func compute(
        _ ratings: RatingsMatrix, categories: [Double], weightings: [Weighting],
        raterA: Int = 0, raterB: Int = 1
    ) -> [StatisticResult] {
        compute(CodedRatings(ratings), categories: categories, weightings: weightings, raterA: raterA, raterB: raterB)
    }

    /// Kappa in several weightings of ratings already coded.
    static func compute(
        _ ratings: CodedRatings, categories: [Double], weightings: [Weighting], raterA: Int, raterB: Int
    ) -> [StatisticResult] {
        if let reason = RaterPair.precheck(ratings) {
            return weightings.map { result($0, n: 0, undefined: reason) }
        }
        switch ConfusionMatrix.tabulate(RaterPair(ratings, raterA: raterA, raterB: raterB), categories: categories) {
        case .failure(let refusal):
            return weightings.map { result($0, n: refusal.pairedUnits, undefined: refusal.reason) }
        case .success(let table):
            return weightings.map { kappa(table, weighting: $0) }
        }
    }

    static func kappa(_ table: ConfusionMatrix, weighting: Weighting) -> StatisticResult {
        let k = table.size
        var observed = 0.0
        var expected = 0.0
        for i in 0..<k {
            for j in 0..<k {
                let w = Double(weighting.integerWeight(i, j))
                observed += w * Double(table.counts[i * k + j])
                expected += w * Double(table.rowTotals[i]) * Double(table.columnTotals[j])
            }
        }
        guard expected > 0 else { return result(weighting, n: table.total, undefined: .noVariance) }
        let value = 1 - Double(table.total) * observed / expected
        return StatisticResult(
            statistic: .cohensKappa, variant: weighting.rawValue, n: table.total,
            countKind: .units, value: value)
    }

    private static func result(
        _ weighting: Weighting, n: Int, undefined reason: StatisticResult.UndefinedReason
    ) -> StatisticResult {
        StatisticResult(
            statistic: .cohensKappa, variant: weighting.rawValue, n: n, countKind: .units,
            undefined: reason)
    }
}
