import SpiegelCore

/// The view model of `spiegel agreement`: the engine's ``AgreementReport`` with every figure
/// named (statistic, variant, n and what n counts) and every missing value explained.
///
/// Item, section and overall rows (``itemRows``) carry their figures in this order: percent
/// agreement exact and within-one, Cohen's kappa unweighted, linear and quadratic,
/// Krippendorff's alpha nominal, ordinal and interval. Score rows (``scoreRows``) carry
/// ICC(1,1), ICC(2,1) and ICC(3,1). A figure without a value has a ``FigureView/reason`` and a
/// ``FigureView/mark`` that points to ``notes``.
///
/// ``charts`` hold the geometry of the plots `agreement.html` draws; they are left out of the
/// JSON (which carries the numbers, not their layout) but a `--template` can use them.
public struct AgreementView: Sendable, Encodable {
    /// The language of the chrome (`nl`, `en`); the statistics keep their own names.
    public let language: ReportLanguage
    /// The chrome in that language, by ``ReportLabel`` key: `{{labels.agreement}}`.
    public let labels: [String: String]
    public let instrument: InstrumentInfo
    /// `self vs supervisor`, `rater C1 vs rater S2`, `all raters`.
    public let selection: String
    /// `roles`, `raters` or `all-raters`.
    public let selectionKind: String
    /// Whether two ratings per session are compared (percent agreement and kappa apply).
    public let isPairwise: Bool
    /// What each rater column holds.
    public let raterColumns: [String]
    /// Sessions made with this instrument version.
    public let sessions: Int
    /// The count in words: `1 sessie met deze versie van het instrument`, `2 sessies …`.
    public let sessionsText: String
    /// Sessions left out because they were made with another instrument or version.
    public let skippedOtherInstrument: Int
    /// Whether sessions were left out because of another instrument version.
    public let hasSkipped: Bool
    public let itemRows: [RowView]
    public let scoreRows: [RowView]
    /// One note per distinct reason a figure has no value, marked a, b, c, …
    public let notes: [NoteView]
    /// For templates (not in JSON): the plots of the item rows, first the sections and all
    /// items, then one per section (see ``AgreementChart``).
    public let charts: [AgreementChart]

    enum CodingKeys: String, CodingKey {
        case language, labels, instrument, selection, selectionKind, isPairwise, raterColumns, sessions, sessionsText,
            skippedOtherInstrument,
            hasSkipped,
            itemRows,
            scoreRows, notes
    }

    /// One row: a group of units and its figures.
    public struct RowView: Sendable, Encodable {
        /// `item`, `section`, `overall`, `section-score` or `total-score`.
        public let scope: String
        /// The section's id (empty for overall and total rows).
        public let section: String
        /// The item's id on item rows, else empty.
        public let item: String
        public let label: String
        /// `sessions` or `session-items`.
        public let unitKind: String
        public let units: Int
        /// Whether the row pools several items (section, overall) or is a score row.
        public let isPooled: Bool
        public let figures: [FigureView]
        /// For templates (not in JSON): percent agreement and kappa, in order, and their n.
        public let pairwise: [FigureView]
        public let pairwiseN: Int
        /// For templates (not in JSON): the three alphas, in order, and their n.
        public let alpha: [FigureView]
        public let alphaN: Int

        init(scope: String, section: String, item: String, label: String, unitKind: String, units: Int, figures: [FigureView]) {
            self.scope = scope
            self.section = section
            self.item = item
            self.label = label
            self.unitKind = unitKind
            self.units = units
            self.isPooled = scope != "item"
            self.figures = figures
            pairwise = figures.filter {
                $0.statistic == AgreementStatistic.percentAgreement.rawValue || $0.statistic == AgreementStatistic.cohensKappa.rawValue
            }
            pairwiseN = pairwise.first?.n ?? 0
            alpha = figures.filter { $0.statistic == AgreementStatistic.krippendorffAlpha.rawValue }
            alphaN = alpha.first?.n ?? 0
        }

        enum CodingKeys: String, CodingKey {
            case scope, section, item, label, unitKind, units, isPooled, figures
        }
    }

    /// One figure: a statistic in one variant, its n, and its value or why there is none.
    public struct FigureView: Sendable, Encodable {
        /// `percent agreement`, `Cohen's kappa`, `Krippendorff's alpha`, `intraclass correlation`.
        public let statistic: String
        /// `exact`, `within-one`, `unweighted`, `linear`, `quadratic`, `nominal`, `ordinal`,
        /// `interval`, `ICC(1,1)`, `ICC(2,1)`, `ICC(3,1)`.
        public let variant: String
        public let n: Int
        /// What n counts: `units`, `pairable values` or `targets`; empty when not computed.
        public let countKind: String
        public let value: ReportNumber
        /// Why there is no value (undefined for these data, or not computed for this selection).
        public let reason: String?
        /// The note's mark (`a`) when there is no value, else empty.
        public let mark: String
        /// What a table cell shows: the value, or `—` and the mark.
        public let text: String
    }

    /// A reason some figures have no value.
    public struct NoteView: Sendable, Encodable {
        public let mark: String
        public let reason: String
    }
}

extension AgreementView {
    /// The view of `report`, its chrome in `language` (default: the instrument's).
    public init(_ report: AgreementReport, instrument: Instrument, language: ReportLanguage? = nil) {
        let language = ReportLanguage(language, for: instrument)
        self.language = language
        labels = language.labels
        var marks: [String: String] = [:]
        var notes: [NoteView] = []
        func mark(for reason: String) -> String {
            if let existing = marks[reason] { return existing }
            let letter = Self.letter(notes.count)
            marks[reason] = letter
            notes.append(NoteView(mark: letter, reason: reason))
            return letter
        }
        func figure(_ figure: AgreementFigure) -> FigureView {
            let value = Self.number(figure)
            let reason = language.reason(figure)
            let letter = reason.map(mark) ?? ""
            return FigureView(
                statistic: figure.statistic.rawValue, variant: figure.variant, n: figure.n,
                countKind: figure.result?.countKind.rawValue ?? "",
                value: value, reason: reason, mark: letter, text: reason == nil ? value.text : "—" + letter)
        }
        func row(_ row: AgreementRow) -> RowView {
            let (scope, section, item) = Self.scope(row.scope)
            return RowView(
                scope: scope, section: section, item: item, label: row.label, unitKind: row.unitKind.rawValue, units: row.units,
                figures: row.figures.map(figure))
        }
        self.instrument = InstrumentInfo(instrument)
        selection = language.selection(report.selection, in: instrument)
        switch report.selection.kind {
        case .roles: selectionKind = "roles"
        case .raters: selectionKind = "raters"
        case .allRaters: selectionKind = "all-raters"
        }
        isPairwise = report.selection.isPairwise
        raterColumns = report.columns.map { language.column($0, in: instrument) }
        sessions = report.sessions
        sessionsText = "\(report.sessions) \(language.text(report.sessions == 1 ? .agreementSession : .agreementSessions))"
        skippedOtherInstrument = report.skippedOtherInstrument
        hasSkipped = report.skippedOtherInstrument > 0
        itemRows = report.rows.filter { !$0.isScoreRow }.map(row)
        scoreRows = report.rows.filter(\.isScoreRow).map(row)
        self.notes = notes
        charts = Self.charts(itemRows, isPairwise: isPairwise, language: language)
    }

    private static func number(_ figure: AgreementFigure) -> ReportNumber {
        switch figure.statistic {
        case .percentAgreement: .percentage(figure.value)
        case .cohensKappa, .krippendorffAlpha, .intraclassCorrelation: .coefficient(figure.value)
        }
    }

    private static func scope(_ scope: AgreementRow.Scope) -> (String, String, String) {
        switch scope {
        case .item(let item, let section): ("item", section.rawValue, item.rawValue)
        case .section(let section): ("section", section.rawValue, "")
        case .overall: ("overall", "", "")
        case .sectionScore(let section): ("section-score", section.rawValue, "")
        case .totalScore: ("total-score", "", "")
        }
    }

    /// a, b, …, z, aa, ab, …
    private static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < 26 ? String(letters[index]) : letter(index / 26 - 1) + String(letters[index % 26])
    }
}

extension AgreementView {
    /// Every figure as one long CSV table: one row per (row, statistic, variant), exact values.
    public var table: ResearchExport.Table {
        let columns = [
            "scope", "section", "item", "label", "unit_kind", "units", "statistic", "variant", "n", "count_kind", "value",
            "undefined_reason",
        ]
        let rows = (itemRows + scoreRows).flatMap { row in
            row.figures.map { figure in
                [
                    row.scope, row.section, row.item, row.label, row.unitKind, String(row.units), figure.statistic, figure.variant,
                    String(figure.n), figure.countKind, figure.value.exactText, figure.reason ?? "",
                ]
            }
        }
        return ResearchExport.Table(columns: columns, rows: rows)
    }
}
