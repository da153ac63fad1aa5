/// Intraclass correlations after Shrout & Fleiss (1979) from the two-way ANOVA of targets × judges.
///
/// Units are the targets, raters the judges. **Targets with any missing (or "n.v.t.") rating are
/// dropped** (listwise deletion, as pingouin's `intraclass_corr(..., nan_policy="omit")`);
/// `n` in the result counts the remaining complete targets. The forms and formulas are listed at
/// ``Form``; the mean squares are those of ``TwoWayANOVA``.
///
/// Undefined when: no ratings; fewer than 2 raters; fewer than 2 complete targets; all values
/// of the complete targets equal (``StatisticResult/UndefinedReason/noVariance``); or the
/// form's denominator is zero although the data vary, e.g. BMS = 0 for ICC(1,k) and ICC(3,k)
/// when all targets have the same mean. "Zero" means |denominator| ≤ 1e-12 × the total mean
/// square, so rounding noise in a mathematically zero mean square is not divided by.
public enum IntraclassCorrelation {
    /// One intraclass correlation of `ratings`.
    public static func compute(_ ratings: RatingsMatrix, form: Form) -> StatisticResult {
        compute(ratings, forms: [form])[0]
    }

    /// Several forms (all six by default) from one ANOVA, in the order asked for.
    public static func compute(
        _ ratings: RatingsMatrix, forms: [Form] = Form.allCases
    ) -> [StatisticResult] {
        let complete = CompleteTargets(ratings)
        if let reason = precheck(ratings, complete: complete) {
            return forms.map { undefined($0, n: complete.count, reason) }
        }
        let anova = TwoWayANOVA(targets: complete.count, judges: ratings.raterCount, values: complete.values)
        return forms.map { icc($0, anova) }
    }

    /// The rows in which every rater gave a value, one after the other.
    struct CompleteTargets {
        /// Number of complete rows.
        let count: Int
        /// Their values, row-major.
        let values: [Double]

        init(_ ratings: RatingsMatrix) {
            let raters = ratings.raterCount
            self.values = ratings.cells.withUnsafeBufferPointer { cells in
                [Double](unsafeUninitializedCapacity: cells.count) { values, kept in
                    for start in stride(from: 0, to: cells.count, by: max(raters, 1)) {
                        let row = cells[start..<(start + raters)]
                        guard !row.contains(where: \.isNaN) else { continue }
                        for value in row {
                            values[kept] = value
                            kept += 1
                        }
                    }
                }
            }
            self.count = raters == 0 ? 0 : values.count / raters
        }
    }

    /// Why no ICC exists for these data before the ANOVA, or `nil`.
    private static func precheck(
        _ ratings: RatingsMatrix, complete: CompleteTargets
    ) -> StatisticResult.UndefinedReason? {
        if ratings.hasNoRatings { return .noRatings }
        if ratings.raterCount < 2 { return .tooFewRaters(found: ratings.raterCount) }
        if complete.count < 2 { return .tooFewCompleteTargets(found: complete.count) }
        let first = complete.values[0]
        if complete.values.allSatisfy({ $0 == first }) { return .noVariance }
        return nil
    }

    /// numerator / denominator of `form`, undefined when the denominator is (relatively) zero.
    private static func icc(_ form: Form, _ anova: TwoWayANOVA) -> StatisticResult {
        let terms = form.terms(anova)
        guard abs(terms.denominator) > 1e-12 * anova.totalMeanSquare else {
            return undefined(form, n: anova.targets, .zeroDenominator(formula: terms.formula))
        }
        return StatisticResult(
            statistic: .intraclassCorrelation, variant: form.rawValue, n: anova.targets,
            countKind: .targets, value: terms.numerator / terms.denominator)
    }

    private static func undefined(
        _ form: Form, n: Int, _ reason: StatisticResult.UndefinedReason
    ) -> StatisticResult {
        StatisticResult(
            statistic: .intraclassCorrelation, variant: form.rawValue, n: n, countKind: .targets,
            undefined: reason)
    }
}
