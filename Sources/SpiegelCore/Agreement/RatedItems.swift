/// The items an agreement report compares: the rating items whose scale the instrument declares.
///
/// Checks, choices, numbers and texts are left out: their answers are not points on an ordinal
/// scale, so kappa's category list and alpha's ordinal and interval metrics do not apply.
struct RatedItems: Sendable {
    /// One compared item, in form order.
    struct Entry: Sendable {
        let item: Item
        let section: SectionID
        let scale: Scale
    }

    /// The compared items in form order.
    let entries: [Entry]
    /// An item's position in ``entries``.
    let index: [ItemID: Int]

    init(_ instrument: Instrument) {
        var entries: [Entry] = []
        for section in instrument.sections {
            for item in section.items {
                guard let scaleID = item.scaleID, let scale = instrument.scale(scaleID) else { continue }
                entries.append(Entry(item: item, section: section.id, scale: scale))
            }
        }
        self.entries = entries
        index = Dictionary(entries.enumerated().map { ($0.element.item.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The positions of the compared items of one section.
    func positions(in section: SectionID) -> [Int] {
        entries.indices.filter { entries[$0].section == section }
    }

    /// The kappa categories of a group: one scale's level values, or the scales it mixes.
    func categories(_ positions: [Int]) -> AgreementFigures.Categories {
        var scales: [Scale] = []
        for position in positions where !scales.contains(where: { $0.id == entries[position].scale.id }) {
            scales.append(entries[position].scale)
        }
        guard scales.count > 1 else { return .levels((scales.first?.levels ?? []).map { Double($0.value) }) }
        return .mixed(scales.map(\.id))
    }
}
