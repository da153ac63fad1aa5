import SpiegelCore
import SpiegelStore

/// `spiegel-bench agreement`: times reading a corpus from the store, building the agreement
/// reports, and the statistics alone on the same in-memory data; keeps the key values.
struct AgreementBenchmark {
    let instrument: Instrument
    let runs: Int
    /// The two roles of the pairwise report.
    let first: RoleID = "self"
    let second: RoleID = "supervisor"

    /// The key values of the overall row and the total scores, and how long each step took.
    struct Outcome: Codable {
        struct Figure: Codable {
            let value: Double?
            let n: Int
        }
        let store: String
        let sessions: Int
        let ratings: Int
        let instrument: String
        let instrumentHash: String
        let categories: [Double]
        let roles: [String]
        let raterColumns: [String]
        /// kappa_* (self vs supervisor), alpha_* (all raters), icc*_1 (total scores, self vs supervisor).
        let values: [String: Figure]
        /// Milliseconds per step: store_read, report_*, matrices_build, and each statistic alone.
        let timingsMs: [String: Timing]
    }

    static let weightings: [(key: String, weighting: CohensKappa.Weighting)] = [
        ("kappa_unweighted", .unweighted), ("kappa_linear", .linear), ("kappa_quadratic", .quadratic),
    ]
    static let metrics: [(key: String, metric: KrippendorffAlpha.Metric)] = [
        ("alpha_nominal", .nominal), ("alpha_ordinal", .ordinal), ("alpha_interval", .interval),
    ]
    static let forms: [(key: String, form: IntraclassCorrelation.Form)] = [
        ("icc1_1", .icc1_1), ("icc2_1", .icc2_1), ("icc3_1", .icc3_1),
    ]

    func run(store: SQLiteStore, path: String) throws -> Outcome {
        var timings: [String: Timing] = [:]
        let filter = SessionFilter(instrument: instrument.id)
        let (readTiming, sessions) = try Timing.measure(runs: runs) { try store.sessionsWithRatings(matching: filter, evidence: false) }
        timings["store_read"] = readTiming
        let pair = try AgreementSelection.roles(first, second)
        let (pairTiming, pairReport) = Timing.measure(runs: runs) {
            AgreementReport(instrument: instrument, sessions: sessions, selection: pair)
        }
        timings["report_self_supervisor"] = pairTiming
        let (allTiming, allReport) = Timing.measure(runs: runs) {
            AgreementReport(instrument: instrument, sessions: sessions, selection: .allRaters)
        }
        timings["report_all_raters"] = allTiming
        let (matricesTiming, matrices) = Timing.measure(runs: runs) {
            BenchMatrices(instrument: instrument, sessions: sessions, first: first, second: second)
        }
        timings["matrices_build"] = matricesTiming
        let values = try reportValues(pair: pairReport, all: allReport)
        let alone = statisticsAlone(matrices, into: &timings)
        try check(alone, against: values)
        return Outcome(
            store: path, sessions: pairReport.sessions, ratings: sessions.reduce(0) { $0 + $1.ratings.count },
            instrument: instrument.id.rawValue, instrumentHash: instrument.contentHash.hex, categories: matrices.categories,
            roles: [first.rawValue, second.rawValue], raterColumns: allReport.raterColumns, values: values, timingsMs: timings)
    }

    /// The key figures as the reports give them.
    private func reportValues(pair: AgreementReport, all: AgreementReport) throws -> [String: Outcome.Figure] {
        guard let overall = pair.row(.overall), let total = pair.row(.totalScore), let allOverall = all.row(.overall) else {
            throw BenchError("the agreement report has no overall or total-score row")
        }
        var values: [String: Outcome.Figure] = [:]
        func keep(_ key: String, _ row: AgreementRow, _ statistic: AgreementStatistic, _ variant: String) throws {
            guard let figure = row.figure(statistic, variant) else { throw BenchError("the report has no \(statistic) \(variant)") }
            values[key] = Outcome.Figure(value: figure.value, n: figure.n)
        }
        for (key, weighting) in Self.weightings { try keep(key, overall, .cohensKappa, weighting.rawValue) }
        for (key, metric) in Self.metrics { try keep(key, allOverall, .krippendorffAlpha, metric.rawValue) }
        for (key, form) in Self.forms { try keep(key, total, .intraclassCorrelation, form.rawValue) }
        return values
    }

    /// Times each statistic alone on the prebuilt matrices; returns its values.
    private func statisticsAlone(_ matrices: BenchMatrices, into timings: inout [String: Timing]) -> [String: Outcome.Figure] {
        var values: [String: Outcome.Figure] = [:]
        for (key, weighting) in Self.weightings {
            let (timing, result) = Timing.measure(runs: runs) {
                CohensKappa.compute(matrices.pair, categories: matrices.categories, weighting: weighting)
            }
            timings[key] = timing
            values[key] = Outcome.Figure(value: result.value, n: result.n)
        }
        for (key, metric) in Self.metrics {
            let (timing, result) = Timing.measure(runs: runs) { KrippendorffAlpha.compute(matrices.allRaters, metric: metric) }
            timings[key] = timing
            values[key] = Outcome.Figure(value: result.value, n: result.n)
        }
        let (timing, results) = Timing.measure(runs: runs) {
            IntraclassCorrelation.compute(matrices.totals, forms: Self.forms.map(\.form))
        }
        timings["icc"] = timing
        for ((key, _), result) in zip(Self.forms, results) { values[key] = Outcome.Figure(value: result.value, n: result.n) }
        return values
    }

    /// The statistics on the rebuilt matrices must give the report's figures, else the timing compares other data.
    private func check(_ alone: [String: Outcome.Figure], against report: [String: Outcome.Figure]) throws {
        for (key, figure) in report {
            guard let other = alone[key], other.n == figure.n, Self.close(other.value, figure.value) else {
                let rebuilt = alone[key].map { String(describing: $0) } ?? "nothing"
                throw BenchError("\(key): the report gives \(figure), the rebuilt matrix \(rebuilt)")
            }
        }
    }

    private static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): abs(a - b) <= 1e-12
        default: false
        }
    }
}

/// A failure of the benchmark itself, printed as one line.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
