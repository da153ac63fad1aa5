import Mustache
import SpiegelCore

/// Markdown text: characters that would end a table cell or start formatting are escaped,
/// line breaks become spaces (a table row is one line), and control and bidi characters are
/// shown as escapes (`\u{202E}`). Quotes and apostrophes stay as typed.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "#": escaped += "\\\(character)"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\n", "\r\n", "\r": escaped += " "
            default: escaped.append(character)
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
        let visible = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).escapedForTerminal }.joined(separator: "\t")
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in visible.joined(separator: "\n") {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
