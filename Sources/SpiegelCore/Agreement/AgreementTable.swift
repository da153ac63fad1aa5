/// The numeric answers of the selected ratings in one flat array: sessions × items × rater columns.
///
/// Built once per report in one pass over the scores (linear in the number of ratings) and coded
/// once (``CodedRatings``); every group of items is then read from it by index, without
/// dictionaries. A cell is missing when the rater is missing, did not score the item, or
/// answered n.v.t.; a non-finite number counts as missing too, as in ``RatingsMatrix``.
struct AgreementTable: Sendable {
    let sessionCount: Int
    let columnCount: Int
    let itemCount: Int
    /// `values[(session * itemCount + item) * columnCount + column]`: a finite value, or NaN.
    private let values: [Double]
    /// ``values`` coded; its units are the (session, item) pairs, its raters the columns.
    private let coded: CodedRatings
    /// Per item, the sessions in which some column has a value for it.
    private let ratedSessions: [Int]

    /// Fills the table from the rating each session has in each column: `ratings[session]` are the
    /// session's ratings and `columns` says which of them fills which column. Items are those of
    /// `rated`; scores of other items are ignored.
    init(_ ratings: [[Rating]], columns: RaterColumns, rated: RatedItems) {
        let (sessionCount, columnCount, itemCount) = (ratings.count, columns.names.count, rated.entries.count)
        var values = [Double](repeating: .nan, count: sessionCount * itemCount * columnCount)
        var positions = ItemPositions(rated.index)
        // `filled[item] == filling` once the current rating has given the item a cell: the first
        // score of an item wins, as in `Rating.answer(for:)`.
        var filled = [Int](repeating: 0, count: itemCount)
        var filling = 0
        for session in 0..<sessionCount {
            for column in 0..<columnCount {
                guard let index = columns.rating(session: session, column: column) else { continue }
                let scores = ratings[session][index].scores
                filling += 1
                for place in scores.indices {
                    guard let item = positions.position(of: scores[place].item, place: place), filled[item] != filling else { continue }
                    filled[item] = filling
                    values[(session * itemCount + item) * columnCount + column] = RatingsMatrix.stored(scores[place].answer.numericValue)
                }
            }
        }
        let coded = CodedRatings(unitCount: sessionCount * itemCount, raterCount: columnCount, cells: values)
        self.sessionCount = sessionCount
        self.columnCount = columnCount
        self.itemCount = itemCount
        self.values = values
        self.coded = coded
        self.ratedSessions = Self.ratedSessions(coded, itemCount: itemCount)
    }

    /// Units are the (session, item) pairs of `items`, session by session (one item gives the
    /// sessions), and how many of them hold a value. All items in order share the table's codes.
    func pooled(_ items: [Int]) -> (ratings: CodedRatings, units: Int) {
        let units = items.reduce(0) { $0 + ratedSessions[$1] }
        guard !items.elementsEqual(0..<itemCount) else { return (coded, units) }
        let columns = columnCount
        let codes = [Int32](unsafeUninitializedCapacity: sessionCount * items.count * columns) { codes, copied in
            coded.codes.withUnsafeBufferPointer { table in
                for session in 0..<sessionCount {
                    for item in items {
                        let start = (session * itemCount + item) * columns
                        for column in 0..<columns { codes[copied + column] = table[start + column] }
                        copied += columns
                    }
                }
            }
        }
        return (CodedRatings(unitCount: sessionCount * items.count, raterCount: columns, levels: coded.levels, codes: codes), units)
    }

    /// Units are the sessions; each rater column's mean over the scored items of `items`, and the
    /// number of sessions with a mean.
    func means(_ items: [Int]) -> (matrix: RatingsMatrix, units: Int) {
        let columns = columnCount
        var units = 0
        let cells = [Double](unsafeUninitializedCapacity: sessionCount * columns) { cells, initialized in
            values.withUnsafeBufferPointer { values in
                for session in 0..<sessionCount {
                    var rated = false
                    for column in 0..<columns {
                        var sum = 0.0
                        var count = 0
                        for item in items {
                            let value = values[(session * itemCount + item) * columns + column]
                            if !value.isNaN {
                                sum += value
                                count += 1
                            }
                        }
                        cells[session * columns + column] = count == 0 ? .nan : RatingsMatrix.stored(sum / Double(count))
                        rated = rated || count > 0
                    }
                    units += rated ? 1 : 0
                }
            }
            initialized = sessionCount * columns
        }
        return (RatingsMatrix(unitCount: sessionCount, raterCount: columns, storedCells: cells), units)
    }

    /// Per item, how many sessions have a code other than missing in some column.
    private static func ratedSessions(_ coded: CodedRatings, itemCount: Int) -> [Int] {
        var rated = [Int](repeating: 0, count: itemCount)
        let (columns, missing) = (coded.raterCount, coded.missing)
        coded.codes.withUnsafeBufferPointer { codes in
            for unit in 0..<coded.unitCount {
                let start = unit * columns
                if codes[start..<(start + columns)].contains(where: { $0 != missing }) { rated[unit % itemCount] += 1 }
            }
        }
        return rated
    }
}

/// Finds the position of a score's item. Ratings list their scores in much the same order, so the
/// item last seen at a score's place in the list is asked first, and the index only when it differs.
private struct ItemPositions {
    let index: [ItemID: Int]
    /// Per place in a rating's scores: the item last seen there and its position (nil: not compared).
    private var byPlace: [(item: ItemID, position: Int?)?] = []

    init(_ index: [ItemID: Int]) { self.index = index }

    mutating func position(of item: ItemID, place: Int) -> Int? {
        if place < byPlace.count, let seen = byPlace[place], seen.item == item { return seen.position }
        let position = index[item]
        if place >= byPlace.count { byPlace.append(contentsOf: repeatElement(nil, count: place + 1 - byPlace.count)) }
        byPlace[place] = (item, position)
        return position
    }
}
