import Foundation
import SpiegelTestSupport
import Testing

/// The Vlekjesmethode report printed to PDF by headless Chromium, read back with `pdftotext`
/// (Debian package `poppler-utils`): a long remark is printed whole, and each section's
/// "Gemiddelde" row once, not again on every page a table continues on.
@Suite("HTML report printed by headless Chromium", .serialized)
struct BrowserPrintTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]
    static let remark =
        "Ik vond het een goede les. "
        + String(repeating: "De leerlingen werkten rustig samen en de leerkracht liep rond om te helpen. ", count: 14)
        + "Slotwoord-van-de-opmerking."

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try spiegel("session", "create", "kijkwijzer-vlekjesmethode", "leerkracht=L04", "--use")
        let levels = ["l1", "l2", "l3", "l4", "t1", "t2", "t3", "t4", "k1", "k2", "k3", "k4"]
        try spiegel(
            ["score", "--rater", "C01", "--role", "self"] + levels.enumerated().map { "\($1)=\($0 % 3 + 1)" } + ["opm=\(Self.remark)"])
        try spiegel(["score", "--rater", "S01", "--role", "supervisor"] + levels.enumerated().map { "\($1)=\(($0 + 2) % 3 + 1)" })
    }

    @discardableResult
    func spiegel(_ arguments: [String]) throws -> SpiegelBinary.Run {
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
        #expect(run.status == 0, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stderr)")
        return run
    }

    @Test("printed on A4: the remark whole, each section's mean once, the level colours as dots")
    func printed() throws {
        try spiegel(["report", "--format", "html", "-o", "report.html"])
        let pdf = folder.appending(path: "report.pdf")
        _ = try BrowserTests.chromium([
            "--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", folder.appending(path: "report.html").absoluteString,
        ])
        let text = try BrowserTests.run("/usr/bin/pdftotext", [pdf.path, "-"])
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Slotwoord-van-de-opmerking."))
        #expect(words.contains(Self.remark.split(separator: " ").joined(separator: " ")))
        // Three scored sections (leerling, taak, klas) and the text section: one mean row each.
        let html = try String(contentsOf: folder.appending(path: "report.html"), encoding: .utf8)
        let meanRows = html.components(separatedBy: "<td class=\"item\">Gemiddelde</td>").count - 1
        #expect(text.components(separatedBy: "Gemiddelde").count - 1 == meanRows + 1)  // and once in the summary
        #expect(html.contains("<span class=\"dot\" style=\"background: #c0392b\"></span>rood: niet aanwezig"))
    }
}
