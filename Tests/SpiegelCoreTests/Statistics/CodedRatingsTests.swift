import Testing

@testable import SpiegelCore

/// The coded form the categorical statistics count in: ``CodedRatings``, ``UnitTally`` and the
/// two ways ``CoincidenceMatrix`` adds units up.
@Suite("Coded ratings")
struct CodedRatingsTests {
    @Test("whole numbers are coded by their distance from the lowest; levels fill the gaps")
    func wholeNumbers() {
        let coded = CodedRatings(RatingsMatrix(rows: [[1, 4], [nil, 2], [3, nil]]))
        #expect(coded.levels == [1, 2, 3, 4])
        #expect(coded.missing == 4)
        #expect(coded.codes == [0, 3, 4, 1, 2, 4])
        #expect(!coded.hasNoRatings)
    }

    @Test("every cell is coded, also past the last group of four")
    func oddCellCount() {
        let coded = CodedRatings(RatingsMatrix(rows: [[-2, 0, 2, nil, 7]]))
        #expect(coded.levels == (-2...7).map(Double.init))
        #expect(coded.codes == [0, 2, 4, 10, 9])
    }

    @Test(
        "other values are coded by rank, and the levels are exactly the values",
        arguments: [
            ([[2.5, 1], [nil, 2.5]], [1, 2.5], [1, 0, 2, 1]),
            ([[0, 1_000], [1_000, nil]], [0, 1_000], [0, 1, 1, 2]),
            ([[1e300, 1], [nil, 1e300]], [1, 1e300], [1, 0, 2, 1]),
            ([[0, 1e-200], [1, 1]], [0, 1e-200, 1], [0, 1, 2, 2]),
        ] as [([[Double?]], [Double], [Int32])])
    func byRank(rows: [[Double?]], levels: [Double], codes: [Int32]) {
        let coded = CodedRatings(RatingsMatrix(rows: rows))
        #expect(coded.levels == levels)
        #expect(coded.codes == codes)
    }

    @Test("a fraction too small to square is still a fraction: alpha as defined, not as if it were 0")
    func tinyFraction() {
        // Units (0, 1e-200) and (1, 1): α = 1 − (n − 1)·Σ o_ck / Σ n_c·n_k over c ≠ k = 1 − 3·2/10 = 0.4.
        let alpha = KrippendorffAlpha.compute(RatingsMatrix(rows: [[0, 1e-200], [1, 1]]), metric: .nominal)
        #expect(abs((alpha.value ?? .nan) - 0.4) < 1e-12)
    }

    @Test("−0 and 0 are one value, as they are equal")
    func signedZero() {
        for rows: [[Double?]] in [[[-0.0, 0.0]], [[-0.0, 0.5]], [[0.5, -0.0, 0.0]]] {
            let coded = CodedRatings(RatingsMatrix(rows: rows))
            let zeros = rows[0].indices.filter { rows[0][$0] == 0 }.map { coded.codes[$0] }
            #expect(Set(zeros).count == 1)
        }
    }

    @Test("no ratings: no levels, every cell missing")
    func nothing() {
        for m in [RatingsMatrix(rows: []), RatingsMatrix(rows: [[nil, nil], [nil, nil]])] {
            let coded = CodedRatings(m)
            #expect(coded.levels.isEmpty && coded.hasNoRatings)
            #expect(coded.codes.allSatisfy { $0 == coded.missing })
        }
    }

    @Test("a tally counts the units of each combination of codes, first rater first")
    func tally() throws {
        let coded = CodedRatings(RatingsMatrix(rows: [[1, 2], [1, 2], [nil, 1], [2, 2]]))
        let tally = try #require(UnitTally(coded))
        #expect(tally.base == 3)
        var seen: [[Int32]: Int] = [:]
        tally.forEachCombination { codes, units in seen[Array(codes)] = units }
        #expect(seen == [[0, 1]: 2, [2, 0]: 1, [1, 1]: 1])
    }

    @Test("no tally when there are more combinations than it holds")
    func tooManyCombinations() {
        let rows: [[Double?]] = [Array(repeating: 1, count: 5) + [6]]  // 7 codes per rater: 7⁶ combinations
        #expect(UnitTally(CodedRatings(RatingsMatrix(rows: rows))) == nil)
    }

    /// Empty rater columns change no statistic, but enough of them make the combinations
    /// outnumber a tally, so the coincidences are added unit by unit instead.
    @Test("alpha is the same whether units are tallied or added one by one", arguments: KrippendorffAlpha.Metric.allCases)
    func talliedOrNot(metric: KrippendorffAlpha.Metric) throws {
        let rows = (0..<12).map { unit in KrippendorffAlphaTests.k2011.map { $0[unit] } }
        let tallied = CodedRatings(RatingsMatrix(rows: rows))
        let oneByOne = CodedRatings(RatingsMatrix(rows: rows.map { $0 + [nil, nil] }))
        #expect(UnitTally(tallied) != nil && UnitTally(oneByOne) == nil)
        let (a, b) = (CoincidenceMatrix(tallied), CoincidenceMatrix(oneByOne))
        #expect(a.values == b.values && a.pairableCount == b.pairableCount && a.pairableCount == 40)
        for (x, y) in zip(a.counts, b.counts) { #expect(abs(x - y) <= 1e-12 * max(abs(x), 1)) }
        let results = [tallied, oneByOne].map { KrippendorffAlpha.compute($0, metrics: [metric])[0] }
        let (first, second) = (try #require(results[0].value), try #require(results[1].value))
        #expect(abs(first - second) <= 1e-12)
    }

    @Test("with at most 3 ratings a unit, the tallied sums are exact: bit for bit those added one by one")
    func exactWithThreeRaters() {
        let rows = GeneratedDataTests.lcgMatrix(units: 3_000, raters: 3)
        let coded = CodedRatings(rows)
        let wide = CodedRatings(
            unitCount: coded.unitCount, raterCount: 8, levels: coded.levels,
            codes: (0..<coded.unitCount).flatMap { coded.codes[($0 * 3)..<($0 * 3 + 3)] + Array(repeating: coded.missing, count: 5) })
        #expect(UnitTally(coded) != nil && UnitTally(wide) == nil)
        let (a, b) = (CoincidenceMatrix(coded), CoincidenceMatrix(wide))
        #expect(a.counts == b.counts && a.marginals == b.marginals && a.pairableCount == b.pairableCount)
    }
}
