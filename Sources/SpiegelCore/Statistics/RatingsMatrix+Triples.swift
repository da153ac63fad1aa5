extension RatingsMatrix {
    /// Why a ``RatingsMatrix`` could not be built from (unit, rater, value) triples.
    public enum BuildError: Error, Sendable, Hashable {
        /// The same rater rated the same unit twice; labels are `String(describing:)` of the keys.
        case duplicateRating(unit: String, rater: String)
    }

    /// Creates a matrix from (unit, rater, value) triples, e.g. (session×item, rater id, score).
    ///
    /// Rows are the distinct units in order of first appearance, columns the distinct raters in
    /// order of first appearance. Pairs that never occur are missing. A triple whose value is
    /// `nil` ("n.v.t." or missing) still makes its unit and rater known, so a rater who only
    /// answered "n.v.t." still counts as a rater.
    ///
    /// - Throws: ``BuildError/duplicateRating(unit:rater:)`` when a (unit, rater) pair occurs twice,
    ///   rather than silently keeping one of the two values.
    public init<Unit: Hashable, Rater: Hashable>(
        triples: [(unit: Unit, rater: Rater, value: Double?)]
    ) throws(BuildError) {
        var unitIndex: [Unit: Int] = [:]
        var raterIndex: [Rater: Int] = [:]
        var cells: [Int: [Int: Double?]] = [:]
        for triple in triples {
            let u = Self.index(of: triple.unit, in: &unitIndex)
            let r = Self.index(of: triple.rater, in: &raterIndex)
            guard cells[u, default: [:]].updateValue(triple.value, forKey: r) == nil else {
                throw .duplicateRating(
                    unit: String(describing: triple.unit), rater: String(describing: triple.rater))
            }
        }
        let rows = (0..<unitIndex.count).map { u in
            (0..<raterIndex.count).map { r in cells[u]?[r] ?? nil }
        }
        self.init(rows: rows)
    }

    /// The index of `key`, assigning the next free index on first sight.
    private static func index<Key: Hashable>(of key: Key, in indices: inout [Key: Int]) -> Int {
        if let existing = indices[key] { return existing }
        let next = indices.count
        indices[key] = next
        return next
    }
}
