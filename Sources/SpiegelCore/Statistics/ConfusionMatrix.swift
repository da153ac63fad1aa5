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

    /// Tabulates `pairs` over `categories`; fails on a bad category list or an unlisted value.
    static func tabulate(
        _ pairs: [(a: Double, b: Double)], categories: [Double]
    ) -> Result<ConfusionMatrix, StatisticResult.UndefinedReason> {
        let index: [Double: Int]
        switch indexCategories(categories) {
        case .success(let built): index = built
        case .failure(let reason): return .failure(reason)
        }
        let k = categories.count
        var counts = [Int](repeating: 0, count: k * k)
        // A rating scale has a handful of levels: finding a value by a linear scan of them is
        // faster than hashing it, per pair of a corpus.
        func position(_ value: Double) -> Int? {
            if k <= 16 { return categories.firstIndex(of: value) }
            return index[value]
        }
        for (a, b) in pairs {
            guard let i = position(a) else { return .failure(.valueOutsideCategories(a)) }
            guard let j = position(b) else { return .failure(.valueOutsideCategories(b)) }
            counts[i * k + j] += 1
        }
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
            guard value.isFinite else { return .failure(.invalidCategories("\(value) is not finite")) }
            guard index.updateValue(position, forKey: value) == nil else {
                return .failure(.invalidCategories("\(value) is listed twice"))
            }
        }
        return .success(index)
    }
}
