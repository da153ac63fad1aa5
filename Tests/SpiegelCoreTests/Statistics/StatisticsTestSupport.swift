import SpiegelCore
import Testing

/// Checks that `result` has a value within `tolerance` (default 1e-9) of `expected`.
func expectStatValue(
    _ result: StatisticResult, _ expected: Double, tolerance: Double = 1e-9,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    guard let value = result.value else {
        Issue.record(
            "\(result.variant): expected \(expected), got undefined (\(result.outcome))",
            sourceLocation: sourceLocation)
        return
    }
    #expect(
        abs(value - expected) <= tolerance,
        "\(result.statistic.rawValue) \(result.variant): \(value) vs \(expected)",
        sourceLocation: sourceLocation)
}

/// Checks a value against a number published with `places` decimals (e.g. 0.743 at 3 places).
func expectStatPublished(
    _ result: StatisticResult, _ published: Double, places: Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let halfUnit = 0.5 * pow10(-places)
    expectStatValue(result, published, tolerance: halfUnit + 1e-12, sourceLocation: sourceLocation)
}

/// Checks that `result` is undefined for `reason`.
func expectStatUndefined(
    _ result: StatisticResult, _ reason: StatisticResult.UndefinedReason,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(result.outcome == .undefined(reason), sourceLocation: sourceLocation)
}

/// A units × raters matrix from Krippendorff's observers × units layout (rows = observers).
func matrixFromRaterRows(_ raterRows: [[Double?]]) -> RatingsMatrix {
    let units = raterRows.first?.count ?? 0
    return RatingsMatrix(rows: (0..<units).map { u in raterRows.map { $0[u] } })
}

private func pow10(_ exponent: Int) -> Double {
    exponent >= 0
        ? (0..<exponent).reduce(1.0) { acc, _ in acc * 10 }
        : (0..<(-exponent)).reduce(1.0) { acc, _ in acc / 10 }
}
