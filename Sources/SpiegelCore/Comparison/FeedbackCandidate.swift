/// An item that can become a derived strong point or work point: a rating or number item the
/// rater gave a value, with the bounds of its scale and the rater's evidence about it.
struct FeedbackCandidate {
    var item: ItemID
    var value: Double
    var minimum: Double
    var maximum: Double
    var strengthEvidence: Int
    var workPointEvidence: Int
    /// The item's position among the items considered, in form order.
    var formOrder: Int

    var isAboveMinimum: Bool { value > minimum }
    var isBelowMaximum: Bool { value < maximum }

    /// Where the value lies on its item's scale: 0 at the minimum, 1 at the maximum.
    var position: Double { maximum > minimum ? (value - minimum) / (maximum - minimum) : 0 }

    /// The candidates among `items` (in form order) for `rating`.
    static func all(in rating: Rating, items: [Item], instrument: Instrument) -> [FeedbackCandidate] {
        items.enumerated().compactMap { index, item in
            guard let value = rating.answer(for: item.id)?.numericValue, let bounds = bounds(of: item, in: instrument) else {
                return nil
            }
            let evidence = rating.evidence.filter { $0.item == item.id }
            return FeedbackCandidate(
                item: item.id, value: value, minimum: bounds.minimum, maximum: bounds.maximum,
                strengthEvidence: evidence.count { $0.valence == .strength },
                workPointEvidence: evidence.count { $0.valence == .workPoint }, formOrder: index)
        }
    }

    /// The lowest and highest value of a rating item's scale or a number item; nil for other kinds.
    static func bounds(of item: Item, in instrument: Instrument) -> (minimum: Double, maximum: Double)? {
        switch item.kind {
        case .rating(let scaleID, _):
            let values = scaleID.flatMap(instrument.scale)?.levels.map(\.value) ?? []
            guard let low = values.min(), let high = values.max() else { return nil }
            return (Double(low), Double(high))
        case .number(let spec):
            return (spec.minimum, spec.maximum)
        case .check, .choice, .text:
            return nil
        }
    }
}
