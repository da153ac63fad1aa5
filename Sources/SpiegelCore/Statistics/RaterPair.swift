/// The ratings two raters gave the units they both rated; shared by the two-rater statistics.
struct RaterPair: Sendable {
    /// (rater A's value, rater B's value) for each unit both rated, in unit order.
    let pairs: [(a: Double, b: Double)]

    /// Collects the units both raters rated; units where either value is missing are dropped.
    init(_ ratings: RatingsMatrix, raterA: Int, raterB: Int) {
        precondition(raterA != raterB, "a rater cannot be compared with itself")
        var pairs: [(a: Double, b: Double)] = []
        for unit in 0..<ratings.unitCount {
            if let a = ratings[unit, raterA], let b = ratings[unit, raterB] {
                pairs.append((a, b))
            }
        }
        self.pairs = pairs
    }

    /// Why two-rater statistics are undefined before any arithmetic, or `nil` if they may proceed.
    ///
    /// Order of checks: no ratings at all, then fewer than 2 raters. Rater indices are only
    /// validated (by precondition) once the matrix has at least 2 raters.
    static func precheck(_ ratings: RatingsMatrix) -> StatisticResult.UndefinedReason? {
        if ratings.hasNoRatings { return .noRatings }
        if ratings.raterCount < 2 { return .tooFewRaters(found: ratings.raterCount) }
        return nil
    }
}
