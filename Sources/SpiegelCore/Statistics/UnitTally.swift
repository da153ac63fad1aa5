/// How many units show each combination of codes, one code per rater (missing included).
///
/// With few raters on a short scale there are far fewer combinations than units (3 raters on a
/// 4-point scale: 5³ = 125 against 140,000 units), and whatever depends on a unit only through
/// its codes can be computed once per combination. The tally is one pass over the codes; it
/// exists only while the number of combinations is at most ``maximumSize``.
struct UnitTally {
    /// The largest number of combinations tallied.
    static let maximumSize = 4096

    /// Codes per unit (one per rater).
    let raterCount: Int
    /// Values a code can take: the levels and missing.
    let base: Int
    /// `counts[combination]`, the combination read as a number in base ``base``, first rater first.
    let counts: [Int]

    /// Tallies `ratings`, or fails when they have more than ``maximumSize`` combinations.
    init?(_ ratings: CodedRatings) {
        let base = ratings.levels.count + 1
        var size = 1
        for _ in 0..<ratings.raterCount {
            size *= base
            guard size <= Self.maximumSize else { return nil }
        }
        let raters = ratings.raterCount
        var counts = [Int](repeating: 0, count: size)
        ratings.codes.withUnsafeBufferPointer { codes in
            counts.withUnsafeMutableBufferPointer { counts in
                var start = 0
                while start < codes.count {
                    var combination = 0
                    for index in start..<(start + raters) { combination = combination * base + Int(codes[index]) }
                    counts[combination] += 1
                    start += raters
                }
            }
        }
        self.raterCount = raters
        self.base = base
        self.counts = counts
    }

    /// Calls `body` with the codes of every combination that occurs and its number of units,
    /// in increasing order of combination.
    func forEachCombination(_ body: (UnsafeBufferPointer<Int32>, Int) -> Void) {
        var codes = [Int32](repeating: 0, count: raterCount)
        for (combination, units) in counts.enumerated() where units > 0 {
            var rest = combination
            for rater in stride(from: raterCount - 1, through: 0, by: -1) {
                codes[rater] = Int32(rest % base)
                rest /= base
            }
            codes.withUnsafeBufferPointer { body($0, units) }
        }
    }
}
