/// A code field's `pattern`: a small, safe subset of regular expressions, matched in linear time.
///
/// An instrument comes from anyone, so its patterns may not cost more than a glance: a
/// pattern is a sequence of at most ``maximumLength`` characters made of literals, escapes
/// (`\d`, `\w`, `\.`), `.` and bracket classes (`[A-Z0-9_-]`, `[^ ]`), each optionally followed by
/// one quantifier (`?`, `*`, `+`, `{m}`, `{m,}`, `{m,n}` with bounds up to ``maximumRepetition``).
/// Groups, alternation, backreferences and nested quantifiers are refused, and a leading `^` or
/// trailing `$` is accepted because the pattern always matches the whole value. The matcher
/// walks the value once per atom, so no value can make it backtrack.
public struct CodePattern: Hashable, Sendable, CustomStringConvertible {
    /// The longest pattern an instrument may declare.
    public static let maximumLength = 200
    /// The largest bound of a `{m,n}` repetition.
    public static let maximumRepetition = 64

    /// The pattern as the instrument wrote it.
    public let description: String
    let atoms: [Atom]

    /// The pattern parsed, or an error naming the offending character and its position.
    public init(parsing text: String) throws(CodePatternError) {
        guard text.count <= Self.maximumLength else {
            throw CodePatternError(.tooLong(Self.maximumLength), at: Self.maximumLength)
        }
        var parser = CodePatternParser(text)
        atoms = try parser.atoms()
        guard !atoms.isEmpty else { throw CodePatternError(.empty, at: 0) }
        description = text
    }

    /// Whether `value` as a whole matches the pattern.
    public func matches(_ value: String) -> Bool {
        let characters = Array(value)
        var reachable = Set([0])
        for atom in atoms {
            reachable = Self.positions(after: atom, from: reachable, in: characters)
            if reachable.isEmpty { return false }
        }
        return reachable.contains(characters.count)
    }

    /// Every position one atom can end at, starting from any of `starts`.
    private static func positions(after atom: Atom, from starts: Set<Int>, in characters: [Character]) -> Set<Int> {
        var ends = Set<Int>()
        for start in starts {
            var position = start
            var count = 0
            while true {
                if count >= atom.minimum { ends.insert(position) }
                guard count < atom.maximum, position < characters.count, atom.set.contains(characters[position]) else { break }
                position += 1
                count += 1
            }
        }
        return ends
    }
}

/// Why a code pattern is refused, with the 0-based character offset in the pattern.
public struct CodePatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        case tooLong(Int)
        case empty
        case unsupported(Character)
        case quantifierWithoutAtom(Character)
        case unclosedClass
        case emptyClass
        case badRange(Character, Character)
        case badRepetition(String)
        case repetitionTooLarge(Int)
        case unknownEscape(Character)
        case trailingBackslash
    }

    public let reason: Reason
    /// The character offset in the pattern where the problem starts.
    public let offset: Int

    public init(_ reason: Reason, at offset: Int) {
        (self.reason, self.offset) = (reason, offset)
    }

    public var description: String {
        let position = "at character \(offset + 1)"
        switch reason {
        case .tooLong(let limit): return "longer than \(limit) characters"
        case .empty: return "the pattern is empty, so no code could match it; leave the attribute out for the default"
        case .unsupported(let character):
            return "'\(character)' \(position) is not allowed: a pattern is literals, \\d, \\w, '.' and [classes], "
                + "each with ?, *, + or {m,n}; no groups, alternatives or backreferences"
        case .quantifierWithoutAtom(let character):
            return "'\(character)' \(position) repeats nothing: a quantifier follows one character or class, never another quantifier"
        case .unclosedClass: return "the class '[' \(position) is not closed with ']'"
        case .emptyClass: return "the class \(position) is empty"
        case .badRange(let low, let high): return "the range '\(low)-\(high)' \(position) runs backwards"
        case .badRepetition(let text): return "'{\(text)}' \(position) is not a repetition {m}, {m,} or {m,n} with m ≤ n"
        case .repetitionTooLarge(let limit): return "the repetition \(position) exceeds \(limit); use + or * for longer runs"
        case .unknownEscape(let character): return "'\\\(character)' \(position) is not allowed; use \\d, \\w, \\s or escape a symbol"
        case .trailingBackslash: return "the pattern ends in a lone '\\'"
        }
    }
}
