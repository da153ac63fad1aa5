extension Instrument {
    /// The item or indicator `word` names, exactly as the instrument spells it; otherwise why
    /// not: a section's id or number, an item where an indicator was meant, or no id at all,
    /// with the ids the word comes closest to (`1A`, `01`, `1a1` → `1a`, `1`, `1a`).
    ///
    /// The one reading of a typed item or indicator: `note` (its words, its lines on standard
    /// input and `--item`), `evidence edit --item` and `score` all call it.
    public func evidenceTarget(named word: String) throws(EvidenceTargetError) -> EvidenceTarget {
        if let item = item(ItemID(word)) { return .item(item.id) }
        if let owner = items.first(where: { $0.indicators.contains { $0.id.rawValue == word } }) {
            return .indicator(IndicatorID(word), item: owner.id)
        }
        if let section = section(named: word, ignoringCase: true) {
            throw .section(word: word, section: section.id, items: section.items.map(\.id), instrument: id)
        }
        throw unknownTarget(word)
    }

    /// The first word of a note's text as an item or indicator, or nil when it is the start of
    /// the text: a word that has the form of the instrument's ids, names a section, or comes
    /// close to an id (see ``evidenceTarget(named:)``) is refused rather than kept as text.
    public func evidenceTarget(inText word: String) throws(EvidenceTargetError) -> EvidenceTarget? {
        do {
            return try evidenceTarget(named: word)
        } catch {
            if case .section = error, section(named: word, ignoringCase: false) != nil { throw error }
            guard looksLikeIdentifier(word) else { return nil }
            throw error
        }
    }

    /// The indicator `word` names, with its item; an item, a section or no id is refused.
    public func indicator(named word: String) throws(EvidenceTargetError) -> EvidenceTarget {
        let target = try evidenceTarget(named: word)
        guard target.indicator == nil, let item = item(target.item) else { return target }
        throw .notAnIndicator(word: word, item: item.id, indicators: item.indicators.map(\.id))
    }

    /// The section whose id or printed number is `word`.
    private func section(named word: String, ignoringCase: Bool) -> Section? {
        let same: (String) -> Bool = { ignoringCase ? $0.lowercased() == word.lowercased() : $0 == word }
        return sections.first { same($0.id.rawValue) || $0.number.map(same) ?? false }
    }

    /// Whether `word` could be meant as one of the instrument's ids: it differs from one only in
    /// case or leading zeros, has the form of one (`16`, `1z`), or extends one (`1a1`, `lk4a`).
    func looksLikeIdentifier(_ word: String) -> Bool {
        guard suggestions(for: word).isEmpty else { return true }
        guard let shape = IdentifierShape(word) else { return false }
        return identifierShapes.contains(shape) || (word.allSatisfy { $0.isLetter || $0.isNumber } && extendedID(in: word) != nil)
    }

    /// Every item and indicator id, in form order.
    var targetIDs: [String] { items.flatMap { [$0.id.rawValue] + $0.indicators.map(\.id.rawValue) } }

    /// The forms of the instrument's item and indicator ids that have a digit.
    var identifierShapes: Set<IdentifierShape> { Set(targetIDs.compactMap(IdentifierShape.init)) }

    /// The refusal of a word that names nothing, with what it may have meant.
    private func unknownTarget(_ word: String) -> EvidenceTargetError {
        var suggestions = suggestions(for: word)
        var stem: Item?
        if suggestions.isEmpty, let extended = extendedID(in: word) {
            let rest = word.dropFirst(extended.count)
            // `1z` extends item 1 with a letter: it meant one of item 1's indicators.
            if let item = item(ItemID(extended)), !item.indicators.isEmpty, rest.first?.isLetter == true {
                stem = item
            } else {
                suggestions = [extended]
            }
        }
        return .unknown(word: word, suggestions: suggestions, stem: stem, instrument: id)
    }

    /// The ids that differ from `word` only in case or in leading zeros (`1A`, `01` → `1a`, `1`).
    private func suggestions(for word: String) -> [String] {
        let key = Self.comparable(word)
        return targetIDs.filter { $0 != word && Self.comparable($0) == key }
    }

    /// The longest id that `word` extends by whole runs of digits or letters (`1a1` → `1a`,
    /// `lk4a` → `lk4`, but `16` extends no `1`), compared as ``suggestions(for:)`` compares.
    private func extendedID(in word: String) -> String? {
        let ids = Dictionary(targetIDs.map { (Self.comparable($0), $0) }, uniquingKeysWith: { first, _ in first })
        return IdentifierShape.runBoundaries(in: word).reversed().lazy.compactMap { ids[Self.comparable(String(word.prefix($0)))] }.first
    }

    /// An id as compared with a typed word: lower case, without leading zeros in its numbers.
    private static func comparable(_ id: String) -> String {
        var out = ""
        var digits = ""
        func endNumber() {
            let trimmed = digits.drop { $0 == "0" }
            out += trimmed.isEmpty && !digits.isEmpty ? "0" : trimmed
            digits = ""
        }
        for character in id.lowercased() {
            if character.isNumber {
                digits.append(character)
            } else {
                endNumber()
                out.append(character)
            }
        }
        endNumber()
        return out
    }
}
