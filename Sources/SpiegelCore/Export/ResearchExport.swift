/// The research export: one row per (session, rater, role, item, value) and one per piece of
/// evidence, carrying research codes and never names.
///
/// Of the header, only fields that hold research codes, whole numbers (the conversation
/// number) and dates are exported; free-text fields (such as "Doel gesprek") and codes that
/// are not declared research codes stay out, because they may hold names. A column is filled
/// only from sessions whose own instrument declares the field so, whatever other instruments
/// in the export declare under the same id.
///
/// Without text (`includeText: false`) nothing a person typed in words is exported: no
/// evidence quote and no answer to a text item (such as "Opmerkingen"); the rows of text
/// items are left out.
public struct ResearchExport: Sendable {
    public struct Table: Hashable, Sendable {
        public var columns: [String]
        public var rows: [[String]]

        public init(columns: [String], rows: [[String]]) {
            self.columns = columns
            self.rows = rows
        }
    }

    public let scores: Table
    public let evidence: Table

    /// Builds both tables; `includeText: false` leaves out the quotes and the answers to text items.
    public init(instruments: [ContentHash: Instrument], sessions: [(session: Session, ratings: [Rating])], includeText: Bool = true) {
        let fields = Self.exportedFields(instruments.values.sorted { $0.id < $1.id })
        let sessionColumns =
            ["instrument", "instrument_version", "instrument_hash", "session", "session_uuid", "date"] + fields.map(\.rawValue)
        var scoreRows: [[String]] = []
        var evidenceRows: [[String]] = []
        for (session, ratings) in sessions {
            guard let instrument = instruments[session.instrument.hash] else { continue }
            let own = Set(Self.exportedFields([instrument]))
            let prefix =
                [
                    session.instrument.id.rawValue, session.instrument.version, session.instrument.hash.hex, String(session.id.rawValue),
                    session.uuid, session.date,
                ] + fields.map { own.contains($0) ? session.value(of: $0) ?? "" : "" }
            for rating in ratings {
                scoreRows += Self.scoreRows(rating, instrument: instrument, prefix: prefix, text: includeText)
                evidenceRows += rating.evidence.map { Self.evidenceRow($0, rating: rating, prefix: prefix, text: includeText) }
            }
        }
        scores = Table(
            columns: sessionColumns + ["rater", "role", "section", "item", "kind", "value", "numeric", "not_applicable", "desired"],
            rows: scoreRows)
        evidence = Table(
            columns: sessionColumns + ["rater", "role", "start_ms", "start", "end_ms", "item", "indicator", "valence"]
                + (includeText ? ["text"] : []),
            rows: evidenceRows)
    }

    /// The header fields safe to export or print in a report: research codes, whole numbers and
    /// dates, never free text (which may hold names).
    public static func exportedFields(_ instruments: [Instrument]) -> [FieldID] {
        var seen = Set<FieldID>()
        return instruments.flatMap(\.headerFields)
            .filter { $0.isResearchCode || $0.kind == .integer || $0.kind == .date }
            .map(\.id)
            .filter { seen.insert($0).inserted }
    }

    /// One row per answered item; without `text`, none for text items.
    static func scoreRows(_ rating: Rating, instrument: Instrument, prefix: [String], text: Bool) -> [[String]] {
        instrument.sections.flatMap { section in
            section.items.compactMap { item -> [String]? in
                guard let answer = rating.answer(for: item.id) else { return nil }
                if !text, case .text = item.kind { return nil }
                var desired = ""
                if case .number(_, let wanted?) = answer { desired = Answer.format(wanted) }
                return prefix + [
                    rating.rater.rawValue, rating.role.rawValue, section.id.rawValue, item.id.rawValue, item.kindName, answer.typed,
                    answer.numericValue.map(Answer.format) ?? "", answer.isNotApplicable ? "1" : "0", desired,
                ]
            }
        }
    }

    static func evidenceRow(_ evidence: Evidence, rating: Rating, prefix: [String], text: Bool) -> [String] {
        prefix + [
            rating.rater.rawValue, rating.role.rawValue, String(evidence.start.milliseconds), evidence.start.description,
            evidence.end.map { String($0.milliseconds) } ?? "", evidence.item?.rawValue ?? "", evidence.indicator?.rawValue ?? "",
            evidence.valence.rawValue,
        ] + (text ? [evidence.text] : [])
    }
}

/// A JSON array of table rows written a part at a time: one object per line, keyed by
/// column name, values as strings. Opened, appended to as often as needed, closed.
struct JSONRows: Sendable {
    let indent: String
    private var rowCount = 0

    init(indent: String = "") { self.indent = indent }

    func open(into out: inout [UInt8]) { out.append(91) }

    mutating func append(_ table: ResearchExport.Table, to out: inout [UInt8]) {
        let keys = table.columns.enumerated().map { index, column in
            Array((index == 0 ? "{" : ", ").utf8) + JSONText.string(column) + [58, 32]
        }
        let rowStart = Array(("\n" + indent + "  ").utf8)
        for row in table.rows {
            if rowCount > 0 { out.append(44) }
            out += rowStart
            for (index, field) in row.enumerated() {
                out += keys[index]
                JSONText.append(field, to: &out)
            }
            out.append(125)
            rowCount += 1
        }
    }

    func close(into out: inout [UInt8]) { out += Array((rowCount == 0 ? "]" : "\n" + indent + "]").utf8) }
}

/// JSON string literals, escaped as RFC 8259 requires.
enum JSONText {
    static func string(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        append(text, to: &out)
        return out
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(34)
        for byte in text.utf8 {
            switch byte {
            case 34: out += [92, 34]
            case 92: out += [92, 92]
            case 10: out += [92, 110]
            case 13: out += [92, 114]
            case 9: out += [92, 116]
            case 0..<32: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        out.append(34)
    }
}

extension ResearchExport {
    /// Both tables as one JSON document, `{"evidence": [...], "scores": [...]}`, each row an
    /// object keyed by column name with string values (as in the CSV), for a corpus exported
    /// a part at a time so that no more than one part is in memory: `parts` hands each part's
    /// export to `each`, in order, and is called twice (for the evidence rows, then for the
    /// score rows); the bytes go to `write` as they are made.
    public static func writeJSON(
        parts: (_ each: (ResearchExport) throws -> Void) throws -> Void, to write: ([UInt8]) throws -> Void
    ) throws {
        let indent = "  "
        // `write` is called from within `parts`, never kept.
        try withoutActuallyEscaping(write) { write in
            for (index, table) in [\ResearchExport.evidence, \ResearchExport.scores].enumerated() {
                var rows = JSONRows(indent: indent)
                var out = Array((index == 0 ? "{\n\(indent)\"evidence\": " : ",\n\(indent)\"scores\": ").utf8)
                rows.open(into: &out)
                try write(out)
                try parts { export in
                    var out: [UInt8] = []
                    rows.append(export[keyPath: table], to: &out)
                    try write(out)
                }
                out = []
                rows.close(into: &out)
                try write(out + (index == 1 ? Array("\n}\n".utf8) : []))
            }
        }
    }
}
