extension StringProtocol {
    /// The text as it may be printed to a terminal: control characters (C0, DEL, C1) and the
    /// invisible characters that reorder or hide text (bidirectional embeddings, overrides,
    /// isolates and marks, line and paragraph separators) are shown as escapes (`\n`, `\t`,
    /// `\u{202E}`), so that what was typed or imported can neither move the cursor, recolour
    /// the screen nor make one text look like another. Everything else is kept as it is.
    public var escapedForTerminal: String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return String(self) }
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            guard Self.needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
