import SpiegelCore
import Testing

/// Krippendorff's alpha against published values and the Python `krippendorff` package.
///
/// Sources:
/// - [K2011] K. Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
///   Annenberg School for Communication Departmental Papers, repository.upenn.edu/asc_papers/43.
/// - [pkg] Python package `krippendorff` 0.9.0 (pip), numpy 2.4.6, Python 3.11.7:
///   `krippendorff.alpha(reliability_data=data, level_of_measurement=m)` with observers as rows
///   and np.nan for missing; run by `Tests/Fixtures/statistics/compute_references.py` (output in
///   `Tests/Fixtures/statistics/output.txt`).
/// - [exact] the same coincidence-matrix formulas evaluated with Python `fractions.Fraction`
///   in `Tests/Fixtures/statistics/compute_references.py` (`alpha_exact`), independent of this Swift code.
@Suite("Krippendorff's alpha: published examples")
struct KrippendorffAlphaTests {
    /// [K2011] section C, the reliability data matrix: 4 observers (rows A–D) × 12 units, values
    /// 1–5, "." = missing. Unit 12 has a single value and must be ignored. The `krippendorff`
    /// package docstring reproduces it (citing page 8 of the PDF).
    static let k2011: [[Double?]] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
        [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
    ]

    @Test("K2011 matrix, nominal: published 0.743; exact 113/152")
    func k2011Nominal() {
        let result = KrippendorffAlpha.compute(matrixFromRaterRows(Self.k2011), metric: .nominal)
        expectStatPublished(result, 0.743, places: 3)  // [K2011] section C
        expectStatValue(result, 113.0 / 152.0)  // [exact]
        expectStatValue(result, 0.743421052631579)  // [pkg] nominal
        #expect(result.n == 40)  // [K2011]: n.. = 40 pairable values
        #expect(result.countKind == .pairableValues)
        #expect(result.variant == "nominal")
    }

    @Test("K2011 matrix, ordinal: published 0.815; exact 108577/133160")
    func k2011Ordinal() {
        let result = KrippendorffAlpha.compute(matrixFromRaterRows(Self.k2011), metric: .ordinal)
        expectStatPublished(result, 0.815, places: 3)  // [K2011] ordinal metric, same matrix
        expectStatValue(result, 108_577.0 / 133_160.0)  // [exact]
        expectStatValue(result, 0.8153875037548814)  // [pkg] ordinal
    }

    @Test("K2011 matrix, interval: published 0.849; exact 951/1120")
    func k2011Interval() {
        let result = KrippendorffAlpha.compute(matrixFromRaterRows(Self.k2011), metric: .interval)
        expectStatPublished(result, 0.849, places: 3)  // [K2011] interval metric, same matrix
        expectStatValue(result, 951.0 / 1120.0)  // [exact]
        expectStatValue(result, 0.8491071428571428)  // [pkg] interval
    }

    @Test("K2011 matrix, ratio: published 0.797; exact 18222619/22852465")
    func k2011Ratio() {
        let result = KrippendorffAlpha.compute(matrixFromRaterRows(Self.k2011), metric: .ratio)
        expectStatPublished(result, 0.797, places: 3)  // [K2011] ratio metric, same matrix
        expectStatValue(result, 18_222_619.0 / 22_852_465.0)  // [exact]
        expectStatValue(result, 0.7974027747116121)  // [pkg] ratio
    }

    @Test("K2011 matrix: the single-valued unit 12 changes nothing")
    func k2011WithoutUnit12() {
        let trimmed = Self.k2011.map { Array($0.prefix(11)) }
        for metric in KrippendorffAlpha.Metric.allCases {
            let full = KrippendorffAlpha.compute(matrixFromRaterRows(Self.k2011), metric: metric)
            let cut = KrippendorffAlpha.compute(matrixFromRaterRows(trimmed), metric: metric)
            #expect(full == cut)
        }
    }

    /// [K2011] section A, binary data, two observers, no missing data (10 units);
    /// published α = 0.095. Exact: 1 − (n−1)·o_01/(n_0·n_1) = 1 − 19·4/(14·6) = 2/21.
    @Test("K2011 binary example, 2 observers × 10 units: published 0.095; exact 2/21")
    func k2011Binary() {
        let data: [[Double?]] = [
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
        ]
        let result = KrippendorffAlpha.compute(matrixFromRaterRows(data), metric: .nominal)
        expectStatPublished(result, 0.095, places: 3)
        expectStatValue(result, 2.0 / 21.0)  // [exact]
        expectStatValue(result, 0.09523809523809534)  // [pkg]
        #expect(result.n == 20)
    }

    /// [K2011] section B, nominal data, two observers, no missing data: values a–e coded 1–5,
    /// 12 units; published α = 0.692.
    @Test("K2011 nominal example, 2 observers × 12 units: published 0.692; exact 155/224")
    func k2011TwoObserversNominal() {
        let data: [[Double?]] = [
            [1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1],
            [2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4],
        ]
        let result = KrippendorffAlpha.compute(matrixFromRaterRows(data), metric: .nominal)
        expectStatPublished(result, 0.692, places: 3)
        expectStatValue(result, 155.0 / 224.0)  // [exact]
        expectStatValue(result, 0.6919642857142858)  // [pkg]
        #expect(result.n == 24)
    }

    /// Wikipedia "Krippendorff's alpha", "A computational example" (3 coders × 15 units, missing
    /// data), also the `krippendorff` package docstring example: nominal 0.691, interval 0.811.
    @Test("Wikipedia / package docstring example, 3 coders × 15 units")
    func wikipediaExample() {
        let data: [[Double?]] = [
            [nil, nil, nil, nil, nil, 3, 4, 1, 2, 1, 1, 3, 3, nil, 3],
            [1, nil, 2, 1, 3, 3, 4, 3, nil, nil, nil, nil, nil, nil, nil],
            [nil, nil, 2, 1, 3, 4, 4, nil, 2, 1, 1, 3, 3, nil, 4],
        ]
        let m = matrixFromRaterRows(data)
        let nominal = KrippendorffAlpha.compute(m, metric: .nominal)
        expectStatPublished(nominal, 0.691, places: 3)
        expectStatValue(nominal, 56.0 / 81.0)  // [exact]
        expectStatValue(nominal, 0.691358024691358)  // [pkg]
        #expect(nominal.n == 26)
        let interval = KrippendorffAlpha.compute(m, metric: .interval)
        expectStatPublished(interval, 0.811, places: 3)
        expectStatValue(interval, 643.0 / 793.0)  // [exact]
        expectStatValue(interval, 0.8108448928121059)  // [pkg]
        expectStatValue(KrippendorffAlpha.compute(m, metric: .ordinal), 112_173.0 / 139_048.0)  // [exact]
        expectStatValue(KrippendorffAlpha.compute(m, metric: .ordinal), 0.8067214199413153)  // [pkg]
        expectStatValue(KrippendorffAlpha.compute(m, metric: .ratio), 90_503.0 / 111_878.0)  // [exact]
        expectStatValue(KrippendorffAlpha.compute(m, metric: .ratio), 0.8089436707842471)  // [pkg]
    }

    /// Only the order matters for the ordinal metric (δ² uses the marginals n_g, not the values):
    /// relabelling 1…5 as 10, 20, 40, 80, 160 must keep the [exact] ordinal alpha of the matrix.
    @Test("ordinal alpha depends on order only, not on spacing")
    func ordinalIgnoresSpacing() {
        let relabel: [Double: Double] = [1: 10, 2: 20, 3: 40, 4: 80, 5: 160]
        let stretched = Self.k2011.map { row in row.map { $0.map { relabel[$0]! } } }
        let result = KrippendorffAlpha.compute(matrixFromRaterRows(stretched), metric: .ordinal)
        expectStatValue(result, 108_577.0 / 133_160.0)
    }
}

extension KrippendorffAlphaTests {
    @Test("several metrics at once give the published values, in the order asked")
    func severalMetrics() {
        let results = KrippendorffAlpha.compute(matrixFromRaterRows(Self.k2011), metrics: [.interval, .nominal, .ordinal, .ratio])
        #expect(results.map(\.variant) == ["interval", "nominal", "ordinal", "ratio"])
        expectStatValue(results[0], 951.0 / 1120.0)  // [exact]
        expectStatValue(results[1], 113.0 / 152.0)  // [exact]
        expectStatValue(results[2], 108_577.0 / 133_160.0)  // [exact]
        expectStatValue(results[3], 18_222_619.0 / 22_852_465.0)  // [exact]
        #expect(results.allSatisfy { $0.n == 40 })
        let negative = KrippendorffAlpha.compute(matrixFromRaterRows([[-1, 2], [-1, 3]]), metrics: [.interval, .ratio])
        #expect(negative[0].isDefined)
        #expect(negative[1].undefinedReason == .negativeRatioValue(-1))
    }
}
