/// The research export: one row per (session, rater, role, item, value) and one per piece of
/// evidence, carrying research codes and never names.
///
/// Of the header, only fields that hold research codes, whole numbers (the conversation
/// number) and dates are exported; free-text fields (such as "Doel gesprek") and codes that
/// are not declared research codes stay out, because they may hold names.
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

    /// Builds both tables; `includeEvidenceText: false` leaves the quotes out.
    public init(instruments: [ContentHash: Instrument], sessions: [(session: Session, ratings: [Rating])], includeEvidenceText: Bool = true)
    {
        let fields = Self.exportedFields(instruments.values.sorted { $0.id < $1.id })
        let sessionColumns =
            ["instrument", "instrument_version", "instrument_hash", "session", "session_uuid", "date"] + fields.map(\.rawValue)
        var scoreRows: [[String]] = []
        var evidenceRows: [[String]] = []
        for (session, ratings) in sessions {
            guard let instrument = instruments[session.instrument.hash] else { continue }
            let prefix =
                [
                    session.instrument.id.rawValue, session.instrument.version, session.instrument.hash.hex, String(session.id.rawValue),
                    session.uuid, session.date,
                ] + fields.map { session.value(of: $0) ?? "" }
            for rating in ratings {
                scoreRows += Self.scoreRows(rating, instrument: instrument, prefix: prefix)
                evidenceRows += rating.evidence.map { Self.evidenceRow($0, rating: rating, prefix: prefix, text: includeEvidenceText) }
            }
        }
        scores = Table(
            columns: sessionColumns + ["rater", "role", "section", "item", "kind", "value", "numeric", "not_applicable", "desired"],
            rows: scoreRows)
        evidence = Table(
            columns: sessionColumns + ["rater", "role", "start_ms", "start", "end_ms", "item", "indicator", "valence"]
                + (includeEvidenceText ? ["text"] : []),
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

    static func scoreRows(_ rating: Rating, instrument: Instrument, prefix: [String]) -> [[String]] {
        instrument.sections.flatMap { section in
            section.items.compactMap { item -> [String]? in
                guard let answer = rating.answer(for: item.id) else { return nil }
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

extension ResearchExport.Table {
    /// RFC 4180 CSV: a header row, the given delimiter, fields quoted when they hold the
    /// delimiter, a quote or a line break, CRLF line ends (what SPSS, R and Excel expect).
    public func csv(delimiter: Character = ",") -> String {
        ([columns] + rows).map { row in row.map { Self.quoted($0, delimiter) }.joined(separator: String(delimiter)) }
            .joined(separator: "\r\n") + "\r\n"
    }

    static func quoted(_ field: String, _ delimiter: Character) -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The rows as objects keyed by column name.
    public var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }
}
