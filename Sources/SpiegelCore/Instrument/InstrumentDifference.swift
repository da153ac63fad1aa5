/// What differs between two versions of an instrument, in words: why ratings made with one
/// cannot be compared with ratings made with the other.
public enum InstrumentDifference {
    /// At most `limit` differences, the most structural first.
    public static func describe(_ old: Instrument, _ new: Instrument, limit: Int = 5) -> [String] {
        var differences: [String] = []
        if old.id != new.id { differences.append("instrument id '\(old.id)' against '\(new.id)'") }
        if old.version != new.version { differences.append("version \(old.version) against \(new.version)") }
        let oldItems = Dictionary(old.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newItems = Dictionary(new.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let removed = old.items.map(\.id).filter { newItems[$0] == nil }
        let added = new.items.map(\.id).filter { oldItems[$0] == nil }
        if !removed.isEmpty { differences.append("items only in the first: " + removed.map(\.rawValue).joined(separator: ", ")) }
        if !added.isEmpty { differences.append("items only in the second: " + added.map(\.rawValue).joined(separator: ", ")) }
        for item in old.items {
            guard let other = newItems[item.id], other != item else { continue }
            differences.append("item '\(item.id)' differs (\(itemDifference(item, other)))")
        }
        for scale in old.scales where new.scale(scale.id) != scale {
            differences.append("scale '\(scale.id)' differs")
        }
        if differences.isEmpty && old != new { differences.append("texts, header fields or profiles differ") }
        return Array(differences.prefix(limit))
    }

    private static func itemDifference(_ a: Item, _ b: Item) -> String {
        if a.kindName != b.kindName { return "\(a.kindName) against \(b.kindName)" }
        if a.scaleID != b.scaleID { return "scale \(a.scaleID?.rawValue ?? "none") against \(b.scaleID?.rawValue ?? "none")" }
        if a.prompt != b.prompt { return "text" }
        if a.indicators != b.indicators { return "indicators" }
        return "answers"
    }
}
