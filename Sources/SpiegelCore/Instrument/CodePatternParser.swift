/// One step of a ``CodePattern``: a set of characters repeated between `minimum` and `maximum` times.
struct Atom: Hashable, Sendable {
    var set: CharacterClass
    var minimum = 1
    var maximum = 1
}

/// A set of characters: single characters and ranges, possibly negated.
struct CharacterClass: Hashable, Sendable {
    var ranges: [ClosedRange<Character>] = []
    var isNegated = false

    static let any = CharacterClass(ranges: [], isNegated: true)
    static let digit = CharacterClass(ranges: ["0"..."9"])
    static let word = CharacterClass(ranges: ["a"..."z", "A"..."Z", "0"..."9", "_"..."_"])
    static let space = CharacterClass(ranges: [" "..." ", "\t"..."\t"])

    func contains(_ character: Character) -> Bool {
        ranges.contains { $0.contains(character) } != isNegated
    }
}

/// Reads a pattern text into atoms, refusing anything outside the safe subset.
struct CodePatternParser {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func atoms() throws(CodePatternError) -> [Atom] {
        var atoms: [Atom] = []
        if characters.first == "^" { index = 1 }
        let end =
            characters.count > index && characters.last == "$" && !isEscaped(characters.count - 1) ? characters.count - 1 : characters.count
        while index < end {
            var atom = Atom(set: try set(before: end))
            try quantify(&atom, before: end)
            atoms.append(atom)
        }
        return atoms
    }

    private func isEscaped(_ position: Int) -> Bool {
        var backslashes = 0
        var cursor = position - 1
        while cursor >= 0, characters[cursor] == "\\" { backslashes += 1; cursor -= 1 }
        return backslashes % 2 == 1
    }

    private mutating func set(before end: Int) throws(CodePatternError) -> CharacterClass {
        let character = characters[index]
        index += 1
        switch character {
        case "[": return try bracketClass(before: end)
        case "\\": return try escape(before: end, inClass: false)
        case ".": return .any
        case "?", "*", "+", "{": throw CodePatternError(.quantifierWithoutAtom(character), at: index - 1)
        case "(", ")", "|", "^", "$", "]", "}": throw CodePatternError(.unsupported(character), at: index - 1)
        default: return CharacterClass(ranges: [character...character])
        }
    }

    private mutating func escape(before end: Int, inClass: Bool) throws(CodePatternError) -> CharacterClass {
        guard index < end else { throw CodePatternError(.trailingBackslash, at: index - 1) }
        let character = characters[index]
        index += 1
        switch character {
        case "d": return .digit
        case "w": return .word
        case "s": return .space
        case _ where !character.isLetter && !character.isNumber: return CharacterClass(ranges: [character...character])
        default: throw CodePatternError(.unknownEscape(character), at: index - 2)
        }
    }

    private mutating func bracketClass(before end: Int) throws(CodePatternError) -> CharacterClass {
        let start = index - 1
        var result = CharacterClass()
        if index < end, characters[index] == "^" { result.isNegated = true; index += 1 }
        while index < end, characters[index] != "]" {
            let low = characters[index]
            index += 1
            if low == "\\" {
                result.ranges += try escape(before: end, inClass: true).ranges
                continue
            }
            if low == "[" { throw CodePatternError(.unsupported(low), at: index - 1) }
            guard index + 1 < end, characters[index] == "-", characters[index + 1] != "]" else {
                result.ranges.append(low...low)
                continue
            }
            let high = characters[index + 1]
            guard low <= high else { throw CodePatternError(.badRange(low, high), at: index - 1) }
            result.ranges.append(low...high)
            index += 2
        }
        guard index < end else { throw CodePatternError(.unclosedClass, at: start) }
        index += 1
        guard !result.ranges.isEmpty else { throw CodePatternError(.emptyClass, at: start) }
        return result
    }

    private mutating func quantify(_ atom: inout Atom, before end: Int) throws(CodePatternError) {
        guard index < end else { return }
        switch characters[index] {
        case "?": (atom.minimum, atom.maximum) = (0, 1)
        case "*": (atom.minimum, atom.maximum) = (0, Int.max)
        case "+": (atom.minimum, atom.maximum) = (1, Int.max)
        case "{": try repetition(&atom, before: end)
        default: return
        }
        index += 1
        if index < end, "?*+{".contains(characters[index]) {
            throw CodePatternError(.quantifierWithoutAtom(characters[index]), at: index)
        }
    }

    /// `{m}`, `{m,}` or `{m,n}`; leaves `index` on the closing brace.
    private mutating func repetition(_ atom: inout Atom, before end: Int) throws(CodePatternError) {
        let start = index
        guard let close = characters[start..<end].firstIndex(of: "}") else {
            throw CodePatternError(.badRepetition(String(characters[(start + 1)..<end])), at: start)
        }
        let text = String(characters[(start + 1)..<close])
        let bounds = text.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count), let minimum = Int(bounds[0]),
            minimum >= 0,
            let maximum = bounds.count == 1 ? minimum : (bounds[1].isEmpty ? Int.max : Int(bounds[1])), minimum <= maximum
        else { throw CodePatternError(.badRepetition(text), at: start) }
        let largest = maximum == Int.max ? minimum : maximum
        guard largest <= CodePattern.maximumRepetition else {
            throw CodePatternError(.repetitionTooLarge(CodePattern.maximumRepetition), at: start)
        }
        (atom.minimum, atom.maximum, index) = (minimum, maximum, close)
    }
}
