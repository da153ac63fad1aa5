import SpiegelCore
import Testing

/// All-statistics checks on generated data, up to Spiegel size: 10,000 sessions × 14 items × 3 raters.
///
/// The data come from a fixed 64-bit LCG that `Tests/Fixtures/statistics/compute_references.py` (`lcg_data`)
/// reproduces bit for bit. Reference values: the Python `krippendorff` 0.9.0 package's
/// `krippendorff.alpha(reliability_data=data, level_of_measurement=m)` on those data (observers as
/// rows, np.nan = missing) and, for the 6-rater set, scikit-learn and pingouin as noted per test;
/// all printed to `Tests/Fixtures/statistics/output.txt` ("LCG" and "LCG6" lines).
@Suite("Statistics on large generated data")
struct GeneratedDataTests {
    /// Units = 140,000 (session × item); each rating is missing ("n.v.t.") with chance 1/10,
    /// the unit's "true" score with chance 6/10, and a uniform 1–3 score otherwise.
    static func lcgMatrix(units: Int = 10_000 * 14, raters: Int = 3, seed: UInt64 = 20_240_611)
        -> RatingsMatrix
    {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var rows: [[Double?]] = []
        rows.reserveCapacity(units)
        for _ in 0..<units {
            let truth = Double(next() % 3 + 1)
            rows.append(
                (0..<raters).map { _ -> Double? in
                    let roll = next() % 10
                    if roll == 0 { return nil }
                    return roll <= 6 ? truth : Double(next() % 3 + 1)
                })
        }
        return RatingsMatrix(rows: rows)
    }

    /// The Spiegel-sized set: 140,000 units × 3 raters.
    static let big = lcgMatrix()

    @Test("generator is in step with the Python reference")
    func generatorMatchesPython() {
        let m = Self.big
        // reference/output.txt: "LCG first unit: [3. 1. 2.] second: [nan 3. 3.] missing: 42079"
        #expect(Array(m.ratings(ofUnit: 0)) == [3, 1, 2])
        #expect(Array(m.ratings(ofUnit: 1)) == [nil, 3, 3])
        #expect(m.unitCount * m.raterCount - m.ratingCount == 42_079)
    }

    @Test(
        "all metrics match the krippendorff package to 1e-9",
        arguments: [
            (KrippendorffAlpha.Metric.nominal, 0.4478926246643259),
            (.ordinal, 0.4477496465720777),
            (.interval, 0.44774957964288564),
            (.ratio, 0.4471765296810237),
        ])
    func matchesPackage(metric: KrippendorffAlpha.Metric, expected: Double) {
        let result = KrippendorffAlpha.compute(Self.big, metric: metric)
        expectStatValue(result, expected)
        #expect(result.n == 374_136)  // pairable values, from the Python script
    }

    /// Second run of the generator: 6 raters × 2,000 units (seed 7), so units carry 2…6 ratings
    /// and coincidence weights 1/(m_u − 1) of 1, 1/2, …, 1/5. `Tests/Fixtures/statistics/output.txt`, "LCG6" lines.
    static let sixRaters = lcgMatrix(units: 2_000, raters: 6, seed: 7)

    @Test(
        "6 raters: alpha matches the krippendorff package to 1e-9",
        arguments: [
            (KrippendorffAlpha.Metric.nominal, 0.4438714599042408),
            (.ordinal, 0.44221393230127515),
            (.interval, 0.44221548412011813),
            (.ratio, 0.44144270311318345),
        ])
    func sixRatersAlpha(metric: KrippendorffAlpha.Metric, expected: Double) {
        #expect(Array(Self.sixRaters.ratings(ofUnit: 0)) == [3, 3, 3, 3, 2, 3])
        let result = KrippendorffAlpha.compute(Self.sixRaters, metric: metric)
        expectStatValue(result, expected)
        #expect(result.n == 10_805)
    }

    /// Same data, raters 0 and 1: scikit-learn 1.9.1
    /// `cohen_kappa_score(a, b, labels=[1.0, 2.0, 3.0], weights=w)` on the 1,612 units both rated.
    @Test(
        "6 raters: kappa of raters 0 and 1 matches scikit-learn",
        arguments: [
            (CohensKappa.Weighting.unweighted, 0.4649103209556682),
            (.linear, 0.46446755989179),
            (.quadratic, 0.46402675090119916),
        ])
    func sixRatersKappa(weighting: CohensKappa.Weighting, expected: Double) {
        let result = CohensKappa.compute(Self.sixRaters, categories: [1, 2, 3], weighting: weighting)
        expectStatValue(result, expected)
        #expect(result.n == 1_612)
    }

    /// Same data: pingouin 0.7.0 `intraclass_corr(..., nan_policy="omit")` on the 1,063 complete
    /// units (types ICC(1,1), ICC(A,1), ICC(C,1), ICC(1,k), ICC(A,k), ICC(C,k)).
    @Test("6 raters: ICC on complete units matches pingouin")
    func sixRatersICC() {
        let expected = [
            0.44200540197849975, 0.4420511608872389, 0.44226877306301826,
            0.8261713698040856, 0.8261980125254375, 0.8263246633408228,
        ]
        for (result, value) in zip(IntraclassCorrelation.compute(Self.sixRaters), expected) {
            expectStatValue(result, value)
            #expect(result.n == 1_063)
        }
    }
}
