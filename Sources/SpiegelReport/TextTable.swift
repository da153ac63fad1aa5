import SpiegelCore

/// A plain-text table for the terminal: columns padded to their widest cell, numbers aligned
/// right, and one flexible column (the item text) cut with `…` so the table fits the width.
struct TextTable {
    struct Column {
        var heading: String
        var alignRight: Bool
        /// Whether this column gives up width when the table is too wide.
        var isFlexible: Bool

        static func text(_ heading: String, flexible: Bool = false) -> Column {
            Column(heading: heading, alignRight: false, isFlexible: flexible)
        }

        static func number(_ heading: String) -> Column { Column(heading: heading, alignRight: true, isFlexible: false) }
    }

    /// A row's cells, and a marker that styles the whole row (`!` flagged rows on a terminal).
    struct Row {
        var cells: [String]
        var isEmphasised: Bool = false
        /// A rule across the table before this row.
        var ruleBefore: Bool = false
    }

    var columns: [Column]
    var rows: [Row] = []
    /// Spaces between columns.
    var gap = 2

    /// A table with these columns; their headings are escaped for the terminal.
    init(_ columns: [Column], gap: Int = 2) {
        self.columns = columns.map { Column(heading: $0.heading.escapedForTerminal, alignRight: $0.alignRight, isFlexible: $0.isFlexible) }
        self.gap = gap
    }

    /// Adds a row; its cells are escaped for the terminal (they may hold what a user typed).
    mutating func append(_ cells: [String], emphasised: Bool = false, ruleBefore: Bool = false) {
        rows.append(Row(cells: cells.map(\.escapedForTerminal), isEmphasised: emphasised, ruleBefore: ruleBefore))
    }

    /// The table's lines, at most `width` characters wide when the flexible column can shrink
    /// enough (never below 12 characters); `style` wraps emphasised rows (colour on a terminal).
    func lines(width: Int = 80, style: TextStyle = .plain) -> [String] {
        var widths = columns.indices.map { index in
            ([columns[index].heading] + rows.map { $0.cells[index] }).map(\.count).max() ?? 0
        }
        let gaps = max(0, columns.count - 1) * gap
        let total = widths.reduce(0, +) + gaps
        if total > width, let flexible = columns.firstIndex(where: \.isFlexible) {
            widths[flexible] = max(12, widths[flexible] - (total - width))
        }
        let heading = render(columns.map(\.heading), widths: widths)
        var lines = [style.bold(heading), String(repeating: "-", count: min(width, widths.reduce(0, +) + gaps))]
        for row in rows {
            if row.ruleBefore { lines.append(String(repeating: "-", count: min(width, widths.reduce(0, +) + gaps))) }
            let line = render(row.cells, widths: widths)
            lines.append(row.isEmphasised ? style.emphasis(line) : line)
        }
        return lines
    }

    private func render(_ cells: [String], widths: [Int]) -> String {
        let padded = cells.indices.map { index in
            let cell = Self.fit(cells[index], widths[index])
            let padding = String(repeating: " ", count: widths[index] - cell.count)
            return columns[index].alignRight ? padding + cell : cell + padding
        }
        var line = padded.joined(separator: String(repeating: " ", count: gap))
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// The text cut to `width` characters, ending in `…` when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        return String(text.prefix(max(0, width - 1))) + "…"
    }
}

/// How text output is styled: plain, or with ANSI colour when it goes to a terminal.
public struct TextStyle: Sendable {
    public let usesColour: Bool

    public static let plain = TextStyle(usesColour: false)
    public static let colour = TextStyle(usesColour: true)

    public init(usesColour: Bool) { self.usesColour = usesColour }

    /// The only control sequences styled text holds: bold, yellow, and back to plain (ANSI SGR).
    /// They change how text looks, never where it goes; the terminal writer lets exactly these through.
    public static let sequences = (bold: "\u{1B}[1m", yellow: "\u{1B}[33m", plain: "\u{1B}[0m")

    /// A heading: bold on a terminal; the text is escaped for the terminal either way.
    func bold(_ text: String) -> String {
        usesColour ? Self.sequences.bold + text.escapedForTerminal + Self.sequences.plain : text.escapedForTerminal
    }

    /// Flagged rows: yellow on a terminal; the text is escaped for the terminal either way.
    func emphasis(_ text: String) -> String {
        usesColour ? Self.sequences.yellow + text.escapedForTerminal + Self.sequences.plain : text.escapedForTerminal
    }
}

/// Lines of text wrapped at a width, for sentences under a table.
enum TextWrap {
    /// The text in lines of at most `width` characters where its words allow, continuation
    /// lines indented two more; escaped for the terminal (it may hold what a user typed).
    static func wrap(_ text: String, width: Int = 80, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.escapedForTerminal.split(separator: " ") {
            if line.count > indent.count && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent + "  "
            }
            line += (line.count > indent.count && !line.hasSuffix("  ") ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }
}
