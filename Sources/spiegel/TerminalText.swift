import SpiegelCore

/// Text on its way to the terminal: what the program wrote is kept as written, every value
/// put into it is escaped whole (``Swift/StringProtocol/escapedForTerminal``), line breaks
/// included, so that a file name, an argument or an imported text can add neither a line nor
/// a control sequence to the output.
///
/// A block the program laid out itself from escaped parts (a table, a report, a message of
/// several lines) goes in with `\(lines: block)`, which keeps its line breaks; the terminal
/// still escapes every other control character in it (``Terminal``). Escaping is idempotent,
/// so a value escaped before it comes in is shown the same.
struct TerminalText: ExpressibleByStringInterpolation, CustomStringConvertible, Sendable {
    /// The text, every value in it escaped.
    let description: String

    init(stringLiteral literal: String) { description = literal }

    init(stringInterpolation: StringInterpolation) { description = stringInterpolation.text }

    /// A block laid out by the program: its line breaks are kept.
    init(lines block: String) { description = block.escapedForTerminalKeepingLineBreaks }

    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var text = ""

        init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity + 16 * interpolationCount) }

        mutating func appendLiteral(_ literal: String) { text += literal }

        /// A value: escaped whole, line breaks included.
        mutating func appendInterpolation(_ value: some Any) { text += String(describing: value).escapedForTerminal }

        /// Text that is already terminal text.
        mutating func appendInterpolation(_ value: TerminalText) { text += value.description }

        /// A block the program laid out: its line breaks are kept, everything else is escaped.
        mutating func appendInterpolation(lines block: String) { text += block.escapedForTerminalKeepingLineBreaks }
    }
}
