import Foundation
import SpiegelCore
import SpiegelReport

/// The one way output reaches standard output and standard error.
///
/// Text for people (``print(_:terminator:)``, ``error(_:)``) is ``TerminalText``: its values
/// are escaped where they are put in, and everything is escaped once more on the way out
/// except the line breaks (and the text renderers' bold and yellow), so no control or
/// invisible character reaches the terminal
/// whichever path a text took. Files in a machine format written to standard output
/// (``write(_:)``) are passed byte for byte to a file or pipe, and escaped like text only
/// when standard output is a terminal.
enum Terminal {
    /// Writes `text` and `terminator` to standard output.
    static func print(_ text: TerminalText, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data(shown(text.description + terminator).utf8))
    }

    /// Writes a block the program laid out (a table, a text report) to standard output.
    static func print(lines block: String, terminator: String = "\n") {
        print(TerminalText(lines: block), terminator: terminator)
    }

    /// Writes one message (a line, or a block of lines) to standard error.
    static func error(_ text: TerminalText) {
        FileHandle.standardError.write(Data(shown(text.description + "\n").utf8))
    }

    /// Writes the bytes of a file (CSV, JSON, XML, HTML) to standard output: unchanged to a
    /// file or pipe, with control and invisible characters escaped on a terminal.
    static func write(_ bytes: some Sequence<UInt8>) {
        guard isatty(STDOUT_FILENO) == 1 else { return FileHandle.standardOutput.write(Data(bytes)) }
        FileHandle.standardOutput.write(Data(shown(String(decoding: Array(bytes), as: UTF8.self)).utf8))
    }

    /// The text with everything but its line breaks and the text renderers' own style
    /// sequences (``TextStyle/sequences``: bold, yellow, plain) escaped.
    static func shown(_ text: String) -> String {
        guard text.utf8.contains(0x1B) else { return text.escapedForTerminalKeepingLineBreaks }
        let styles = [TextStyle.sequences.bold, TextStyle.sequences.yellow, TextStyle.sequences.plain]
        var out = ""
        for (index, part) in text.split(separator: "\u{1B}", omittingEmptySubsequences: false).enumerated() {
            let piece = index == 0 ? String(part) : "\u{1B}" + part
            let style = index == 0 ? nil : styles.first { piece.hasPrefix($0) }
            out += (style ?? "") + piece.dropFirst(style?.count ?? 0).escapedForTerminalKeepingLineBreaks
        }
        return out
    }

    /// Rows aligned in columns two spaces apart; the last column is not padded.
    static func table(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
