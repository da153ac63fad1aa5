import Foundation

/// The geometry of one line chart as `history.html` draws it: sessions in date order along
/// x (dates as tick labels), a mean on the scale's range along y, one line with markers per
/// series (role).
///
/// Series differ in dash pattern and marker shape as well as colour, so the chart reads in
/// black and white; each line ends in a text label with its last value, and a legend names
/// them. A session without a value for a series leaves a gap in its line. Coordinates are SVG
/// user units (1 unit ≈ 1 CSS pixel).
public struct LineChart: Sendable, Encodable {
    public let title: String
    /// What the chart shows, in words (the SVG's accessible label).
    public let summary: String
    public let width: Double
    public let height: Double
    public let plotLeft: Double
    public let plotRight: Double
    public let plotTop: Double
    public let plotBottom: Double
    /// One per session; ``XTick/hasLabel`` is false where labels would crowd.
    public let xTicks: [XTick]
    public let yTicks: [YTick]
    public let series: [Series]

    public struct XTick: Sendable, Encodable {
        public let x: Double
        public let hasLabel: Bool
        /// The session's date, and `#id` below it (only when labels are upright).
        public let label: String
        public let sublabel: String
        public let labelY: Double
        public let sublabelY: Double
        /// Labels turn by -45° (anchored at their end) when sessions are close together.
        public let isRotated: Bool
    }

    public struct YTick: Sendable, Encodable {
        public let y: Double
        public let label: String
        public let labelX: Double
    }

    /// One role's line: its style, the pieces between gaps, its markers, its end label and
    /// its legend entry.
    public struct Series: Sendable, Encodable {
        public let name: String
        /// The series' position, from 0.
        public let index: Int
        /// The colour class `l0` … `l3` (series beyond the fourth reuse them, hollow).
        public let style: Int
        /// An SVG `stroke-dasharray` (`none` for a solid line).
        public let dash: String
        /// Whether the markers are filled: the first four series draw them white inside (so
        /// markers on one spot stay visible), those beyond reuse the shapes filled.
        public let isFilled: Bool
        /// The polylines between gaps; a piece of one session is only its marker.
        public let segments: [Segment]
        public let markers: [Marker]
        /// Nil when the series has no value at all.
        public let label: EndLabel?
        public let legend: LegendEntry
    }

    public struct Segment: Sendable, Encodable {
        /// `x,y x,y …` for an SVG `points` attribute.
        public let points: String
        public let count: Int
    }

    public struct Marker: Sendable, Encodable {
        public let x: Double
        public let y: Double
        /// The marker's outline as an SVG path (circle, square, triangle or diamond).
        public let path: String
        /// `2025-10-03 (session 2): self 2.46`.
        public let title: String
    }

    /// The text at the end of a line: beside its last marker (in the right margin when that is
    /// the last session), pushed apart from other labels there, with a short leader when pushed.
    public struct EndLabel: Sendable, Encodable {
        public let text: String
        public let x: Double
        /// The baseline of the text.
        public let y: Double
        public let hasLeader: Bool
        public let leaderX1: Double
        public let leaderY1: Double
        public let leaderX2: Double
        public let leaderY2: Double
    }

    public struct LegendEntry: Sendable, Encodable {
        public let x1: Double
        public let x2: Double
        public let y: Double
        public let marker: String
        public let textX: Double
        public let textY: Double
    }

    /// The input: the sessions (x) and per series one value per session, with its text.
    struct Input {
        let title: String
        let sessions: [(date: String, id: Int64)]
        let series: [(name: String, values: [(value: Double?, text: String)])]
        /// The language of the chart's words (its summary and the markers' titles).
        var language: ReportLanguage = .nl
    }
}

extension LineChart {
    static let width = 880.0
    static let plotLeft = 40.0
    static let plotRight = 740.0
    static let plotTop = 34.0
    static let plotHeight = 180.0
    static let padding = 18.0
    /// How far above its last marker a line that ends before the last session is labelled.
    static let raise = 11.0
    static let fontSize = 11.0
    static let dashes = ["none", "8 4", "2 3", "10 3 2 3"]

    /// A chart of `input` with the y axis `lower … upper` (the scale's range).
    init(_ input: Input, lower: Double, upper: Double) {
        let upper = upper > lower ? upper : lower + 1
        let xs = Self.positions(input.sessions.count)
        let spacing = xs.count > 1 ? xs[1] - xs[0] : .infinity
        let isRotated = spacing < 74
        let every = isRotated ? Int((17 / spacing).rounded(.up)) : 1
        let dateWidth = input.sessions.map { ChartText.width($0.date, fontSize: 10) }.max() ?? 0
        let plotBottom = Self.plotTop + Self.plotHeight
        let y = ChartAxis(lower: lower, upper: upper, start: plotBottom, end: Self.plotTop)
        title = input.title
        summary = "\(input.title): \(input.language.text(.meanPerSessionFor)) " + input.series.map(\.name).joined(separator: ", ")
        width = Self.width
        height = ChartAxis.rounded(plotBottom + (isRotated ? dateWidth * 0.71 + 16 : 34))
        plotLeft = Self.plotLeft
        plotRight = Self.plotRight
        plotTop = Self.plotTop
        self.plotBottom = plotBottom
        xTicks = input.sessions.enumerated().map { index, session in
            XTick(
                x: xs[index], hasLabel: index % every == 0, label: session.date, sublabel: isRotated ? "" : "#\(session.id)",
                labelY: plotBottom + (isRotated ? 10 : 14), sublabelY: plotBottom + 27, isRotated: isRotated)
        }
        yTicks = y.ticks(step: ChartAxis.niceStep(range: upper - lower, count: 4)).map {
            YTick(y: y.position($0), label: ReportNumber.plain($0), labelX: Self.plotLeft - 6)
        }
        let ends = input.series.map { series in
            series.values.lastIndex { $0.value != nil }.map {
                (x: xs[$0], y: y.position(series.values[$0].value!) - ($0 == xs.count - 1 ? 0 : Self.raise))
            }
        }
        let endLabels = Self.endLabelPositions(ends, bottom: plotBottom)
        let radius = min(4, max(2.5, spacing / 5))
        var legendX = 0.0
        series = input.series.enumerated().map { index, entry in
            defer { legendX += 40 + ChartText.width(entry.name, fontSize: Self.fontSize) + 22 }
            return Self.series(
                entry, index: index, xs: xs, y: y, sessions: input.sessions, labelY: endLabels[index], legendX: legendX, radius: radius,
                sessionWord: input.language.text(.session).lowercased())
        }
    }

    /// The sessions' x positions, evenly spaced (one session: in the middle).
    static func positions(_ count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [ChartAxis.rounded((plotLeft + plotRight) / 2)] : [] }
        let step = (plotRight - plotLeft - 2 * padding) / Double(count - 1)
        return (0..<count).map { ChartAxis.rounded(plotLeft + padding + Double($0) * step) }
    }

    private static func series(
        _ entry: (name: String, values: [(value: Double?, text: String)]), index: Int, xs: [Double], y: ChartAxis,
        sessions: [(date: String, id: Int64)], labelY: Double?, legendX: Double, radius: Double, sessionWord: String
    ) -> Series {
        var segments: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        var markers: [Marker] = []
        for (number, point) in entry.values.enumerated() {
            guard let value = point.value else {
                if !current.isEmpty { segments.append(current) }
                current = []
                continue
            }
            let position = (xs[number], y.position(value))
            current.append(position)
            let session = sessions[number]
            markers.append(
                Marker(
                    x: position.0, y: position.1, path: marker(index, x: position.0, y: position.1, r: radius),
                    title: "\(session.date) (\(sessionWord) \(session.id)): \(entry.name) \(point.text)"))
        }
        if !current.isEmpty { segments.append(current) }
        var label: EndLabel?
        if let last = entry.values.lastIndex(where: { $0.value != nil }), let labelY {
            // At the last session the label goes into the right margin; a line that ends earlier
            // is labelled just above its last marker.
            let end = (x: xs[last], y: y.position(entry.values[last].value!))
            let isLast = last == xs.count - 1
            let wanted = isLast ? end.y : end.y - raise
            label = EndLabel(
                text: "\(entry.name) \(entry.values[last].text)", x: end.x + (isLast ? 12 : 6), y: labelY + 4,
                hasLeader: abs(labelY - wanted) > 3, leaderX1: isLast ? end.x + radius + 1 : end.x,
                leaderY1: isLast ? end.y : end.y - radius - 1, leaderX2: end.x + (isLast ? 10 : 5), leaderY2: labelY)
        }
        return Series(
            name: entry.name, index: index, style: index % 4, dash: dashes[index % dashes.count], isFilled: index >= 4,
            segments: segments.map { points in
                Segment(points: points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " "), count: points.count)
            }, markers: markers, label: label,
            legend: LegendEntry(
                x1: legendX, x2: legendX + 34, y: 10, marker: marker(index, x: legendX + 17, y: 10, r: 4), textX: legendX + 40, textY: 14))
    }

    /// The end labels' y positions (of their middle): each where it is wanted, labels that end
    /// at the same session pushed apart to 13 units at least, none below `bottom`.
    static func endLabelPositions(_ ends: [(x: Double, y: Double)?], bottom: Double) -> [Double?] {
        var placed = ends.map { $0?.y }
        let groups = Dictionary(grouping: ends.indices.filter { ends[$0] != nil }, by: { ends[$0]!.x })
        for indices in groups.values {
            let order = indices.sorted { (ends[$0]!.y, $0) < (ends[$1]!.y, $1) }
            var previous = -Double.infinity
            for index in order {
                placed[index] = max(ends[index]!.y, previous + 13)
                previous = placed[index]!
            }
            var following = bottom + 13
            for index in order.reversed() {
                placed[index] = ChartAxis.rounded(min(placed[index]!, following - 13))
                following = placed[index]!
            }
        }
        return placed
    }

    /// A marker of the shape for series `index`, centred on (x, y): circle, square, triangle, diamond.
    static func marker(_ index: Int, x: Double, y: Double, r: Double) -> String {
        let shape: [(Double, Double)]
        switch index % 4 {
        case 0:
            let (left, radius, across) = (number(x - r), number(r), number(2 * r))
            return "M\(left),\(number(y))a\(radius),\(radius) 0 1,0 \(across),0a\(radius),\(radius) 0 1,0 -\(across),0Z"
        case 1: shape = [(-r, -r), (r, -r), (r, r), (-r, r)]
        case 2: shape = [(0, -r * 1.25), (r * 1.2, r * 0.85), (-r * 1.2, r * 0.85)]
        default: shape = [(0, -r * 1.35), (r * 1.35, 0), (0, r * 1.35), (-r * 1.35, 0)]
        }
        return "M" + shape.map { "\(number(x + $0.0)),\(number(y + $0.1))" }.joined(separator: "L") + "Z"
    }

    /// A coordinate as SVG text: `12`, `12.5`.
    static func number(_ value: Double) -> String { ReportNumber.plain(ChartAxis.rounded(value)) }
}
