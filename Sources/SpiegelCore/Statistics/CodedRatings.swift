/// A ratings matrix with every value replaced by a small integer code: the form in which percent
/// agreement, Cohen's kappa and Krippendorff's alpha count.
///
/// ``levels`` are ascending distinct values and every rating is one of them;
/// `codes[unit * raterCount + rater]` is the rating's index in ``levels``, or ``missing``
/// (`levels.count`) when there is none. Whole numbers spanning fewer than ``maximumWholeSpan``
/// are coded by their distance from the lowest, so ``levels`` may then also hold whole numbers
/// in between that nobody gave; other values are coded by rank, and ``levels`` are exactly the
/// values given. Either way equal codes mean equal values, and a code's order is its value's.
struct CodedRatings: Sendable {
    /// Whole-number ratings are coded arithmetically when `highest − lowest` is below this.
    static let maximumWholeSpan = 256.0

    let unitCount: Int
    let raterCount: Int
    /// The values the codes stand for, ascending.
    let levels: [Double]
    /// Row-major codes, `codes[unit * raterCount + rater]`.
    let codes: [Int32]

    /// The code of a missing cell.
    var missing: Int32 { Int32(levels.count) }

    /// `true` when there is no rating at all.
    var hasNoRatings: Bool { !codes.contains { $0 != missing } }

    init(unitCount: Int, raterCount: Int, levels: [Double], codes: [Int32]) {
        assert(codes.count == unitCount * raterCount && levels.count < Int32.max)
        self.unitCount = unitCount
        self.raterCount = raterCount
        self.levels = levels
        self.codes = codes
    }

    /// Codes the ratings of `matrix`.
    init(_ matrix: RatingsMatrix) {
        self.init(unitCount: matrix.unitCount, raterCount: matrix.raterCount, cells: matrix.cells)
    }

    /// Codes unit-major `cells` (`cells[unit * raterCount + rater]`), each finite or NaN for missing.
    init(unitCount: Int, raterCount: Int, cells: [Double]) {
        precondition(cells.count == unitCount * raterCount, "\(cells.count) cells for \(unitCount) × \(raterCount)")
        let (levels, codes) = cells.withUnsafeBufferPointer { cells in
            guard let (lowest, highest) = Self.wholeNumberRange(cells) else { return Self.encodeByRank(cells) }
            let levels = (0...Int(highest - lowest)).map { lowest + Double($0) }
            return (levels, Self.encodeWholeNumbers(cells, lowest: lowest, missing: Int32(levels.count)))
        }
        self.init(unitCount: unitCount, raterCount: raterCount, levels: levels, codes: codes)
    }

    /// The lowest and the highest value when every value is a whole number, they span less than
    /// ``maximumWholeSpan`` and all are exact in integer arithmetic (|x| < 2⁵⁰); `nil` otherwise.
    ///
    /// Four cells at a time (missing cells compare false and change nothing), so that the running
    /// minimum and maximum are four independent chains.
    private static func wholeNumberRange(_ cells: UnsafeBufferPointer<Double>) -> (Double, Double)? {
        let bound = 0x1p50
        var lowest = SIMD4<Double>(repeating: bound)
        var highest = SIMD4<Double>(repeating: -bound)
        // x − (x + 1.5·2⁵² − 1.5·2⁵²) is 0 for a whole number while |x| < 2⁵¹, NaN for missing.
        let rounding = SIMD4<Double>(repeating: 0x1.8p52)
        // A fraction, however small, is an offset other than 0; NaN (missing) compares false both ways.
        let zero = SIMD4<Double>(repeating: 0)
        var fractional = SIMDMask<SIMD4<Int64>>(repeating: false)
        for start in stride(from: 0, to: cells.count, by: 4) {
            let x = Self.four(cells, from: start, padding: .nan)
            lowest.replace(with: x, where: x .< lowest)
            highest.replace(with: x, where: x .> highest)
            let off = x - (x + rounding - rounding)
            fractional .|= (off .< zero) .| (off .> zero)
        }
        let (low, high) = (lowest.min(), highest.max())
        guard !any(fractional), low <= high, low > -bound, high < bound, high - low < maximumWholeSpan else { return nil }
        return (low, high)
    }

    /// Each whole number's distance from `lowest`, `missing` for NaN: the low bits of
    /// x + (2⁵² − lowest), which is exactly 2⁵² + (x − lowest).
    private static func encodeWholeNumbers(_ cells: UnsafeBufferPointer<Double>, lowest: Double, missing: Int32) -> [Int32] {
        let shift = SIMD4<Double>(repeating: 0x1p52 - lowest)
        let missingBits = SIMD4<UInt64>(repeating: UInt64(missing))
        return [Int32](unsafeUninitializedCapacity: cells.count) { codes, initialized in
            for start in stride(from: 0, to: cells.count, by: 4) {
                let x = Self.four(cells, from: start, padding: .nan)
                var bits = unsafeBitCast(x + shift, to: SIMD4<UInt64>.self)
                bits.replace(with: missingBits, where: x .!= x)
                let lanes = SIMD4<Int32>(truncatingIfNeeded: bits)
                if start + 4 <= cells.count {
                    (codes[start], codes[start + 1], codes[start + 2], codes[start + 3]) = (lanes[0], lanes[1], lanes[2], lanes[3])
                } else {
                    for lane in 0..<(cells.count - start) { codes[start + lane] = lanes[lane] }
                }
            }
            initialized = cells.count
        }
    }

    /// Codes each value by its rank among the distinct values; the levels are those values.
    private static func encodeByRank(_ cells: UnsafeBufferPointer<Double>) -> (levels: [Double], codes: [Int32]) {
        let levels = Set(cells.lazy.filter { !$0.isNaN }).sorted()
        let rank = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($0.element, Int32($0.offset)) })
        let missing = Int32(levels.count)
        return (levels, cells.map { $0.isNaN ? missing : rank[$0]! })
    }

    /// Cells `start ..< start + 4`, `padding` past the end.
    @inline(__always)
    private static func four(_ cells: UnsafeBufferPointer<Double>, from start: Int, padding: Double) -> SIMD4<Double> {
        guard start + 4 <= cells.count else {
            return SIMD4((0..<4).map { start + $0 < cells.count ? cells[start + $0] : padding })
        }
        return SIMD4(cells[start], cells[start + 1], cells[start + 2], cells[start + 3])
    }
}
