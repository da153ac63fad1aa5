/// The numeric answers of the selected ratings in one flat array: sessions × rater columns × items.
///
/// Built once per report in one pass over the scores (linear in the number of ratings); every
/// group's ``RatingsMatrix`` is then read from it by index, without dictionaries. A cell is
/// `nil` when the rater is missing, did not score the item, or answered n.v.t.
struct AgreementTable: Sendable {
    /// A ratings matrix and how many of its units hold at least one value.
    struct Group: Sendable {
        let matrix: RatingsMatrix
        let units: Int
    }

    let sessionCount: Int
    let columnCount: Int
    let itemCount: Int
    /// `cells[(session * columnCount + column) * itemCount + item]`.
    private let cells: [Double?]

    /// Fills the table from each session's placed ratings: item `itemIndex[id]` of `itemCount`;
    /// scores of items not in `itemIndex` are ignored.
    init(placements: [[(column: Int, rating: Rating)]], columnCount: Int, itemIndex: [ItemID: Int], itemCount: Int) {
        var cells = [Double?](repeating: nil, count: placements.count * columnCount * itemCount)
        for (session, placed) in placements.enumerated() {
            for (column, rating) in placed {
                let base = (session * columnCount + column) * itemCount
                // Reversed, so that the first score of an item wins, as in `Rating.answer(for:)`.
                for score in rating.scores.reversed() {
                    if let item = itemIndex[score.item] { cells[base + item] = score.answer.numericValue }
                }
            }
        }
        self.sessionCount = placements.count
        self.columnCount = columnCount
        self.itemCount = itemCount
        self.cells = cells
    }

    /// The value of `column` for `item` in `session`.
    subscript(session: Int, column: Int, item: Int) -> Double? {
        cells[(session * columnCount + column) * itemCount + item]
    }

    /// Units are the sessions; each rater column's value for one item.
    func item(_ item: Int) -> Group {
        group(unitCount: sessionCount) { unit, column in self[unit, column, item] }
    }

    /// Units are the (session, item) pairs of `items`, session by session.
    func pooled(_ items: [Int]) -> Group {
        group(unitCount: sessionCount * items.count) { unit, column in
            self[unit / items.count, column, items[unit % items.count]]
        }
    }

    /// Units are the sessions; each rater column's mean over the scored items of `items`.
    func means(_ items: [Int]) -> Group {
        group(unitCount: sessionCount) { unit, column in
            var sum = 0.0
            var count = 0
            for item in items {
                if let value = self[unit, column, item] {
                    sum += value
                    count += 1
                }
            }
            return count == 0 ? nil : sum / Double(count)
        }
    }

    /// A matrix of `unitCount` rows × all columns, and the number of rows with any value.
    private func group(unitCount: Int, value: (_ unit: Int, _ column: Int) -> Double?) -> Group {
        var cells: [Double?] = []
        cells.reserveCapacity(unitCount * columnCount)
        var units = 0
        for unit in 0..<unitCount {
            var any = false
            for column in 0..<columnCount {
                let cell = value(unit, column)
                if cell != nil { any = true }
                cells.append(cell)
            }
            if any { units += 1 }
        }
        return Group(matrix: RatingsMatrix(unitCount: unitCount, raterCount: columnCount, cells: cells), units: units)
    }
}
