/// Ratings of units by raters: a units × raters table of optional scale values.
///
/// A *unit* is one thing that is rated (in Spiegel: one item of one session, "session × item");
/// a *rater* is one person (or model) who rates. Row `u`, column `r` holds the value rater `r`
/// gave unit `u`, or `nil` when there is none.
///
/// `nil` means missing **and** "n.v.t." (not applicable): every statistic treats the two
/// alike and never sees a placeholder number. Non-finite inputs (NaN, ±infinity) are stored
/// as `nil` too, so a NaN "missing" marker from other tools also reads as missing.
///
/// Stored as one flat array of `Double` with NaN for a missing cell (8 bytes a cell, no
/// optional to unwrap), which the statistics read directly.
public struct RatingsMatrix: Sendable, Hashable {
    /// Number of units (rows).
    public let unitCount: Int
    /// Number of raters (columns).
    public let raterCount: Int
    /// Row-major cells, `cells[unit * raterCount + rater]`: a finite value, or NaN when missing.
    let cells: [Double]

    /// Creates a matrix from one row per unit, one entry per rater.
    ///
    /// Rows may differ in length: the matrix has as many raters as the longest row and
    /// shorter rows are padded with `nil`. An empty array gives an empty matrix.
    public init(rows: [[Double?]]) {
        let raters = rows.map(\.count).max() ?? 0
        var cells: [Double] = []
        cells.reserveCapacity(rows.count * raters)
        for row in rows {
            for value in row { cells.append(Self.stored(value)) }
            cells.append(contentsOf: repeatElement(.nan, count: raters - row.count))
        }
        self.init(unitCount: rows.count, raterCount: raters, storedCells: cells)
    }

    /// A matrix from its cells in unit-major order (`cells[unit * raterCount + rater]`), without
    /// building a row array per unit: how large corpora are handed over.
    public init(unitCount: Int, raterCount: Int, cells: [Double?]) {
        precondition(cells.count == unitCount * raterCount, "\(cells.count) cells for \(unitCount) × \(raterCount)")
        self.init(unitCount: unitCount, raterCount: raterCount, storedCells: cells.map(Self.stored))
    }

    /// A matrix from cells already in stored form: each a finite value or NaN.
    init(unitCount: Int, raterCount: Int, storedCells cells: [Double]) {
        assert(cells.count == unitCount * raterCount && cells.allSatisfy { $0.isFinite || $0.isNaN })
        self.unitCount = unitCount
        self.raterCount = raterCount
        self.cells = cells
    }

    /// The rating rater `rater` gave unit `unit`, or `nil` when missing.
    public subscript(unit: Int, rater: Int) -> Double? {
        precondition(unit >= 0 && unit < unitCount, "unit index \(unit) out of range")
        precondition(rater >= 0 && rater < raterCount, "rater index \(rater) out of range")
        return Self.value(cells[unit * raterCount + rater])
    }

    /// All raters' entries for one unit, in rater order.
    public func ratings(ofUnit unit: Int) -> ArraySlice<Double?> {
        precondition(unit >= 0 && unit < unitCount, "unit index \(unit) out of range")
        return ArraySlice(cells[(unit * raterCount)..<((unit + 1) * raterCount)].map(Self.value))
    }

    /// One rater's entries for all units, in unit order.
    public func ratings(ofRater rater: Int) -> [Double?] {
        precondition(rater >= 0 && rater < raterCount, "rater index \(rater) out of range")
        return (0..<unitCount).map { Self.value(cells[$0 * raterCount + rater]) }
    }

    /// Number of non-missing ratings.
    public var ratingCount: Int { cells.reduce(0) { $1.isNaN ? $0 : $0 + 1 } }

    /// `true` when there is no rating at all (no units, no raters, or all missing).
    public var hasNoRatings: Bool { cells.allSatisfy(\.isNaN) }

    /// Equal when both have the same shape and every cell is missing in both or equal.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.unitCount == rhs.unitCount && lhs.raterCount == rhs.raterCount
            && lhs.cells.elementsEqual(rhs.cells) { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(unitCount)
        hasher.combine(raterCount)
        for cell in cells { hasher.combine(Self.value(cell)) }
    }

    /// The stored form of a value: itself when finite, else NaN.
    static func stored(_ value: Double?) -> Double {
        guard let value, value.isFinite else { return .nan }
        return value
    }

    /// The value of a stored cell: `nil` for NaN.
    private static func value(_ cell: Double) -> Double? { cell.isNaN ? nil : cell }
}
