/// Two raters' columns of coded ratings: what the two-rater statistics compare.
///
/// A unit is *paired* when both raters rated it; units where either value is missing are
/// dropped by every two-rater statistic.
struct RaterPair {
    let ratings: CodedRatings
    /// Rater A's column.
    let a: Int
    /// Rater B's column.
    let b: Int

    /// The columns `raterA` and `raterB` of `ratings`.
    /// - Precondition: both indices are valid and different.
    init(_ ratings: CodedRatings, raterA: Int, raterB: Int) {
        precondition(raterA != raterB, "a rater cannot be compared with itself")
        precondition(raterA >= 0 && raterA < ratings.raterCount, "rater index \(raterA) out of range")
        precondition(raterB >= 0 && raterB < ratings.raterCount, "rater index \(raterB) out of range")
        self.ratings = ratings
        self.a = raterA
        self.b = raterB
    }

    /// Why two-rater statistics are undefined before any arithmetic, or `nil` if they may proceed.
    ///
    /// Order of checks: no ratings at all, then fewer than 2 raters. Rater indices are only
    /// validated (by precondition) once the matrix has at least 2 raters.
    static func precheck(_ ratings: CodedRatings) -> StatisticResult.UndefinedReason? {
        if ratings.hasNoRatings { return .noRatings }
        if ratings.raterCount < 2 { return .tooFewRaters(found: ratings.raterCount) }
        return nil
    }

    /// How many units both raters rated.
    var pairedUnitCount: Int {
        var paired = 0
        forEachPair { _, _ in paired += 1 }
        return paired
    }

    /// How many units fall in each (slot of A's code, slot of B's code), missing codes included:
    /// `counts[slots[a] * width + slots[b]]`. `slots` has one entry per code, missing last.
    func jointCounts(slots: [Int], width: Int) -> [Int] {
        precondition(slots.count == ratings.levels.count + 1 && slots.allSatisfy { $0 >= 0 && $0 < width })
        var counts = [Int](repeating: 0, count: width * width)
        let raters = ratings.raterCount
        ratings.codes.withUnsafeBufferPointer { codes in
            slots.withUnsafeBufferPointer { slots in
                counts.withUnsafeMutableBufferPointer { counts in
                    var start = 0
                    while start < codes.count {
                        counts[slots[Int(codes[start + a])] * width + slots[Int(codes[start + b])]] += 1
                        start += raters
                    }
                }
            }
        }
        return counts
    }

    /// Rater A's and rater B's code in the first paired unit (in unit order) where `test` holds.
    func firstPair(where test: (_ a: Int32, _ b: Int32) -> Bool) -> (a: Int32, b: Int32)? {
        var found: (a: Int32, b: Int32)?
        forEachPair { codeA, codeB in
            if found == nil && test(codeA, codeB) { found = (codeA, codeB) }
        }
        return found
    }

    /// Calls `body` with rater A's and rater B's code of every paired unit, in unit order.
    func forEachPair(_ body: (_ a: Int32, _ b: Int32) -> Void) {
        let (raters, missing) = (ratings.raterCount, ratings.missing)
        ratings.codes.withUnsafeBufferPointer { codes in
            var start = 0
            while start < codes.count {
                let (codeA, codeB) = (codes[start + a], codes[start + b])
                if codeA != missing && codeB != missing { body(codeA, codeB) }
                start += raters
            }
        }
    }
}
