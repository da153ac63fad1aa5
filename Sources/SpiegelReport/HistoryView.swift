import SpiegelCore

/// The view model of `spiegel history`: a coach's section means per role, session by session
/// in date order, the same per coach–jongere pair, and each role's change from the first to
/// the last session.
///
/// ``charts`` hold the geometry of the line charts `history.html` draws; they are left out of
/// the JSON (which carries the numbers, not their layout) but a `--template` can use them.
public struct HistoryView: Sendable, Encodable {
    /// The language of the chrome (`nl`, `en`).
    public let language: ReportLanguage
    /// The chrome in that language, by ``ReportLabel`` key: `{{labels.developmentOf}}`.
    public let labels: [String: String]
    public let instrument: InstrumentInfo
    public let coach: String
    /// The header field that names the coach, and the one that names the pair (empty if none).
    public let coachField: String
    public let pairField: String
    public let sections: [SectionHead]
    public let entries: [EntryView]
    public let pairs: [PairView]
    /// Per role: the overall mean in its first and its last session, and the change.
    public let trends: [TrendView]
    public let skippedOtherInstrument: Int
    /// Whether sessions were left out because of another instrument version.
    public let hasSkipped: Bool
    /// How many sessions the history holds.
    public let sessionCount: Int
    public let hasEntries: Bool
    public let hasPairs: Bool
    /// For templates (not in JSON): one line chart per section and one of the overall mean,
    /// each role's mean per session on the y range of the instrument's scale (see ``LineChart``).
    public let charts: [LineChart]

    enum CodingKeys: String, CodingKey {
        case language, labels, instrument, coach, coachField, pairField, sections, entries, pairs, trends, skippedOtherInstrument,
            hasSkipped,
            sessionCount, hasEntries, hasPairs
    }

    public struct SectionHead: Sendable, Encodable {
        public let id: String
        /// The section's number (`I`), or its id when the form prints none.
        public let number: String
        public let title: String
    }

    /// One session: one row per role that rated it.
    public struct EntryView: Sendable, Encodable {
        public let session: Int64
        public let date: String
        public let pair: String
        public let roles: [RoleRow]
    }

    /// One role's means in one session.
    public struct RoleRow: Sendable, Encodable {
        public let role: String
        /// The role as the report names it in its language (`zelf`, `observator`).
        public let roleName: String
        /// The raters' codes, comma-separated.
        public let raters: String
        /// One mean per section, in form order.
        public let sections: [ReportNumber]
        public let overall: ReportNumber
    }

    public struct PairView: Sendable, Encodable {
        /// The pair's code; `(none)` for sessions without one.
        public let code: String
        public let entries: [EntryView]
    }

    public struct TrendView: Sendable, Encodable {
        public let role: String
        /// The role as the report names it in its language.
        public let roleName: String
        public let sessions: Int
        /// `2 sessies`, `1 sessie` (in the report's language).
        public let sessionsText: String
        public let first: ReportNumber
        public let last: ReportNumber
        public let change: ReportNumber
    }
}

extension HistoryView {
    /// The view of `history`, its chrome in `language` (default: the instrument's).
    public init(
        _ history: DevelopmentHistory, instrument: Instrument, coachField: FieldID, pairField: FieldID?, language: ReportLanguage? = nil
    ) {
        let language = ReportLanguage(language, for: instrument)
        self.language = language
        labels = language.labels
        self.instrument = InstrumentInfo(instrument)
        coach = history.coach
        self.coachField = coachField.rawValue
        self.pairField = pairField?.rawValue ?? ""
        sections = instrument.sections.map {
            SectionHead(id: $0.id.rawValue, number: $0.number ?? $0.id.rawValue, title: $0.title.original)
        }
        let name = { (role: RoleID) in language.roleName(role, in: instrument) }
        entries = history.entries.map { Self.entry($0, roleName: name) }
        pairs = history.pairs.map { pair in
            PairView(code: pair.code ?? "(\(language.text(.none)))", entries: pair.entries.map { Self.entry($0, roleName: name) })
        }
        trends = Self.trends(history, roleName: name, language: language)
        skippedOtherInstrument = history.skippedOtherInstrument
        hasSkipped = history.skippedOtherInstrument > 0
        sessionCount = history.entries.count
        hasEntries = !history.entries.isEmpty
        hasPairs = !history.pairs.isEmpty
        charts = Self.charts(entries, sections: sections, instrument: instrument, language: language)
    }

    private static func entry(_ entry: DevelopmentHistory.Entry, roleName: (RoleID) -> String) -> EntryView {
        EntryView(
            session: entry.session.rawValue, date: entry.date, pair: entry.pair ?? "",
            roles: entry.roles.map { scores in
                RoleRow(
                    role: scores.role.rawValue, roleName: roleName(scores.role),
                    raters: scores.raters.map(\.rawValue).joined(separator: ","),
                    sections: scores.sections.map { .mean($0.mean) }, overall: .mean(scores.overall))
            })
    }

    /// Each role's first and last overall mean among the sessions where it has one.
    /// `1 sessie`, `2 sessies`.
    static func sessionCount(_ count: Int, _ language: ReportLanguage) -> String {
        "\(count) " + (count == 1 ? language.text(.session).lowercased() : language.text(.sessions))
    }

    private static func trends(_ history: DevelopmentHistory, roleName: (RoleID) -> String, language: ReportLanguage) -> [TrendView] {
        var order: [RoleID] = []
        var means: [RoleID: [Double]] = [:]
        for entry in history.entries {
            for scores in entry.roles {
                guard let overall = scores.overall else { continue }
                if means[scores.role] == nil { order.append(scores.role) }
                means[scores.role, default: []].append(overall)
            }
        }
        return order.map { role in
            let values = means[role]!
            return TrendView(
                role: role.rawValue, roleName: roleName(role), sessions: values.count,
                sessionsText: sessionCount(values.count, language), first: .mean(values.first), last: .mean(values.last),
                change: .meanDifference(values.last! - values.first!))
        }
    }
}

extension HistoryView {
    /// One CSV row per (session, role, section) and per (session, role) overall; exact values.
    public var table: ResearchExport.Table {
        let columns = ["session", "date", pairField.isEmpty ? "pair" : pairField, "role", "raters", "section", "mean"]
        var rows: [[String]] = []
        for entry in entries {
            for role in entry.roles {
                let prefix = [String(entry.session), entry.date, entry.pair, role.role, role.raters]
                for (section, mean) in zip(sections, role.sections) {
                    rows.append(prefix + [section.id, mean.exactText])
                }
                rows.append(prefix + ["overall", role.overall.exactText])
            }
        }
        return ResearchExport.Table(columns: columns, rows: rows)
    }

    /// The history in 80 columns: all sessions in date order, then per pair, then the trends.
    public func text(style: TextStyle = .plain, width: Int = 80) -> String {
        let label = language.text
        var lines = TextWrap.wrap(
            "\(label(.developmentOf)) \(coachField) \(coach): \(instrument.title) (\(instrument.id) \(instrument.version))")
        lines += TextWrap.wrap(
            Self.sessionCount(entries.count, language)
                + (skippedOtherInstrument > 0 ? "; \(skippedOtherInstrument) \(label(.sessionsOtherVersionLeftOut))" : ""))
        guard hasEntries else {
            return (lines + TextWrap.wrap("\(label(.noSessionsOf)) \(coach) \(label(.withThisInstrument)).")).joined(separator: "\n") + "\n"
        }
        lines += [""] + table(entries, showPair: !pairField.isEmpty).lines(width: width, style: style)
        for pair in pairs where pairs.count > 1 {
            lines += ["", style.bold("\(pairField) \(pair.code)")] + table(pair.entries, showPair: false).lines(width: width, style: style)
        }
        lines += ["", style.bold(label(.changeFirstToLast))]
        for trend in trends {
            lines += TextWrap.wrap(
                "\(trend.roleName): \(trend.first) → \(trend.last) (\(trend.change)) \(label(.over)) \(trend.sessionsText)",
                width: width, indent: "  ")
        }
        lines +=
            [""]
            + TextWrap.wrap(
                "\(label(.historyNote)) \(label(.sections)): " + sections.map { "\($0.number) = \($0.title)" }.joined(separator: "; ")
                    + ".",
                width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ entries: [EntryView], showPair: Bool) -> TextTable {
        var table = TextTable(
            [.text(language.text(.date).lowercased()), .number(language.text(.session).lowercased())] + (showPair ? [.text(pairField)] : [])
                + [.text(language.text(.role).lowercased(), flexible: true)] + sections.map { .number($0.number) }
                + [.number(language.text(.all).lowercased())])
        for entry in entries {
            for (index, role) in entry.roles.enumerated() {
                let first = index == 0
                table.append(
                    [first ? entry.date : "", first ? String(entry.session) : ""] + (showPair ? [first ? entry.pair : ""] : []) + [
                        role.roleName
                    ]
                        + role.sections.map(\.text) + [role.overall.text])
            }
        }
        return table
    }
}
