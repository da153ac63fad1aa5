import Foundation
import SpiegelCore
import SpiegelTestSupport
import Testing

@testable import SpiegelReport

/// The HTML and Markdown escaping of what raters typed, and which templates a report reads.
@Suite("Escaping and template loading")
struct ContentTypeEscapingTests {
    @Test("a quote or bracket followed by a combining mark is still escaped: HTML attributes and Markdown cells stay closed")
    func combiningMarks() {
        let html = HTMLTextContentType().escapeText("\"\u{301} onmouseover=alert(1) x=\"\u{301} <\u{338}b>")
        #expect(!html.contains("\""))
        #expect(!html.contains("<"))
        #expect(html == "&quot;\u{301} onmouseover=alert(1) x=&quot;\u{301} &lt;\u{338}b&gt;")
        let markdown = MarkdownContentType().escapeText("a |\u{301} b #\u{301}")
        #expect(markdown == "a \\|\u{301} b \\#\u{301}")
    }

    @Test("escaping gives what the character-by-character escaping gave, on seeded random texts")
    func sameAsCharacterByCharacter() {
        let pieces = [
            "a", "Z", " ", "é", "ë", "&", "<", ">", "\"", "'", "\\", "|", "*", "#", "\n", "\t", "\r", "\r\n", "\u{1B}", "\u{7F}",
            "\u{85}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{2028}", "😀", "👩‍👧", "z'n", "<b>", "&amp;",
        ]
        var state: UInt64 = 2026
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(Self.next(&state) % 12) { text += pieces[Int(Self.next(&state) % UInt64(pieces.count))] }
            #expect(HTMLTextContentType().escapeText(text) == Self.htmlByCharacter(text), "\(text.debugDescription)")
            #expect(MarkdownContentType().escapeText(text) == Self.markdownByCharacter(text), "\(text.debugDescription)")
        }
        #expect(HTMLTextContentType().escapeText("Zegt gewoon niets") == "Zegt gewoon niets")
    }

    @Test("a report reads only its template and the partials it names; a broken unrelated template does not stop it")
    func onlyNeededTemplates() throws {
        let folder = try Fixtures.temporaryFolder()
        try Data("{{%CONTENT_TYPE: TEXT}}[{{> deel}}]".utf8).write(to: folder.appending(path: "hoofd.mustache"))
        try Data("{{=<% %>=}}<%> kern%>".utf8).write(to: folder.appending(path: "deel.mustache"))
        try Data("{{naam}}".utf8).write(to: folder.appending(path: "kern.mustache"))
        try Data("{{#kapot}}".utf8).write(to: folder.appending(path: "kapot.mustache"))
        let templates = try ReportTemplates(folder: folder)
        #expect(try templates.render(["naam": "Jan"], template: "hoofd") == "[Jan]")
        #expect(throws: TemplateError.self) { try templates.render(["naam": "Jan"], template: "kapot") }
        // A partial named at render time may be any template: all of them are read then.
        let dynamic = folder.appending(path: "eigen.mustache")
        try Data("{{%CONTENT_TYPE: TEXT}}{{>*welk}}".utf8).write(to: dynamic)
        #expect(throws: TemplateError.self) {
            try templates.render(["welk": "kern"], templateBytes: try Fixtures.bytes(of: dynamic), shownAs: "eigen")
        }
        try FileManager.default.removeItem(at: folder.appending(path: "kapot.mustache"))
        let repaired = try ReportTemplates(folder: folder)
        #expect(
            try repaired.render(["welk": "kern", "naam": "Piet"], templateBytes: try Fixtures.bytes(of: dynamic), shownAs: "eigen")
                == "Piet")
    }

    /// The HTML escaping as it was: per character, after showing control characters as escapes.
    static func htmlByCharacter(_ text: String) -> String {
        let visible = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).escapedForTerminal }.joined(separator: "\t")
        }
        var escaped = ""
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

    /// The Markdown escaping as it was, per character.
    static func markdownByCharacter(_ text: String) -> String {
        var escaped = ""
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

    /// SplitMix64.
    static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
