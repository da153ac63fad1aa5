import Foundation
import SpiegelCore

/// What a note says after its time and before its text: `[ITEM|INDICATOR] [+|-|=]`.
///
/// The grammar, for the words of `note` and each line of `note -`:
/// - the word after the time is the item or indicator when it names one; punctuation or a
///   valence glued to it is read apart (`1a:` is `1a`, `1a+` is `1a +`);
/// - then one valence, `+`, `-` or `=`, on its own or glued to the first word of the text
///   (`+x` is a strength "x");
/// - everything after is the text, kept as typed.
///
/// What could mean something else is refused with a hint, never saved as text: a word that
/// looks like an id but names none (``Instrument/evidenceTarget(inText:)``), a doubled valence
/// (`++`), a valence glued to a word that is no id (`Ia+`), and a valence that comes after the
/// first word of the text (`Ia + x`, `1 a + x`). A text that starts so is written after `=`.
struct NoteHead {
    var target: (item: ItemID?, indicator: IndicatorID?)?
    var valence: Valence?
    var text: Substring

    /// Reads the target and valence off the front of `words`; a valence `--valence` gives
    /// (`valenceGiven`) lets the text's own words stand.
    init(_ words: Substring, in instrument: Instrument, valenceGiven: Bool) throws {
        text = words
        if let word = Self.peekWord(text), let (target, glued) = try Self.target(String(word), in: instrument) {
            _ = Self.nextWord(&text)
            self.target = target
            text = glued + text
        }
        if let word = Self.peekWord(text), let (valence, rest) = try Self.valence(word) {
            _ = Self.nextWord(&text)
            self.valence = valence
            text = rest + text
        }
        if valence == nil, !valenceGiven { try refuseLateValence(in: instrument) }
    }

    /// The characters read apart from an id they are glued to.
    private static let punctuation: Set<Character> = [":", ",", ";"]
    private static let valenceSymbols: Set<Character> = ["+", "-", "="]

    /// The word as an item or indicator, with what was glued after it; nil when the word
    /// starts the text.
    private static func target(_ word: String, in instrument: Instrument) throws -> ((ItemID?, IndicatorID?), Substring)? {
        if let whole = try EvidenceInput.typedTarget(word, in: instrument) { return (whole, "") }
        guard let cut = word.firstIndex(where: { punctuation.contains($0) || valenceSymbols.contains($0) }), cut > word.startIndex
        else { return nil }
        let stem = String(word[..<cut])
        let glued = word[cut...].drop { punctuation.contains($0) }
        guard let target = try EvidenceInput.typedTarget(stem, in: instrument) else {
            guard glued.isEmpty || !glued.allSatisfy(valenceSymbols.contains) else {
                let message =
                    "'\(word)': '\(stem)' is not an item or indicator of \(instrument.id), so '\(glued)' cannot be its valence; "
                    + "to start the text with '\(word)', put = before it"
                throw CLIError("\(message)")
            }
            return nil
        }
        return (target, glued)
    }

    /// The valence a word starts with, and the rest of the word; nil when it has none.
    private static func valence(_ word: Substring) throws -> (Valence, Substring)? {
        let symbols = word.prefix(while: valenceSymbols.contains)
        guard let symbol = symbols.first else { return nil }
        guard symbols.count == 1, let valence = Valence(symbol: Substring(String(symbol))) else {
            let message =
                "'\(symbols)' is not a valence: give one of + (strength), - (work point) or = (neutral); "
                + "to start the text with '\(word)', put = before it"
            throw CLIError("\(message)")
        }
        let rest = word.dropFirst()
        // `-5` and `+2` read as numbers as well as a valence glued to one: asked, not guessed.
        if let next = rest.first, next.isNumber || next == "." || next == "," {
            let message =
                "'\(word)' could be a \(Self.noun(valence)) '\(rest)' or the number \(word): write '\(symbol) \(rest)' for a "
                + "\(Self.noun(valence)), or '= \(word)' to start the text with the number"
            throw CLIError("\(message)")
        }
        return (valence, rest)
    }

    private static func noun(_ valence: Valence) -> String {
        switch valence {
        case .strength: "strength"
        case .workPoint: "work point"
        case .neutral: "neutral note"
        }
    }

    /// Refuses a text without a valence whose second word is a valence, or whose first word
    /// ends with one: the valence was meant, after a word that is no item or indicator.
    private func refuseLateValence(in instrument: Instrument) throws {
        var words = text
        guard let first = Self.nextWord(&words) else { return }
        let second = Self.nextWord(&words)
        let late: Substring
        if let second, second.allSatisfy(Self.valenceSymbols.contains) {
            late = second
        } else if let last = first.last, Self.valenceSymbols.contains(last), first.count > 1 {
            late = Substring(String(last))
        } else {
            return
        }
        let stem = first.last.map(Self.valenceSymbols.contains) == true ? String(first.dropLast()) : String(first)
        let message =
            "'\(late)' after '\(stem)' would be a valence, but a valence comes right after the time or the item, and '\(stem)' "
            + "is not an item or indicator of \(instrument.id)\(suggestion(joining: stem, in: instrument)); "
            + "to keep it as text, put = before it (= \(text.trimmingCharacters(in: .whitespaces)))"
        throw CLIError("\(message)")
    }

    /// ` (did you mean 1a?)` when the target and the word typed apart (`1 a`) name one id.
    private func suggestion(joining word: String, in instrument: Instrument) -> String {
        guard let named = target.flatMap({ $0.indicator?.rawValue ?? $0.item?.rawValue }),
            let joined = try? instrument.evidenceTarget(named: named + word)
        else { return "" }
        return " (did you mean \(joined.indicator?.rawValue ?? joined.item.rawValue)?)"
    }

    static func peekWord(_ text: Substring) -> Substring? {
        var copy = text
        return nextWord(&copy)
    }

    /// Takes the next word (up to white space) off the front of `text`.
    static func nextWord(_ text: inout Substring) -> Substring? {
        text = text.drop(while: \.isWhitespace)
        guard !text.isEmpty else { return nil }
        let end = text.firstIndex(where: \.isWhitespace) ?? text.endIndex
        defer { text = text[end...] }
        return text[..<end]
    }
}
