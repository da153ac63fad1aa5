import Foundation
import SpiegelTestSupport
import Testing

/// `agreement --format html` and `history --format html`, run with the built binary on the
/// store of ``EngineCommandTests`` (two School2Care sessions of coach C07, rated by self, the
/// supervisor S01 and, in the first, peers P01 and P02).
@Suite("agreement and history as HTML pages with plots (end to end)")
struct PlotCommandTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    func page(_ name: String) throws -> String {
        try String(contentsOf: folder.appending(path: name), encoding: .utf8)
    }

    func checkSelfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        for forbidden in ["http://", "https://", "<script", "<link", "url("] { #expect(!html.contains(forbidden), "\(forbidden)") }
        #expect(html.components(separatedBy: "<svg").count == html.components(separatedBy: "</svg>").count)
    }

    @Test("agreement --format html -o writes one page with the plots, the tables and the notes")
    func agreement() throws {
        let run = try spiegel("agreement", "--format", "html", "-o", "a.html")
        #expect(run.stdout.isEmpty && run.stderr.contains("wrote a.html"))
        let html = try page("a.html")
        checkSelfContained(html)
        // A plot of the sections and all items, and one per section (School2Care has three).
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 4)
        #expect(html.contains("<figcaption>Onderdelen en alle items</figcaption>"))
        #expect(html.contains(">α ordinaal (Krippendorff)</text>") && html.contains(">κ kwadratisch (Cohen)</text>"))
        // Item 1: self 2, 3 against 3, 3: exact agreement 50%; item 7: one pair left, kappa has no variance.
        #expect(html.contains(">exact 50.0%</text>"))
        #expect(html.contains(">κ quad —a: geen spreiding: alle waarden zijn gelijk</text>"))
        #expect(html.contains("<li>—a: geen spreiding: alle waarden zijn gelijk</li>"))
        #expect(html.contains("<th class=\"num\">ICC(1,1)</th>"))
        let all = try spiegel("agreement", "--all-raters", "--format", "html").stdout
        checkSelfContained(all)
        #expect(!all.contains("κ quad") && all.contains(">α ordinaal (Krippendorff)</text>"))
    }

    @Test("history --coach C07 --format html -o writes one page with a chart per section and overall")
    func history() throws {
        let run = try spiegel("history", "--coach", "C07", "--format", "html", "-o", "h.html")
        #expect(run.stderr.contains("wrote h.html"))
        let html = try page("h.html")
        checkSelfContained(html)
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 4)
        #expect(html.contains("<h1>Ontwikkeling van coach C07</h1>"))
        #expect(html.contains(">2026-09-01</text>") && html.contains(">2026-10-06</text>"))
        #expect(html.contains("<polyline class=\"line l0\""))
        // Peers rated only the first session: a marker and a label, no line.
        #expect(html.contains(">zelf 3.00</text>") && html.contains(">supervisor 3.00</text>") && html.contains(">collega "))
        #expect(html.contains("<li>zelf: 2.00 → 3.00 (+1.00) over 2 sessies</li>"))
        let none = try spiegel("history", "--coach", "C99", "--format", "html").stdout
        checkSelfContained(none)
        #expect(none.contains("Geen sessies van C99 met dit instrument.") && !none.contains("<svg"))
    }
}
