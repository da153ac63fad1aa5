import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

/// The plots of `agreement.html` and `history.html`: their geometry, computed in the view
/// models, and the pages the templates make of them.
@Suite("Agreement and history charts")
struct ChartTests {
    let instrument = ReportScenario.instrument

    /// A session of coach C07 on `date`: self and (when given) the supervisor score item 1 with
    /// the first value and every other item with the second.
    func session(_ id: Int64, _ date: String, self selfValues: (Int, Int), supervisor: (Int, Int)?) -> (
        session: Session, ratings: [Rating]
    ) {
        var session = ReportScenario.session
        session.id = SessionID(id)
        session.date = date
        session.header = [HeaderValue(field: "coach", value: "C07"), HeaderValue(field: "jongere", value: "J112")]
        func scores(_ values: (Int, Int)) -> [Score] {
            instrument.items.map { Score(item: $0.id, answer: .level($0.id == "1" ? values.0 : values.1)) }
        }
        var ratings = [Rating(rater: "C07", role: "self", scores: scores(selfValues))]
        if let supervisor { ratings.append(Rating(rater: "S01", role: "supervisor", scores: scores(supervisor))) }
        return (session, ratings)
    }

    /// Three sessions: item 1 is scored 1, 2, 3 by self and 3, 2, 1 by the supervisor (they
    /// disagree: negative coefficients); every other item 2, 2, 3 by both (perfect agreement).
    var disagreeing: [(session: Session, ratings: [Rating])] {
        [
            session(1, "2026-01-10", self: (1, 2), supervisor: (3, 2)), session(2, "2026-02-10", self: (2, 2), supervisor: (2, 2)),
            session(3, "2026-03-10", self: (3, 3), supervisor: (1, 3)),
        ]
    }

    /// The agreement view of `sessions`, in English (the Dutch words are tested with the view).
    func agreementView(_ sessions: [(session: Session, ratings: [Rating])], language: ReportLanguage = .en) -> AgreementView {
        AgreementView(
            AgreementReport(instrument: instrument, sessions: sessions, selection: .selfAndSupervisor), instrument: instrument,
            language: language)
    }

    func itemChart(_ view: AgreementView, section: String = "I") throws -> AgreementChart {
        let title = try #require(view.itemRows.first { $0.scope == "section" && $0.section == section }?.label)
        return try #require(view.charts.first { $0.title == title })
    }

    @Test("agreement: a value of 1 reaches the right edge, a negative one is drawn left of the zero line")
    func agreementGeometry() throws {
        let view = agreementView(disagreeing)
        #expect(view.charts.map(\.title).first == "Sections and all items")
        #expect(view.charts.count == 1 + instrument.sections.count)
        let chart = try itemChart(view)
        let first = chart.rows[0], second = chart.rows[1]
        #expect(first.label == "1. De coach luistert goed en is geduldig")
        #expect(first.lines.map(\.text).joined(separator: " ") == first.label)
        #expect(first.bars.map(\.name) == ["α ord", "κ quad", "exact"])

        // The axis runs from the lowest value rounded down to a tick, through 0, to 1.
        let lowest = try #require(chart.ticks.first?.label)
        let lower = try #require(Double(lowest))
        #expect(lower < 0 && chart.ticks.last?.label == "1")
        #expect(chart.ticks.first?.x == chart.plotLeft && chart.ticks.last?.x == chart.plotRight)
        let zero = try #require(chart.ticks.first { $0.isZero })
        #expect(zero.x == chart.zeroX)
        let expectedZero = chart.plotLeft + (0 - lower) / (1 - lower) * (chart.plotRight - chart.plotLeft)
        #expect(abs(chart.zeroX - expectedZero) < 0.1)

        // Item 1: self 1, 2, 3 against 3, 2, 1: kappa -1, alpha below 0, one session of three equal.
        let kappa = first.bars[1]
        #expect(kappa.hasValue && kappa.text == "κ quad -1.000")
        #expect(kappa.x < chart.zeroX && abs(kappa.x + kappa.width - chart.zeroX) < 0.11)
        #expect(abs(kappa.x - (chart.plotLeft + (-1 - lower) / (1 - lower) * (chart.plotRight - chart.plotLeft))) < 0.11)
        #expect(first.bars[0].hasValue && first.bars[0].x < chart.zeroX && first.bars[0].text.hasPrefix("α ord -"))
        #expect(first.bars[2].text == "exact 33.3%" && first.bars[2].x == chart.zeroX)
        // Item 2: perfect agreement: every bar runs from 0 to the right edge.
        for bar in second.bars {
            #expect(bar.hasValue && bar.x == chart.zeroX && abs(bar.x + bar.width - chart.plotRight) < 0.11, "\(bar.text)")
            #expect(bar.textX > chart.plotRight)
        }
        #expect(second.bars.map(\.text) == ["α ord 1.000", "κ quad 1.000", "exact 100.0%"])
        // The bars of a row lie one under the other, inside the chart.
        #expect(zip(first.bars, first.bars.dropFirst()).allSatisfy { $0.y + $0.height <= $1.y })
        #expect(chart.rows.allSatisfy { $0.bars.allSatisfy { $0.y > chart.gridTop && $0.y + $0.height < chart.gridBottom } })
        #expect(chart.gridBottom < chart.height)
    }

    @Test("agreement: without negative values 0 is the left edge; an undefined figure is a labelled gap")
    func agreementGaps() throws {
        // One session: all values equal, so kappa and alpha do not exist; exact agreement is 100%.
        let view = agreementView([session(1, "2026-01-10", self: (2, 2), supervisor: (2, 2))])
        let chart = try itemChart(view)
        #expect(chart.zeroX == chart.plotLeft && chart.ticks.first?.label == "0")
        let bars = chart.rows[0].bars
        #expect(!bars[0].hasValue && bars[0].width == 0 && bars[0].text == "α ord —a: no variance: all values equal")
        #expect(!bars[1].hasValue && bars[1].text == "κ quad —a: no variance: all values equal")
        #expect(bars[1].textX == chart.zeroX + 4)
        #expect(bars[2].hasValue && bars[2].x + bars[2].width == chart.plotRight)
        #expect(view.notes.first?.mark == "a" && view.notes.first?.reason == "no variance: all values equal")
    }

    @Test("agreement of all raters: alpha only, one bar per row")
    func agreementAllRaters() {
        let view = AgreementView(
            AgreementReport(instrument: instrument, sessions: disagreeing, selection: .allRaters), instrument: instrument,
            language: .en)
        #expect(view.charts.allSatisfy { $0.legend.map(\.name) == ["α ordinal (Krippendorff)"] })
        #expect(view.charts.allSatisfy { $0.rows.allSatisfy { $0.bars.count == 1 } })
    }

    @Test("history: y runs over the scale's range, a role missing in a session leaves a gap, lines end in a label")
    func historyGeometry() throws {
        // The supervisor did not rate the second session.
        var sessions = disagreeing
        sessions[1].ratings.removeAll { $0.role == "supervisor" }
        let history = DevelopmentHistory(instrument: instrument, sessions: sessions, coach: "C07")
        let view = HistoryView(history, instrument: instrument, coachField: "coach", pairField: "jongere")
        #expect(view.charts.count == instrument.sections.count + 1)
        #expect(view.charts.last?.title == "Alle items (gemiddelde over alles)")
        let chart = try #require(view.charts.first)
        #expect(chart.title.hasPrefix("I. "))
        // School2Care's scale runs from 1 to 3.
        #expect(chart.yTicks.first?.label == "1" && chart.yTicks.last?.label == "3")
        #expect(chart.yTicks.first?.y == chart.plotBottom && chart.yTicks.last?.y == chart.plotTop)
        #expect(chart.xTicks.map(\.label) == ["2026-01-10", "2026-02-10", "2026-03-10"])
        #expect(chart.xTicks.map(\.sublabel) == ["#1", "#2", "#3"])
        #expect(zip(chart.xTicks, chart.xTicks.dropFirst()).allSatisfy { $0.x < $1.x })

        #expect(chart.series.map(\.name) == ["zelf", "supervisor"])
        let me = chart.series[0], supervisor = chart.series[1]
        #expect(me.segments.count == 1 && me.segments[0].count == 3 && me.markers.count == 3)
        #expect(supervisor.segments.map(\.count) == [1, 1] && supervisor.markers.count == 2)
        #expect(supervisor.markers.map(\.x) == [chart.xTicks[0].x, chart.xTicks[2].x])
        // Self's mean in section I in the last session: item 1 = 3, the others 3.
        let last = try #require(me.markers.last)
        #expect(last.y == chart.plotTop && last.title == "2026-03-10 (sessie 3): zelf 3.00")
        #expect(me.label?.text == "zelf 3.00" && (me.label?.x ?? 0) > last.x)
        // Both end at 3.00: their labels are pushed apart.
        let labels = chart.series.compactMap(\.label?.y)
        #expect(labels.count == 2 && abs(labels[0] - labels[1]) >= 13)
        // Told apart without colour: dash pattern and marker shape differ.
        #expect(me.dash != supervisor.dash)
        #expect(me.markers[0].path.contains("a") && !supervisor.markers[0].path.contains("a"))
        #expect(me.legend.textX < supervisor.legend.x1)
    }

    @Test("history: a line that ends early is labelled above its last marker; labels stay above the x axis")
    func historyEndLabels() throws {
        let sessions = [
            session(1, "2026-01-10", self: (1, 1), supervisor: (2, 2)), session(2, "2026-02-10", self: (1, 1), supervisor: nil),
        ]
        let view = HistoryView(
            DevelopmentHistory(instrument: instrument, sessions: sessions, coach: "C07"), instrument: instrument, coachField: "coach",
            pairField: "jongere")
        let chart = try #require(view.charts.first)
        let supervisor = try #require(chart.series.first { $0.name == "supervisor" })
        let marker = try #require(supervisor.markers.last)
        let label = try #require(supervisor.label)
        #expect(marker.x == chart.xTicks[0].x && label.text == "supervisor 2.00")
        #expect(label.y < marker.y && label.x > marker.x && label.x < chart.xTicks[1].x)
        // Self ends at the scale's lowest value, on the x axis: its label is not pushed below it.
        let me = try #require(chart.series.first?.label)
        #expect(me.y <= chart.plotBottom + 4)

        let both = HistoryView(
            DevelopmentHistory(
                instrument: instrument, sessions: [session(1, "2026-01-10", self: (1, 1), supervisor: (1, 1))], coach: "C07"),
            instrument: instrument, coachField: "coach", pairField: "jongere")
        let labels = both.charts[0].series.compactMap(\.label)
        #expect(labels.count == 2 && labels.allSatisfy { $0.y <= both.charts[0].plotBottom + 4 })
        #expect(abs(labels[0].y - labels[1].y) >= 13 && labels.contains { $0.hasLeader })
    }

    @Test("history: many sessions turn the date labels; no session means no chart")
    func historyCrowded() {
        let sessions = (0..<60).map { (index: Int) -> (session: Session, ratings: [Rating]) in
            let date = String(format: "2026-%02d-%02d", 1 + index / 20, 1 + index % 20)
            return session(Int64(index + 1), date, self: (2, 2), supervisor: (3, 3))
        }
        let view = HistoryView(
            DevelopmentHistory(instrument: instrument, sessions: sessions, coach: "C07"), instrument: instrument, coachField: "coach",
            pairField: "jongere")
        let chart = view.charts[0]
        #expect(chart.xTicks.count == 60 && chart.xTicks.allSatisfy { $0.isRotated })
        #expect(chart.xTicks[0].hasLabel && chart.xTicks.contains { !$0.hasLabel })
        #expect(chart.height > chart.plotBottom + 50)
        let empty = HistoryView(
            DevelopmentHistory(instrument: instrument, sessions: sessions, coach: "C99"), instrument: instrument, coachField: "coach",
            pairField: "jongere")
        #expect(empty.charts.isEmpty)
    }

    @Test("the charts stay out of the JSON")
    func json() throws {
        let agreement = String(decoding: try JSONEncoder().encode(agreementView(disagreeing)), as: UTF8.self)
        let history = HistoryView(
            DevelopmentHistory(instrument: instrument, sessions: disagreeing, coach: "C07"), instrument: instrument, coachField: "coach",
            pairField: "jongere")
        let historyJSON = String(decoding: try JSONEncoder().encode(history), as: UTF8.self)
        for json in [agreement, historyJSON] { #expect(!json.contains("charts") && !json.contains("zeroX") && !json.contains("plotLeft")) }
        #expect(agreement.contains("\"notes\"") && historyJSON.contains("\"hasPairs\""))
    }
}

extension ChartTests {
    static func checkSelfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["http://", "https://", "<script", "<link", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.components(separatedBy: "<svg").count == html.components(separatedBy: "</svg>").count)
        #expect(html.components(separatedBy: "<figure").count == html.components(separatedBy: "</figure>").count)
        #expect(html.contains("<style>") && html.contains("@page { size: A4"))
    }

    @Test("agreement.html: one self-contained page with the tables, the plots and the notes")
    func agreementPage() throws {
        let view = agreementView(disagreeing, language: .nl)
        let html = try ReportTemplates(folder: ReportScenario.templates).render(view, template: "agreement.html")
        Self.checkSelfContained(html)
        #expect(html.components(separatedBy: "<svg").count - 1 == view.charts.count)
        #expect(html.contains("<h1>Overeenstemming, zelf vs supervisor</h1>"))
        #expect(html.contains("κ quad -1.000") && html.contains("exact 100.0%") && html.contains("α ordinaal (Krippendorff)"))
        #expect(html.contains("<text class=\"row-label\"><tspan x="))
        #expect(html.contains("<th class=\"num\">κ kwadratisch</th>") && html.contains("<th class=\"num\">ICC(2,1)</th>"))
        #expect(html.contains("<td>1. De coach luistert goed en is geduldig</td><td class=\"num\">3</td><td class=\"num\">33.3%</td>"))
        #expect(html.contains("Paarbare waarden (Krippendorffs n)"))

        let single = agreementView([session(1, "2026-01-10", self: (2, 2), supervisor: (2, 2))], language: .nl)
        let gaps = try ReportTemplates(folder: ReportScenario.templates).render(single, template: "agreement.html")
        Self.checkSelfContained(gaps)
        #expect(gaps.contains("<text class=\"bar-label gap\"") && gaps.contains("<li>—a: geen spreiding: alle waarden zijn gelijk</li>"))
    }

    @Test("history.html: one self-contained page with a chart per section and overall, and the tables")
    func historyPage() throws {
        var sessions = disagreeing
        sessions[1].ratings.removeAll { $0.role == "supervisor" }
        let view = HistoryView(
            DevelopmentHistory(instrument: instrument, sessions: sessions, coach: "C07"), instrument: instrument, coachField: "coach",
            pairField: "jongere")
        let html = try ReportTemplates(folder: ReportScenario.templates).render(view, template: "history.html")
        Self.checkSelfContained(html)
        #expect(html.components(separatedBy: "<svg").count - 1 == instrument.sections.count + 1)
        #expect(html.contains("<h1>Ontwikkeling van coach C07</h1>"))
        #expect(html.contains("<polyline class=\"line l0\"") && html.contains("stroke-dasharray=\"8 4\""))
        #expect(html.contains(">2026-02-10</text>") && html.contains(">zelf 3.00</text>"))
        #expect(html.contains("<figcaption>Alle items (gemiddelde over alles)</figcaption>"))
        #expect(html.contains("<td>2026-01-10</td><td class=\"num\">1</td><td>J112</td><td>zelf</td><td>C07</td>"))
        #expect(html.contains("<li>zelf: 1.93 → 3.00 (+1.07) over 3 sessies</li>"))
    }
}
