/// The spread of repeated timings of one step, in milliseconds.
struct Timing: Codable, Sendable {
    let runs: Int
    let median: Double
    let min: Double
    let max: Double
    /// The first and third quartile (linear interpolation between the sorted runs).
    let q1: Double
    let q3: Double

    /// Summarises `samples` (milliseconds, at least one).
    init(samples: [Double]) {
        precondition(!samples.isEmpty, "a timing needs at least one run")
        let sorted = samples.sorted()
        runs = sorted.count
        median = Self.quantile(sorted, 0.5)
        min = sorted[0]
        max = sorted[sorted.count - 1]
        q1 = Self.quantile(sorted, 0.25)
        q3 = Self.quantile(sorted, 0.75)
    }

    /// Runs `body` once untimed (warm-up), then `runs` times timed; returns the last result.
    static func measure<Result>(runs: Int, _ body: () throws -> Result) rethrows -> (timing: Timing, result: Result) {
        var result = try body()
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let start = clock.now
            result = try body()
            samples.append(milliseconds(clock.now - start))
        }
        return (Timing(samples: samples), result)
    }

    /// A duration in milliseconds.
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }

    /// The `p`-quantile of sorted values, interpolating linearly (as numpy's default).
    private static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position)
        let upper = Swift.min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
