/// Krippendorff's coincidence matrix o_ck of the pairable values in a ratings matrix.
///
/// For each unit u with m_u ≥ 2 ratings (a *pairable* unit) and n_uc of them equal to value c,
/// o_ck = Σ_u n_uc · (n_uk − [c = k]) / (m_u − 1)
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", coincidence matrix):
/// every ordered pair of ratings from different raters in a unit contributes 1/(m_u − 1).
/// Units with fewer than 2 ratings (including all-missing units) contribute nothing.
///
/// Built from per-unit value counts, never from per-unit pair lists: time
/// O(R + U + Σ_u d_u² + V log V) with R ratings, U units, d_u ≤ min(raters, V) distinct values
/// in unit u and V distinct pairable values; memory O(V²). For a fixed scale this is linear
/// in the number of ratings.
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
    init(_ ratings: RatingsMatrix) {
        let coded = Self.encode(ratings)
        let v = coded.values.count
        var counts = [Double](repeating: 0, count: v * v)
        var unitCounts = [Int](repeating: 0, count: v)
        var present: [Int] = []
        var start = 0
        for end in coded.unitEnds {
            for c in coded.codes[start..<end] {
                if unitCounts[c] == 0 { present.append(c) }
                unitCounts[c] += 1
            }
            Self.addUnit(present, unitCounts, m: end - start, size: v, into: &counts)
            for c in present { unitCounts[c] = 0 }
            present.removeAll(keepingCapacity: true)
            start = end
        }
        self.values = coded.values
        self.counts = counts
        self.marginals = (0..<v).map { c in (0..<v).reduce(0.0) { $0 + counts[c * v + $1] } }
        self.pairableCount = coded.codes.count
    }

    /// Adds one unit's n_uc · (n_uk − [c = k]) / (m_u − 1) for the values present in it.
    private static func addUnit(
        _ present: [Int], _ unitCounts: [Int], m: Int, size v: Int, into counts: inout [Double]
    ) {
        let weight = 1.0 / Double(m - 1)
        for c in present {
            for k in present {
                let pairs = unitCounts[c] * (unitCounts[k] - (c == k ? 1 : 0))
                if pairs > 0 { counts[c * v + k] += Double(pairs) * weight }
            }
        }
    }

    /// The pairable ratings as indices into their sorted distinct values, unit after unit.
    ///
    /// `codes[unitEnds[i-1]..<unitEnds[i]]` are the value indices of the i-th pairable unit;
    /// units with fewer than 2 ratings are left out.
    private static func encode(
        _ ratings: RatingsMatrix
    ) -> (values: [Double], codes: [Int], unitEnds: [Int]) {
        var firstSeen: [Double: Int] = [:]
        var seenOrder: [Double] = []
        var codes: [Int] = []
        var unitEnds: [Int] = []
        for unit in 0..<ratings.unitCount {
            let unitRatings = ratings.ratings(ofUnit: unit)
            guard unitRatings.reduce(0, { $1 == nil ? $0 : $0 + 1 }) >= 2 else { continue }
            for case let value? in unitRatings {
                if let code = Self.lookup(value, seenOrder, firstSeen) {
                    codes.append(code)
                } else {
                    firstSeen[value] = seenOrder.count
                    codes.append(seenOrder.count)
                    seenOrder.append(value)
                }
            }
            unitEnds.append(codes.count)
        }
        let sortedOrder = seenOrder.indices.sorted { seenOrder[$0] < seenOrder[$1] }
        var rank = [Int](repeating: 0, count: seenOrder.count)
        for (position, code) in sortedOrder.enumerated() { rank[code] = position }
        return (sortedOrder.map { seenOrder[$0] }, codes.map { rank[$0] }, unitEnds)
    }

    /// The code of `value`: a linear scan while there are few distinct values (a rating scale),
    /// a hash lookup otherwise.
    private static func lookup(_ value: Double, _ seenOrder: [Double], _ firstSeen: [Double: Int]) -> Int? {
        seenOrder.count <= 16 ? seenOrder.firstIndex(of: value) : firstSeen[value]
    }
}
