/// What a piece of evidence is about: an item, or an indicator of an item.
public enum EvidenceTarget: Hashable, Sendable {
    case item(ItemID)
    case indicator(IndicatorID, item: ItemID)

    /// The item the evidence is about (an indicator's item).
    public var item: ItemID {
        switch self {
        case .item(let item), .indicator(_, let item): item
        }
    }

    /// The indicator, when the evidence is about one.
    public var indicator: IndicatorID? {
        if case .indicator(let indicator, _) = self { return indicator }
        return nil
    }
}

/// Why a typed word cannot stand for an item or an indicator.
public enum EvidenceTargetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A section's id or number: evidence is about one of its items, not the section.
    case section(word: String, section: SectionID, items: [ItemID], instrument: InstrumentID)
    /// An item where an indicator was asked for.
    case notAnIndicator(word: String, item: ItemID, indicators: [IndicatorID])
    /// No item or indicator; with the ids the word comes closest to, and the item whose id
    /// the word starts with (`1z`: item 1), whose indicators the hint lists.
    case unknown(word: String, suggestions: [String], stem: Item?, instrument: InstrumentID)

    public var description: String {
        switch self {
        case .section(let word, let section, let items, let instrument):
            "'\(word.escapedForTerminal)' names section \(section.rawValue.escapedForTerminal) of \(instrument), not an item or "
                + "an indicator; name one of its items (\(Self.list(items.map(\.rawValue))))"
        case .notAnIndicator(let word, let item, let indicators):
            "'\(word.escapedForTerminal)' is item \(item.rawValue.escapedForTerminal), not an indicator"
                + (indicators.isEmpty ? "; it has no indicators" : "; its indicators are \(Self.list(indicators.map(\.rawValue)))")
        case .unknown(let word, let suggestions, let stem, let instrument):
            "'\(word.escapedForTerminal)' is neither an item nor an indicator of \(instrument); "
                + Self.hint(suggestions: suggestions, stem: stem, instrument: instrument)
        }
    }

    /// `did you mean 1a?`, else `item 1 has indicators 1a, 1b`, else where the ids are listed.
    private static func hint(suggestions: [String], stem: Item?, instrument: InstrumentID) -> String {
        if !suggestions.isEmpty { return "did you mean \(suggestions.map(\.escapedForTerminal).joined(separator: " or "))?" }
        if let stem, !stem.indicators.isEmpty {
            return "item \(stem.id.rawValue.escapedForTerminal) has indicators \(list(stem.indicators.map(\.id.rawValue)))"
        }
        return "'spiegel instrument show \(instrument)' lists them"
    }

    private static func list(_ ids: [String]) -> String {
        let shown = ids.prefix(8).map(\.escapedForTerminal).joined(separator: ", ")
        return ids.count > 8 ? shown + ", …" : shown
    }
}
