extension StringProtocol {
    /// The text as it may be printed to a terminal: every character that controls the
    /// terminal or cannot be seen is shown as an escape (`\n`, `\t`, `\u{202E}`), so that what
    /// was typed or imported can neither move the cursor, recolour the screen nor make one
    /// text look like another. Everything else, accented letters and typographic quotes
    /// included, is kept as it is.
    ///
    /// Escaped are the control characters (C0, DEL, C1), the format characters (general
    /// category Cf: bidirectional embeddings, overrides, isolates and marks, zero width space,
    /// joiners, word joiner, soft hyphen, byte order mark, tags), line and paragraph
    /// separators, and the other default-ignorable code points (Hangul fillers, the combining
    /// grapheme joiner); variation selectors, which only choose how the character before them
    /// is drawn, are kept. The escapes are plain ASCII, so escaping twice changes nothing.
    public var escapedForTerminal: String { escaped(keepingLineBreaks: false) }

    /// The text as ``escapedForTerminal`` shows it, except that its line breaks (`\n`) stay
    /// line breaks: for whole blocks of output (a table, a message of several lines) whose
    /// lines the program laid out itself.
    public var escapedForTerminalKeepingLineBreaks: String { escaped(keepingLineBreaks: true) }

    private func escaped(keepingLineBreaks: Bool) -> String {
        let keep: (Unicode.Scalar) -> Bool = { !TerminalEscape.needsEscape($0) || (keepingLineBreaks && $0 == "\n") }
        guard !unicodeScalars.allSatisfy(keep) else { return String(self) }
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if keep(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += TerminalEscape.escape(scalar)
            }
        }
        return out
    }
}

/// Which characters a terminal must not be given as they are, and how each is written instead.
enum TerminalEscape {
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.properties.isDefaultIgnorableCodePoint && !scalar.properties.isVariationSelector
        }
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
