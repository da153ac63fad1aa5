import SpiegelCore
import Testing

/// Cohen's kappa against scikit-learn and a published example.
///
/// [sklearn] scikit-learn 1.9.1, Python 3.11.7:
/// `sklearn.metrics.cohen_kappa_score(a, b, labels=labels, weights=w)` for
/// w in (None, "linear", "quadratic") on the units both raters rated; run by
/// `Tests/Fixtures/statistics/compute_references.py` (`show_kappa`), output in `Tests/Fixtures/statistics/output.txt`.
@Suite("Cohen's kappa")
struct CohensKappaTests {
    static func twoRaters(_ a: [Double?], _ b: [Double?]) -> RatingsMatrix {
        RatingsMatrix(rows: zip(a, b).map { [$0, $1] })
    }

    /// Data set KAPPA-1: scale 1–3, 20 units, 3 units with a missing rating (17 paired).
    static let set1 = twoRaters(
        [1, 2, 3, 3, 2, 1, nil, 2, 3, 1, 2, 2, 3, 1, 3, 2, nil, 1, 2, 3],
        [1, 2, 2, 3, 2, 2, 3, 1, 3, 1, 3, 2, 3, 2, 3, 1, 2, nil, 2, 1])

    @Test(
        "scale 1–3 with missing values matches sklearn",
        arguments: [
            (CohensKappa.Weighting.unweighted, 0.37368421052631573),
            (.linear, 0.43333333333333335),
            (.quadratic, 0.5),
        ])
    func set1MatchesSklearn(weighting: CohensKappa.Weighting, expected: Double) {
        let result = CohensKappa.compute(Self.set1, categories: [1, 2, 3], weighting: weighting)
        expectStatValue(result, expected)  // [sklearn] labels=[1, 2, 3]
        #expect(result.n == 17)
        #expect(result.countKind == .units)
        #expect(result.variant == weighting.rawValue)
    }

    /// Data set KAPPA-2: scale 1–5 where nobody used the middle category 3.
    static let set2 = twoRaters(
        [1, 2, 4, 5, 2, 1, 4, 4, 2, 1, 5, 2],
        [1, 2, 5, 4, 1, 1, 4, 2, 2, 2, 5, 4])

    @Test(
        "unused middle category counts for the weights (sklearn labels=[1,2,3,4,5])",
        arguments: [
            (CohensKappa.Weighting.unweighted, 0.320754716981132),
            (.linear, 0.5897435897435898),
            (.quadratic, 0.7714285714285715),
        ])
    func unusedMiddleCategory(weighting: CohensKappa.Weighting, expected: Double) {
        let result = CohensKappa.compute(Self.set2, categories: [1, 2, 3, 4, 5], weighting: weighting)
        expectStatValue(result, expected)  // [sklearn] labels=[1, 2, 3, 4, 5]
        #expect(result.n == 12)
    }

    /// Leaving the unused 3 out of the list gives sklearn's default (labels=None, i.e. the values
    /// seen): the weighted kappas differ, which is why the category list must be explicit.
    @Test(
        "without the unused category the weighted kappas change (sklearn labels=None)",
        arguments: [
            (CohensKappa.Weighting.unweighted, 0.320754716981132),
            (.linear, 0.5609756097560976),
            (.quadratic, 0.763157894736842),
        ])
    func withoutUnusedCategory(weighting: CohensKappa.Weighting, expected: Double) {
        let result = CohensKappa.compute(Self.set2, categories: [1, 2, 4, 5], weighting: weighting)
        expectStatValue(result, expected)  // [sklearn] labels=None
    }

    /// Data set KAPPA-3: scale 1–4 where nobody used the top category 4. sklearn gives the same
    /// numbers for labels=[1,2,3,4] and labels=[1,2,3]: the 1/(k−1) factor cancels.
    @Test(
        "unused end category changes nothing (sklearn labels=[1,2,3,4] and [1,2,3])",
        arguments: [
            (CohensKappa.Weighting.unweighted, 0.4418604651162791),
            (.linear, 0.5555555555555556),
            (.quadratic, 0.6842105263157895),
        ])
    func unusedEndCategory(weighting: CohensKappa.Weighting, expected: Double) {
        let m = Self.twoRaters([1, 2, 2, 1, 3, 2, 1, 2], [1, 2, 3, 1, 3, 3, 2, 2])
        expectStatValue(CohensKappa.compute(m, categories: [1, 2, 3, 4], weighting: weighting), expected)
        expectStatValue(CohensKappa.compute(m, categories: [1, 2, 3], weighting: weighting), expected)
    }

    /// Published: Wikipedia, "Cohen's kappa", section "Simple example": 50 grant proposals,
    /// yes/yes 20, yes/no 5, no/yes 10, no/no 15; p_o = 0.70, p_e = 0.50, κ = 0.40.
    /// [sklearn] gives 0.4 for all three weightings (with 2 categories they coincide).
    @Test("Wikipedia grant example: κ = 0.4", arguments: CohensKappa.Weighting.allCases)
    func wikipediaExample(weighting: CohensKappa.Weighting) {
        let a: [Double?] = Array(repeating: 1, count: 25) + Array(repeating: 0, count: 25)
        let b: [Double?] =
            Array(repeating: 1, count: 20) + Array(repeating: 0, count: 5)
            + Array(repeating: 1, count: 10) + Array(repeating: 0, count: 15)
        let result = CohensKappa.compute(Self.twoRaters(a, b), categories: [0, 1], weighting: weighting)
        expectStatValue(result, 0.4)
        #expect(result.n == 50)
    }

    @Test("raters are chosen by column index")
    func chooseRaters() {
        let three = RatingsMatrix(
            rows: Self.set1.ratings(ofRater: 0).indices.map { u in
                [9, Self.set1[u, 0], Self.set1[u, 1]]
            })
        let result = CohensKappa.compute(
            three, categories: [1, 2, 3], weighting: .unweighted, raterA: 1, raterB: 2)
        expectStatValue(result, 0.37368421052631573)  // same as set 1, [sklearn]
    }

    @Test("bad category lists and unlisted values are undefined, not guessed")
    func categoryErrors() {
        let m = Self.twoRaters([1, 2, 3], [1, 2, 2])
        expectStatUndefined(
            CohensKappa.compute(m, categories: [1, 2], weighting: .linear), .valueOutsideCategories(3))
        expectStatUndefined(
            CohensKappa.compute(m, categories: [1], weighting: .linear), .tooFewCategories(found: 1))
        expectStatUndefined(
            CohensKappa.compute(m, categories: [1, 2, 2, 3], weighting: .linear),
            .invalidCategories(.listedTwice(2)))
    }

    @Test(
        "p_e = 1 (both raters used one and the same category) is undefined",
        arguments: CohensKappa.Weighting.allCases)
    func perfectChanceAgreement(weighting: CohensKappa.Weighting) {
        let m = Self.twoRaters([2, 2, 2, nil], [2, 2, 2, 1])
        let result = CohensKappa.compute(m, categories: [1, 2, 3], weighting: weighting)
        expectStatUndefined(result, .noVariance)
        #expect(result.undefinedReason?.description == "no variance: all values equal")
        #expect(result.n == 3)
    }
}

extension CohensKappaTests {
    @Test("several weightings at once give the scikit-learn values, in the order asked")
    func severalWeightings() {
        let results = CohensKappa.compute(Self.set1, categories: [1, 2, 3], weightings: [.quadratic, .unweighted, .linear])
        #expect(results.map(\.variant) == ["quadratic", "unweighted", "linear"])
        expectStatValue(results[0], 0.5)  // [sklearn] labels=[1, 2, 3]
        expectStatValue(results[1], 0.37368421052631573)  // [sklearn]
        expectStatValue(results[2], 0.43333333333333335)  // [sklearn]
        #expect(results.allSatisfy { $0.n == 17 })
        let outside = CohensKappa.compute(Self.set1, categories: [1, 2], weightings: [.linear, .quadratic])
        #expect(outside.map(\.undefinedReason) == [.valueOutsideCategories(3), .valueOutsideCategories(3)])
    }
}
