import SpiegelCore
import Testing

/// Percent agreement. References: exact fractions counted by `Tests/Fixtures/statistics/compute_references.py`
/// (`show_kappa`, "percent exact=… within-one=…" lines of `Tests/Fixtures/statistics/output.txt`) on the same
/// data sets as ``CohensKappaTests``, and the published p_o = 0.70 of Wikipedia's
/// "Cohen's kappa" grant example.
@Suite("Percent agreement")
struct PercentAgreementTests {
    @Test("scale 1–3 with missing values: exact 10/17, within-one 16/17")
    func set1() {
        let exact = PercentAgreement.compute(CohensKappaTests.set1, criterion: .exact)
        expectStatValue(exact, 10.0 / 17.0)
        #expect(exact.n == 17)
        #expect(exact.variant == "exact")
        #expect(exact.statistic == .percentAgreement)
        let within = PercentAgreement.compute(CohensKappaTests.set1, criterion: .withinOne)
        expectStatValue(within, 16.0 / 17.0)
        #expect(within.variant == "within-one")
    }

    @Test("scale 1–5: exact 1/2, within-one 5/6")
    func set2() {
        expectStatValue(PercentAgreement.compute(CohensKappaTests.set2, criterion: .exact), 0.5)
        expectStatValue(PercentAgreement.compute(CohensKappaTests.set2, criterion: .withinOne), 5.0 / 6.0)
    }

    @Test("Wikipedia grant example: p_o = 0.70")
    func wikipedia() {
        let rows: [[Double?]] =
            Array(repeating: [1, 1], count: 20) + Array(repeating: [1, 0], count: 5)
            + Array(repeating: [0, 1], count: 10) + Array(repeating: [0, 0], count: 15)
        let result = PercentAgreement.compute(RatingsMatrix(rows: rows), criterion: .exact)
        expectStatValue(result, 0.7)
        #expect(result.n == 50)
    }

    @Test("within-one is |a − b| ≤ 1, inclusive")
    func withinOneBoundary() {
        let m = RatingsMatrix(rows: [[1, 2], [1, 3], [3, 2], [2.5, 3.5], [1, 2.000001]])
        expectStatValue(PercentAgreement.compute(m, criterion: .withinOne), 3.0 / 5.0)
    }

    @Test("no unit rated by both raters is undefined")
    func noOverlap() {
        let m = RatingsMatrix(rows: [[1, nil], [nil, 2]])
        let result = PercentAgreement.compute(m, criterion: .exact)
        expectStatUndefined(result, .noPairedUnits)
        #expect(result.n == 0)
    }
}
