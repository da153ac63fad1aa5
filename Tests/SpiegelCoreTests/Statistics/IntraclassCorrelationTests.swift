import SpiegelCore
import Testing

/// Intraclass correlations against Shrout & Fleiss (1979) and pingouin.
///
/// - [SF1979] P. E. Shrout & J. L. Fleiss (1979), "Intraclass correlations: uses in assessing
///   rater reliability", Psychological Bulletin 86(2), 420–428, doi:10.1037/0033-2909.86.2.420.
///   Data: Table 2 (four ratings on six targets). The paper's analysis of variance of these data
///   gives BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02, and its ICCs for them are
///   ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
/// - [pingouin] pingouin 0.7.0, pandas 3.1.1, Python 3.11.7:
///   `pingouin.intraclass_corr(data=long, targets="target", raters="judge", ratings="rating",
///   nan_policy="omit")` (types ICC(1,1), ICC(A,1), ICC(C,1), ICC(1,k), ICC(A,k), ICC(C,k)).
/// - [exact] the Shrout & Fleiss formulas in `fractions.Fraction` (`icc_exact` in
///   `Tests/Fixtures/statistics/compute_references.py`; output in `Tests/Fixtures/statistics/output.txt`).
@Suite("Intraclass correlation")
struct IntraclassCorrelationTests {
    /// [SF1979] Table 2: rows are targets, columns judges 1–4.
    static let sf1979 = RatingsMatrix(rows: [
        [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
    ])

    @Test("SF1979 ANOVA mean squares: published to 2 decimals, exact fractions")
    func sf1979ANOVA() {
        let anova = TwoWayANOVA(rows: (0..<6).map { u in Self.sf1979.ratings(ofUnit: u).map { $0! } })
        #expect(abs(anova.betweenTargetsMeanSquare - 11.24) <= 0.005)
        #expect(abs(anova.withinTargetsMeanSquare - 6.26) <= 0.005)
        #expect(abs(anova.betweenJudgesMeanSquare - 32.49) <= 0.005)
        #expect(abs(anova.residualMeanSquare - 1.02) <= 0.005)
        #expect(abs(anova.betweenTargetsMeanSquare - 1349.0 / 120.0) <= 1e-9)  // [exact]
        #expect(abs(anova.withinTargetsMeanSquare - 451.0 / 72.0) <= 1e-9)
        #expect(abs(anova.betweenJudgesMeanSquare - 2339.0 / 72.0) <= 1e-9)
        #expect(abs(anova.residualMeanSquare - 367.0 / 360.0) <= 1e-9)
        #expect(anova.targets == 6 && anova.judges == 4)
    }

    /// (form, [SF1979] 2-decimal value, [exact] fraction, [pingouin] value)
    @Test(
        "SF1979 Table 2 data: all six forms",
        arguments: [
            (IntraclassCorrelation.Form.icc1_1, 0.17, 448.0 / 2703.0, 0.1657417684054755),
            (.icc2_1, 0.29, 184.0 / 635.0, 0.28976377952755916),
            (.icc3_1, 0.71, 920.0 / 1287.0, 0.7148407148407154),
            (.icc1_k, 0.44, 1792.0 / 4047.0, 0.44279713367926876),
            (.icc2_k, 0.62, 736.0 / 1187.0, 0.6200505475989893),
            (.icc3_k, 0.91, 3680.0 / 4047.0, 0.9093155423770697),
        ])
    func sf1979(form: IntraclassCorrelation.Form, published: Double, exact: Double, pingouin: Double) {
        let result = IntraclassCorrelation.compute(Self.sf1979, form: form)
        expectStatPublished(result, published, places: 2)
        expectStatValue(result, exact)
        expectStatValue(result, pingouin)
        #expect(result.n == 6)
        #expect(result.countKind == .targets)
        #expect(result.variant == form.rawValue)
    }

    @Test("all forms at once equal the single-form calls, in the order asked")
    func computeAll() {
        let all = IntraclassCorrelation.compute(Self.sf1979)
        #expect(all.map(\.variant) == ["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"])
        for (form, result) in zip(IntraclassCorrelation.Form.allCases, all) {
            #expect(result == IntraclassCorrelation.compute(Self.sf1979, form: form))
        }
        let two = IntraclassCorrelation.compute(Self.sf1979, forms: [.icc3_1, .icc2_1])
        #expect(two.map(\.variant) == ["ICC(3,1)", "ICC(2,1)"])
    }

    @Test("McGraw & Wong names and models")
    func names() {
        #expect(
            IntraclassCorrelation.Form.allCases.map(\.mcGrawWongName)
                == ["ICC(1)", "ICC(A,1)", "ICC(C,1)", "ICC(k)", "ICC(A,k)", "ICC(C,k)"])
        #expect(
            IntraclassCorrelation.Form.icc2_1.modelDescription
                == "two-way random effects, absolute agreement, single rater")
        #expect(
            IntraclassCorrelation.Form.icc3_1.modelDescription
                == "two-way mixed effects, consistency, single rater")
    }

    /// 7 targets × 3 judges, 2 targets with a missing rating: they are dropped (n = 5), as
    /// pingouin does with nan_policy="omit".
    @Test(
        "targets with a missing rating are dropped",
        arguments: [
            (IntraclassCorrelation.Form.icc1_1, 35.0 / 59.0, 0.5932203389830508),
            (.icc2_1, 13.0 / 21.0, 0.6190476190476191),
            (.icc3_1, 13.0 / 17.0, 0.7647058823529412),
            (.icc1_k, 35.0 / 43.0, 0.813953488372093),
            (.icc2_k, 39.0 / 47.0, 0.8297872340425533),
            (.icc3_k, 39.0 / 43.0, 0.9069767441860466),
        ])
    func missingDropped(form: IntraclassCorrelation.Form, exact: Double, pingouin: Double) {
        let m = RatingsMatrix(rows: [
            [1, 2, 2], [2, 2, 3], [3, 3, 3], [nil, 1, 2], [2, 3, 3], [1, 1, 2], [3, 2, nil],
        ])
        let result = IntraclassCorrelation.compute(m, form: form)
        expectStatValue(result, exact)
        expectStatValue(result, pingouin)
        #expect(result.n == 5)
    }

    /// Judges differ but targets do not (BMS = EMS = 0, JMS > 0). By the formulas
    /// ICC(1,1) = −W/((k−1)W) = −1, ICC(2,1) = ICC(2,k) = 0, and ICC(3,1), ICC(3,k), ICC(1,k)
    /// divide by 0; [pingouin] gives −1, 0, nan, −inf, 0, nan.
    @Test("zero denominators are undefined, the rest match pingouin")
    func judgesOnlyVariance() {
        let results = IntraclassCorrelation.compute(RatingsMatrix(rows: [[1, 2], [1, 2], [1, 2]]))
        expectStatValue(results[0], -1)
        expectStatValue(results[1], 0)
        expectStatUndefined(results[2], .zeroDenominator(formula: "BMS + (k−1)·EMS"))
        expectStatUndefined(results[3], .zeroDenominator(formula: "BMS"))
        expectStatValue(results[4], 0)
        expectStatUndefined(results[5], .zeroDenominator(formula: "BMS"))
        #expect(results[5].undefinedReason?.description == "denominator BMS is 0")
    }
}
