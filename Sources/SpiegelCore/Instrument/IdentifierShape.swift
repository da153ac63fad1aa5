/// The form of an id: each run of digits as `9`, each run of letters as `a`, other characters
/// as themselves (`16` → `9`, `1z` → `9a`, `ll10` → `a9`); only for ids with a digit, so that
/// a word of text never has the form of an id made of letters alone.
struct IdentifierShape: Hashable, Sendable {
    let form: String

    init?(_ id: String) {
        guard id.contains(where: \.isNumber), id.count <= 16 else { return nil }
        var form = ""
        for character in id {
            let symbol = Self.symbol(character)
            if form.last != symbol || !(symbol == "9" || symbol == "a") { form.append(symbol) }
        }
        self.form = form
    }

    /// `9` for a digit, `a` for a letter, the character itself otherwise.
    static func symbol(_ character: Character) -> Character {
        character.isNumber ? "9" : character.isLetter ? "a" : character
    }

    /// The lengths of the leading parts of `word` that end where a run of digits or letters
    /// ends (`1a1` → 1, 2): where an id that `word` extends could stop.
    static func runBoundaries(in word: String) -> [Int] {
        let symbols = word.map(symbol)
        return symbols.indices.dropFirst().filter { symbols[$0] != symbols[$0 - 1] }
    }
}
