extension StringProtocol {
    /// The text broken at spaces into lines of at most `width` characters, the first line
    /// after `firstIndent` and the others after `indent` (a hanging indent). The spaces
    /// between words on one line are kept as they are (columns stay aligned); those where a
    /// line breaks are dropped. A word longer than a whole line is cut, the only place a
    /// word is broken.
    public func wrapped(width: Int, indent: String = "", firstIndent: String? = nil) -> String {
        var lines: [String] = []
        var line = firstIndent ?? indent
        var lineHasWord = false
        for (spaces, word) in Self.words(self) {
            var word = word
            if lineHasWord, line.count + spaces + word.count > width {
                lines.append(line)
                (line, lineHasWord) = (indent, false)
            }
            if lineHasWord { line += String(repeating: " ", count: spaces) }
            while !lineHasWord, line.count + word.count > width, width > line.count {
                let room = width - line.count
                lines.append(line + word.prefix(room))
                word = word.dropFirst(room)
                line = indent
            }
            line += word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Each word with the number of spaces before it.
    private static func words(_ text: Self) -> [(spaces: Int, word: SubSequence)] {
        var result: [(Int, SubSequence)] = []
        var rest = text[...]
        while !rest.isEmpty {
            let spaces = rest.prefix { $0 == " " }.count
            rest = rest.dropFirst(spaces)
            guard !rest.isEmpty else { break }
            let word = rest.prefix { $0 != " " }
            result.append((spaces, word))
            rest = rest.dropFirst(word.count)
        }
        return result
    }
}
