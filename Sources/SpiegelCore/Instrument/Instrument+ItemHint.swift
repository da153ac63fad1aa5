extension Instrument {
    /// Why `word` names none of the instrument's items, as the end of a sentence that starts
    /// "'word' is not an item of ID": it is an indicator, it names a section, it comes close to
    /// an item id (`01`, `1A`), or else the item ids to choose from.
    ///
    /// The one hint for a typed item id wherever an item (not an indicator) is asked for:
    /// `score ITEM=VALUE`, `--clear`, `--strength` and `--work-point` and their removals, and
    /// the strong and work points of a rating file.
    public func hint(forNonItem word: String) -> String {
        let ids = items.map(\.id.rawValue)
        let choices = ": expected one of \(ids.prefix(20).joined(separator: ", "))\(ids.count > 20 ? ", …" : "")"
        do {
            let target = try evidenceTarget(named: word)
            return ": it is an indicator of item \(target.item.rawValue.escapedForTerminal)"
        } catch .section(_, let section, _, _) {
            return ": it names section \(section.rawValue.escapedForTerminal)" + choices
        } catch .unknown(_, let suggestions, _, _) {
            let close = suggestions.filter { item(ItemID($0)) != nil }
            guard !close.isEmpty else { return choices }
            return "; did you mean \(close.map(\.escapedForTerminal).joined(separator: " or "))?"
        } catch {
            return choices
        }
    }
}
