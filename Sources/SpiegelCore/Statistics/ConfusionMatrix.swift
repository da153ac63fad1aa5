/// A k × k table of counts: how often rater A chose category i while rater B chose category j.
///
/// Categories are indexed by their position in the explicit, ordered category list, so a
/// category nobody used still has a row and a column (of zeros).
struct ConfusionMatrix: Sendable {
    /// Number of categories k.
    let size: Int
    /// Row-major counts: `counts[i * size + j]`, rows = rater A, columns = rater B.
    let counts: [Int]
    /// Row sums (rater A's use of each category).
    let rowTotals: [Int]
    /// Column sums (rater B's use of each category).
    let columnTotals: [Int]
    /// Number of paired units N.
    var total: Int { rowTotals.reduce(0, +) }

    /// Why there is no table: the reason, and how many units both raters rated (the `n` to report).
    struct Refusal: Error {
        let pairedUnits: Int
        let reason: StatisticResult.UndefinedReason
    }

    /// Tabulates the paired units of `pair` over `categories`; fails when no unit is paired, on a
    /// bad category list, or on a paired value that is not a category.
    static func tabulate(_ pair: RaterPair, categories: [Double]) -> Result<ConfusionMatrix, Refusal> {
        let index: [Double: Int]
        switch indexCategories(categories) {
        case .success(let built): index = built
        case .failure(let reason):
            let paired = pair.pairedUnitCount
            return .failure(Refusal(pairedUnits: paired, reason: paired == 0 ? .noPairedUnits : reason))
        }
        // A code's slot: its category's position, then one slot for missing and one for any other value.
        let k = categories.count
        let (missing, outside, width) = (k, k + 1, k + 2)
        let slots = pair.ratings.levels.map { index[$0] ?? outside } + [missing]
        let joint = pair.jointCounts(slots: slots, width: width)
        let rated = (0..<width).filter { $0 != missing }
        let paired = rated.reduce(0) { sum, i in rated.reduce(sum) { $0 + joint[i * width + $1] } }
        guard paired > 0 else { return .failure(Refusal(pairedUnits: 0, reason: .noPairedUnits)) }
        if rated.contains(where: { joint[$0 * width + outside] > 0 || joint[outside * width + $0] > 0 }) {
            // The first such unit names the value, as a scan of the pairs in unit order would.
            let (a, b) = pair.firstPair { slots[Int($0)] == outside || slots[Int($1)] == outside }!
            let value = pair.ratings.levels[Int(slots[Int(a)] == outside ? a : b)]
            return .failure(Refusal(pairedUnits: paired, reason: .valueOutsideCategories(value)))
        }
        let counts = (0..<k).flatMap { i in (0..<k).map { j in joint[i * width + j] } }
        return .success(ConfusionMatrix(size: k, counts: counts))
    }

    private init(size: Int, counts: [Int]) {
        self.size = size
        self.counts = counts
        self.rowTotals = (0..<size).map { i in (0..<size).reduce(0) { $0 + counts[i * size + $1] } }
        self.columnTotals = (0..<size).map { j in (0..<size).reduce(0) { $0 + counts[$1 * size + j] } }
    }

    /// Maps each category value to its position; needs ≥ 2 distinct finite values.
    private static func indexCategories(
        _ categories: [Double]
    ) -> Result<[Double: Int], StatisticResult.UndefinedReason> {
        guard categories.count >= 2 else { return .failure(.tooFewCategories(found: categories.count)) }
        var index: [Double: Int] = [:]
        for (position, value) in categories.enumerated() {
            guard value.isFinite else { return .failure(.invalidCategories(.notFinite(value))) }
            guard index.updateValue(position, forKey: value) == nil else {
                return .failure(.invalidCategories(.listedTwice(value)))
            }
        }
        return .success(index)
    }
}
