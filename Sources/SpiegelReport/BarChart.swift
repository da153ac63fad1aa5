/// The geometry of a horizontal bar chart as an SVG template draws it: one group of bars per
/// item, one bar per rater, a tick per scale level, and a text label on every bar so the chart
/// reads in black and white. Coordinates are SVG user units (1 unit ≈ 1 CSS pixel).
public struct BarChart: Sendable, Encodable {
    public let width: Double
    public let height: Double
    /// Where the value axis starts and ends.
    public let plotLeft: Double
    public let plotRight: Double
    public let ticks: [Tick]
    public let groups: [Group]

    public struct Tick: Sendable, Encodable {
        public let x: Double
        public let label: String
    }

    /// One item: its label and one bar per series.
    public struct Group: Sendable, Encodable {
        public let label: String
        public let labelY: Double
        /// The top of the group, for a separating line.
        public let y: Double
        public let bars: [Bar]
    }

    /// One bar; a missing value has width 0 and says why in its text.
    public struct Bar: Sendable, Encodable {
        public let x: Double
        public let y: Double
        public let width: Double
        public let height: Double
        public let textX: Double
        public let textY: Double
        public let text: String
        /// The series (rater column) index, for a colour class `s0`, `s1`, …
        public let series: Int
        public let hasValue: Bool
        /// The answered level's colour (`#27ae60`) where its scale declares one: the bar is
        /// drawn in it rather than in the rater's colour.
        public let colour: String?
    }
}

extension BarChart {
    /// Layout constants.
    static let barHeight = 12.0
    static let barGap = 3.0
    static let groupGap = 10.0
    static let top = 22.0
    static let labelWidth = 44.0
    static let textRoom = 130.0

    /// A chart of `groups` (label, one value per series) on the axis `0 … maximum`, with a tick
    /// at each of `tickValues`. `seriesNames` label the bars (`self 3`).
    init(
        groups input: [(label: String, values: [(value: Double?, text: String, colour: String?)])], seriesNames: [String],
        tickValues: [Double],
        maximum: Double, width: Double = 640
    ) {
        let plotLeft = Self.labelWidth
        let plotRight = width - Self.textRoom
        let scale = maximum > 0 ? (plotRight - plotLeft) / maximum : 0
        var y = Self.top
        var groups: [Group] = []
        for group in input {
            let top = y
            var bars: [Bar] = []
            for (series, entry) in group.values.enumerated() {
                let length = max(0, min(entry.value ?? 0, maximum)) * scale
                let name = series < seriesNames.count ? seriesNames[series] : ""
                bars.append(
                    Bar(
                        x: plotLeft, y: y, width: entry.value == nil ? 0 : length, height: Self.barHeight,
                        textX: plotLeft + length + 4, textY: y + Self.barHeight - 2, text: "\(name) \(entry.text)", series: series,
                        hasValue: entry.value != nil, colour: entry.colour))
                y += Self.barHeight + Self.barGap
            }
            groups.append(Group(label: group.label, labelY: top + (y - top) / 2 + 4, y: top - Self.groupGap / 2, bars: bars))
            y += Self.groupGap
        }
        self.width = width
        self.height = y + 4
        self.plotLeft = plotLeft
        self.plotRight = plotRight
        self.ticks = tickValues.map { Tick(x: plotLeft + $0 * scale, label: ReportNumber.plain($0)) }
        self.groups = groups
    }
}
