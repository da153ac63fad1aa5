import Mustache
import SpiegelCore

/// Markdown text: characters that would end a table cell or start formatting are escaped,
/// line breaks become spaces (a table row is one line), and control and bidi characters are
/// shown as escapes (`\u{202E}`). Quotes and apostrophes stay as typed.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\", "|", "*", "_", "`", "[", "]", "#":
                escaped += "\\"
                escaped.unicodeScalars.append(scalar)
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\n": escaped += " "
            case "\r":
                escaped += " "
                if pending == "\n" { pending = scalars.next() }
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped.escapedForTerminal
    }
}

/// HTML text: `&`, `<`, `>`, `"` and `'` as entities, and the control and bidi characters
/// that could reorder or hide what a rater typed shown as escapes (`\u{202E}`), as on a
/// terminal. Line breaks and tabs are kept (CSS lays them out).
///
/// Spiegel registers it as `HTML`, so `{{% CONTENT_TYPE: HTML}}` and every template without
/// a content type of its own use it.
struct HTMLTextContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.mayNeedEscape) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            case "\r" where pending == "\n":
                // CR LF is one character, which is not a line break of its own: shown as escapes.
                escaped += "\\r\\n"
                pending = scalars.next()
            case " "..."~": escaped.unicodeScalars.append(scalar)
            default: escaped += String(scalar).escapedForTerminal
            }
        }
        return escaped
    }

    /// Whether a UTF-8 byte can start something that is escaped: an entity character, a
    /// control character, or any character outside ASCII (C1 controls and bidi marks are among
    /// them). Text of printable ASCII alone is returned as it is.
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x00...0x1F, 0x7F...: true
        default: false
        }
    }
}
