import SpiegelCore
import Testing

/// Edge cases shared by all statistics: what is undefined, what is ignored, and small data.
@Suite("Statistics: edge cases")
struct StatisticsEdgeCaseTests {
    /// Every statistic, all variants, for one matrix (kappa on the scale 1–3).
    static func everything(_ m: RatingsMatrix) -> [StatisticResult] {
        PercentAgreement.Criterion.allCases.map { PercentAgreement.compute(m, criterion: $0) }
            + CohensKappa.Weighting.allCases.map {
                CohensKappa.compute(m, categories: [1, 2, 3], weighting: $0)
            }
            + KrippendorffAlpha.Metric.allCases.map { KrippendorffAlpha.compute(m, metric: $0) }
            + IntraclassCorrelation.compute(m)
    }

    @Test("empty input: every statistic is undefined with 'no ratings'")
    func emptyInput() {
        for m in [RatingsMatrix(rows: []), RatingsMatrix(rows: [[nil, nil], [nil, nil]])] {
            for result in Self.everything(m) {
                expectStatUndefined(result, .noRatings)
                #expect(result.n == 0)
            }
        }
    }

    @Test("a single rater: every statistic is undefined with 'only one rater'")
    func singleRater() {
        let m = RatingsMatrix(rows: [[1], [2], [3], [nil]])
        for result in Self.everything(m) {
            expectStatUndefined(result, .tooFewRaters(found: 1))
            #expect(result.undefinedReason?.description == "only one rater")
        }
    }

    @Test("all values equal: kappa, alpha and ICC are undefined; agreement is 1")
    func allValuesEqual() {
        let m = RatingsMatrix(rows: [[2, 2], [2, 2], [2, nil], [2, 2]])
        for result in Self.everything(m) {
            if result.statistic == .percentAgreement {
                expectStatValue(result, 1)
                #expect(result.n == 3)
            } else {
                expectStatUndefined(result, .noVariance)
                #expect(result.undefinedReason?.description == "no variance: all values equal")
            }
        }
    }

    @Test("a unit whose values are all missing is ignored by every statistic")
    func allMissingUnitIgnored() {
        let base = IntraclassCorrelationTests.sf1979
        let rows = (0..<base.unitCount).map { Array(base.ratings(ofUnit: $0)) }
        let padded = RatingsMatrix(rows: rows + [[nil, nil, nil, nil]])
        let categories: [Double] = Array(1...10).map(Double.init)
        #expect(IntraclassCorrelation.compute(padded) == IntraclassCorrelation.compute(base))
        for metric in KrippendorffAlpha.Metric.allCases {
            #expect(
                KrippendorffAlpha.compute(padded, metric: metric)
                    == KrippendorffAlpha.compute(base, metric: metric))
        }
        for weighting in CohensKappa.Weighting.allCases {
            #expect(
                CohensKappa.compute(padded, categories: categories, weighting: weighting)
                    == CohensKappa.compute(base, categories: categories, weighting: weighting))
        }
        #expect(
            PercentAgreement.compute(padded, criterion: .exact)
                == PercentAgreement.compute(base, criterion: .exact))
    }

    /// "n.v.t." arrives as a nil value: it must act exactly like a rating that was never given.
    @Test("n.v.t. is just missing")
    func notApplicableIsMissing() throws {
        let withNVT: [(unit: String, rater: String, value: Double?)] = [
            ("s1·i1", "ann", 1), ("s1·i1", "bob", 1), ("s1·i1", "cy", nil),
            ("s1·i2", "ann", 2), ("s1·i2", "bob", nil), ("s1·i2", "cy", 3),
            ("s2·i1", "ann", 3), ("s2·i1", "bob", 3), ("s2·i1", "cy", 2),
        ]
        let omitted = withNVT.filter { $0.value != nil }
        let a = try RatingsMatrix(triples: withNVT)
        let b = try RatingsMatrix(triples: omitted)
        #expect(a == b)
        #expect(Self.everything(a) == Self.everything(b))
    }

    /// Two units, three raters (observers × units [[1, 3], [2, 3], [1, nil]]): [pkg] and [exact]
    /// from `Tests/Fixtures/statistics/compute_references.py` ("TWO-UNITS" lines): 1/2, 4/5, 4/5, 193/293.
    @Test("two units only: alpha matches the krippendorff package")
    func twoUnitsAlpha() {
        let m = RatingsMatrix(rows: [[1, 2, 1], [3, 3, nil]])
        expectStatValue(KrippendorffAlpha.compute(m, metric: .nominal), 0.5)
        expectStatValue(KrippendorffAlpha.compute(m, metric: .ordinal), 0.8)
        expectStatValue(KrippendorffAlpha.compute(m, metric: .interval), 0.8)
        expectStatValue(KrippendorffAlpha.compute(m, metric: .ratio), 0.658703071672355)
        #expect(KrippendorffAlpha.compute(m, metric: .nominal).n == 5)
    }

    /// [sklearn] `cohen_kappa_score([1, 2], [1, 3], labels=[1, 2, 3], weights=w)`:
    /// 0.33333333333333337, 0.5, 0.6666666666666667 ("KAPPA-TWO" lines).
    @Test("two units only: kappa matches scikit-learn")
    func twoUnitsKappa() {
        let m = RatingsMatrix(rows: [[1, 1], [2, 3]])
        expectStatValue(CohensKappa.compute(m, categories: [1, 2, 3], weighting: .unweighted), 1.0 / 3.0)
        expectStatValue(CohensKappa.compute(m, categories: [1, 2, 3], weighting: .linear), 0.5)
        expectStatValue(CohensKappa.compute(m, categories: [1, 2, 3], weighting: .quadratic), 2.0 / 3.0)
    }

    /// [pingouin] and [exact] on targets [[1, 2, 2], [3, 3, 2]] ("ICC-TWO" lines):
    /// 7/13, 1/2, 2/5, 7/9, 3/4, 2/3.
    @Test("two targets only: ICC matches pingouin")
    func twoUnitsICC() {
        let results = IntraclassCorrelation.compute(RatingsMatrix(rows: [[1, 2, 2], [3, 3, 2]]))
        for (result, expected) in zip(results, [7.0 / 13, 0.5, 0.4, 7.0 / 9, 0.75, 2.0 / 3]) {
            expectStatValue(result, expected)
            #expect(result.n == 2)
        }
    }

    @Test("ICC needs 2 complete targets")
    func oneCompleteTarget() {
        let m = RatingsMatrix(rows: [[1, 2], [2, nil], [nil, 3]])
        for result in IntraclassCorrelation.compute(m) {
            expectStatUndefined(result, .tooFewCompleteTargets(found: 1))
            #expect(result.n == 1)
        }
    }

    @Test("alpha with no unit of 2 or more ratings is undefined")
    func nothingPairable() {
        let m = RatingsMatrix(rows: [[1, nil], [nil, 2], [nil, nil]])
        expectStatUndefined(KrippendorffAlpha.compute(m, metric: .interval), .noPairableValues)
    }

    @Test("ratio alpha rejects negative values")
    func negativeRatio() {
        let m = RatingsMatrix(rows: [[-1, 1], [2, 2]])
        expectStatUndefined(KrippendorffAlpha.compute(m, metric: .ratio), .negativeRatioValue(-1))
        #expect(KrippendorffAlpha.compute(m, metric: .interval).isDefined)
    }

    @Test("no result is ever NaN or infinite")
    func alwaysFinite() {
        let inputs: [[[Double?]]] = [
            [], [[1]], [[1, 1]], [[1, 2]], [[1, 2], [1, 2]], [[1, 1], [2, 2]], [[3, 3], [3, 3]],
            [[1, nil], [nil, 1]], [[1, 2, 3], [1, 2, 3]], [[Double.nan, 1], [2, .infinity]],
        ]
        for rows in inputs {
            for result in Self.everything(RatingsMatrix(rows: rows)) {
                if let value = result.value { #expect(value.isFinite) }
            }
        }
    }
}
