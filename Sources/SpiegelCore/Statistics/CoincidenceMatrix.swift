/// Krippendorff's coincidence matrix o_ck of the pairable values in a ratings matrix.
///
/// For each unit u with m_u ≥ 2 ratings (a *pairable* unit) and n_uc of them equal to value c,
/// o_ck = Σ_u n_uc · (n_uk − [c = k]) / (m_u − 1)
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", coincidence matrix):
/// every ordered pair of ratings from different raters in a unit contributes 1/(m_u − 1).
/// Units with fewer than 2 ratings (including all-missing units) contribute nothing.
///
/// Built from per-unit value counts, never from per-unit pair lists. Units with the same codes
/// contribute the same, so when the ratings fit a ``UnitTally`` each combination is added once,
/// times its number of units: one pass over the codes plus work per combination. Otherwise unit
/// by unit: time O(R + U + Σ_u d_u²) with R ratings, U units and d_u distinct values in unit u.
/// Memory O(V²) for V levels. While m_u ≤ 3 every term is a multiple of 1/2, so the sums are
/// exact and both ways give the same bits; with more ratings in a unit they may differ in the
/// last bit.
struct CoincidenceMatrix: Sendable {
    /// The distinct values found in pairable units, ascending.
    let values: [Double]
    /// Row-major o_ck: `counts[c * values.count + k]`, indices into ``values``.
    let counts: [Double]
    /// n_c = Σ_k o_ck: how many pairable ratings have value c.
    let marginals: [Double]
    /// n = Σ_c n_c: the number of pairable ratings (an exact count).
    let pairableCount: Int

    /// Tabulates the coincidences of `ratings`.
    init(_ ratings: CodedRatings) {
        var sums = Sums(levelCount: ratings.levels.count)
        if let tally = UnitTally(ratings) {
            tally.forEachCombination { codes, units in sums.add(codes, times: units) }
        } else {
            ratings.codes.withUnsafeBufferPointer { codes in
                for unit in 0..<ratings.unitCount {
                    let start = unit * ratings.raterCount
                    sums.add(UnsafeBufferPointer(rebasing: codes[start..<(start + ratings.raterCount)]), times: 1)
                }
            }
        }
        // Levels nobody gave in a pairable unit have n_c = 0: leave them out.
        let v = ratings.levels.count
        let allMarginals = (0..<v).map { c in (0..<v).reduce(0.0) { $0 + sums.counts[c * v + $1] } }
        let used = (0..<v).filter { allMarginals[$0] > 0 }
        self.values = used.map { ratings.levels[$0] }
        self.counts = used.flatMap { c in used.map { k in sums.counts[c * v + k] } }
        self.marginals = used.map { allMarginals[$0] }
        self.pairableCount = sums.pairableCount
    }

    /// o_ck over all levels, accumulated unit by unit (or combination by combination).
    private struct Sums {
        let levelCount: Int
        /// Row-major o_ck over all levels.
        var counts: [Double]
        var pairableCount = 0
        /// n_uc of the current unit, all zero between units.
        private var unitCounts: [Int]
        /// The codes present in the current unit, in order of first appearance.
        private var present: [Int] = []

        init(levelCount: Int) {
            self.levelCount = levelCount
            self.counts = [Double](repeating: 0, count: levelCount * levelCount)
            self.unitCounts = [Int](repeating: 0, count: levelCount)
        }

        /// Adds `times` units with these codes: n_uc · (n_uk − [c = k]) / (m_u − 1) each.
        mutating func add(_ codes: UnsafeBufferPointer<Int32>, times: Int) {
            var m = 0
            for code in codes where Int(code) < levelCount {
                let c = Int(code)
                if unitCounts[c] == 0 { present.append(c) }
                unitCounts[c] += 1
                m += 1
            }
            if m >= 2 {
                let weight = 1.0 / Double(m - 1)
                for c in present {
                    for k in present {
                        let pairs = unitCounts[c] * (unitCounts[k] - (c == k ? 1 : 0))
                        if pairs > 0 { counts[c * levelCount + k] += Double(times * pairs) * weight }
                    }
                }
                pairableCount += m * times
            }
            for c in present { unitCounts[c] = 0 }
            present.removeAll(keepingCapacity: true)
        }
    }
}
