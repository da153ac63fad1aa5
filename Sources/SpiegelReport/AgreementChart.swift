import SpiegelCore

/// The geometry of one agreement plot as `agreement.html` draws it: one row per item (or
/// section, or all items pooled), one horizontal bar per figure, all on one axis from the
/// lowest value (at most 0, rounded down to a tick) to 1, with a zero line and ticks.
///
/// Every bar carries its value as text, so the plot reads in black and white; a figure
/// without a value is a gap with its reason as text (`κ quad —a: no variance: all values
/// equal`). Exact agreement is drawn as a share (1 = 100%). Coordinates are SVG user units
/// (1 unit ≈ 1 CSS pixel).
public struct AgreementChart: Sendable, Encodable {
    public let title: String
    /// What the plot shows, in words (the SVG's accessible label).
    public let summary: String
    public let width: Double
    public let height: Double
    /// Where the axis runs: `plotLeft` is the lowest value, `plotRight` is 1.
    public let plotLeft: Double
    public let plotRight: Double
    /// Where 0 lies (the zero line).
    public let zeroX: Double
    /// The vertical extent of the grid lines, and the baselines of the tick labels above and below.
    public let gridTop: Double
    public let gridBottom: Double
    public let tickLabelTop: Double
    public let tickLabelBottom: Double
    public let ticks: [Tick]
    public let legend: [LegendEntry]
    public let rows: [Row]

    public struct Tick: Sendable, Encodable {
        public let x: Double
        public let label: String
        public let isZero: Bool
    }

    /// A swatch and the series' full name.
    public struct LegendEntry: Sendable, Encodable {
        /// The series index, for the style classes `s0`, `s1`, `s2`.
        public let series: Int
        public let name: String
        public let x: Double
        public let y: Double
        public let textX: Double
        public let textY: Double
    }

    /// One item (or section, or all items): its label, wrapped, and one bar per series.
    public struct Row: Sendable, Encodable {
        public let label: String
        public let isPooled: Bool
        public let lines: [TextLine]
        /// Whether a separating line is drawn above the row (all rows but the first), and where.
        public let hasRule: Bool
        public let ruleY: Double
        public let bars: [Bar]
    }

    public struct TextLine: Sendable, Encodable {
        public let text: String
        public let x: Double
        public let y: Double
    }

    /// One figure. A bar with a value runs from the zero line to the value (leftwards for a
    /// negative value); one without has width 0 and its text says why.
    public struct Bar: Sendable, Encodable {
        public let series: Int
        /// The short name the text starts with: `α ord`, `κ quad`, `exact`.
        public let name: String
        public let hasValue: Bool
        public let x: Double
        public let y: Double
        public let width: Double
        public let height: Double
        /// `α ord 0.446`, `exact 61.4%`, `κ quad —a: no variance: all values equal`.
        public let text: String
        public let textX: Double
        public let textY: Double
    }

    /// A series: which figure of a row it draws, named short (on the bars) and in full (legend).
    struct Series {
        let statistic: AgreementStatistic
        let variant: String
        let short: String
        let name: String
    }

    /// One row's input: its label and, per series, the figure (nil when the row lacks it).
    struct Input {
        let label: String
        let isPooled: Bool
        let figures: [AgreementView.FigureView?]
    }
}

extension AgreementChart {
    static let width = 880.0
    static let plotLeft = 270.0
    static let plotRight = 760.0
    static let labelWidth = 255.0
    static let fontSize = 11.0
    static let lineHeight = 13.0
    static let barHeight = 11.0
    static let barGap = 2.0
    static let rowGap = 9.0
    static let legendTop = 4.0
    static let gridTop = 36.0

    /// The lowest end of the common axis for these values: 0, or the lowest value rounded down
    /// to a tick; and the tick step.
    static func domain(lowest: Double) -> (lower: Double, step: Double) {
        let lowest = min(0, lowest)
        let step = ChartAxis.niceStep(range: 1 - lowest, count: 6)
        return ((lowest / step + 1e-9).rounded(.down) * step, step)
    }

    /// A plot of `input`, one bar per series in each row, on the axis `lower … 1`.
    init(title: String, series: [Series], rows input: [Input], lower: Double, step: Double, language: ReportLanguage) {
        let axis = ChartAxis(lower: lower, upper: 1, start: Self.plotLeft, end: Self.plotRight)
        let zeroX = axis.position(0)
        var y = Self.gridTop + 6
        var rows: [Row] = []
        for (index, row) in input.enumerated() {
            let lines = ChartText.wrap(row.label, width: Self.labelWidth, fontSize: Self.fontSize, maximumLines: 3)
            let barsHeight = Double(series.count) * Self.barHeight + Double(series.count - 1) * Self.barGap
            let height = max(barsHeight, Double(lines.count) * Self.lineHeight)
            let labelTop = y + (height - Double(lines.count) * Self.lineHeight) / 2
            let barsTop = y + (height - barsHeight) / 2
            let bars = series.enumerated().map { number, kind in
                Self.bar(
                    row.figures[number], series: number, short: kind.short, notComputed: language.text(.notComputed), axis: axis,
                    zeroX: zeroX,
                    y: barsTop + Double(number) * (Self.barHeight + Self.barGap))
            }
            rows.append(
                Row(
                    label: row.label, isPooled: row.isPooled,
                    lines: lines.enumerated().map {
                        TextLine(text: $0.element, x: 0, y: ChartAxis.rounded(labelTop + Double($0.offset) * Self.lineHeight + 10))
                    },
                    hasRule: index > 0, ruleY: ChartAxis.rounded(y - Self.rowGap / 2), bars: bars))
            y += height + Self.rowGap
        }
        let gridBottom = ChartAxis.rounded(y - Self.rowGap / 2)
        self.title = title
        summary =
            "\(title): \(language.text(.chartPerRow)), " + series.map(\.name).joined(separator: ", ")
            + " \(language.text(.chartAxis)) \(ReportNumber.plain(lower)) \(language.text(.chartAxisEnd))"
        width = Self.width
        height = gridBottom + 18
        plotLeft = Self.plotLeft
        plotRight = Self.plotRight
        self.zeroX = zeroX
        gridTop = Self.gridTop
        self.gridBottom = gridBottom
        tickLabelTop = Self.gridTop - 4
        tickLabelBottom = gridBottom + 13
        ticks = axis.ticks(step: step).map { Tick(x: axis.position($0), label: ReportNumber.plain($0), isZero: $0 == 0) }
        legend = Self.legend(series)
        self.rows = rows
    }

    private static func bar(
        _ figure: AgreementView.FigureView?, series: Int, short: String, notComputed: String, axis: ChartAxis, zeroX: Double,
        y: Double
    ) -> Bar {
        let y = ChartAxis.rounded(y)
        let textY = ChartAxis.rounded(y + barHeight - 2)
        guard let figure, let value = figure.value.value else {
            let reason = figure.map { "—\($0.mark): \($0.reason ?? "")" } ?? "—: \(notComputed)"
            return Bar(
                series: series, name: short, hasValue: false, x: zeroX, y: y, width: 0, height: barHeight, text: "\(short) \(reason)",
                textX: zeroX + 4, textY: textY)
        }
        let end = axis.position(value)
        return Bar(
            series: series, name: short, hasValue: true, x: min(zeroX, end), y: y, width: ChartAxis.rounded(abs(end - zeroX)),
            height: barHeight, text: "\(short) \(figure.value.text)", textX: ChartAxis.rounded(max(zeroX, end) + 4), textY: textY)
    }

    private static func legend(_ series: [Series]) -> [LegendEntry] {
        var x = 0.0
        return series.enumerated().map { index, kind in
            defer { x += 10 + 5 + ChartText.width(kind.name, fontSize: fontSize) + 18 }
            return LegendEntry(
                series: index, name: kind.name, x: ChartAxis.rounded(x), y: legendTop, textX: ChartAxis.rounded(x + 15),
                textY: legendTop + 9)
        }
    }
}
