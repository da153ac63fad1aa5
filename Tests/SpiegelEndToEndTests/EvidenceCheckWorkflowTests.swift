import Foundation
import SpiegelTestSupport
import Testing

/// The same bad evidence is refused the same way whether it is typed with `note` or arrives in
/// a hand-edited rating file.
@Suite("Evidence is checked the same way on every path (end to end)")
struct EvidenceCheckWorkflowTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder()
        try Data(repeating: 7, count: 50_000).write(to: folder.appending(path: "gesprek.mp4"))
    }

    @discardableResult
    func spiegel(_ store: String, _ arguments: [String], expect status: Int32 = 0) throws -> SpiegelBinary.Run {
        let environment = ["SPIEGEL_STORE": folder.appending(path: store).path, "HOME": folder.path]
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
        #expect(run.status == status, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stdout)\(run.stderr)")
        return run
    }

    /// A session with a 25-minute recording, rated by C07 with one note at 2:10 about indicator 2e, exported.
    func exportedRating() throws -> String {
        try spiegel(
            "coach.sqlite",
            [
                "session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=3", "--date", "2026-11-18", "--use",
                "--video", "gesprek.mp4", "--duration", "25:00",
            ])
        try spiegel("coach.sqlite", ["use", "--rater", "C07", "--role", "self"])
        try spiegel("coach.sqlite", ["note", "2:10", "2e", "+", "Goed gedaan"])
        try spiegel("coach.sqlite", ["rating", "export", "-o", "c07.xml"])
        return try Fixtures.text(of: folder.appending(path: "c07.xml"))
    }

    static let cases: [(note: [String], edit: (of: String, to: String), says: String)] = [
        (["note", "26:00", "+", "na het einde"], (#"start="02:10""#, #"start="26:00""#), "26:00 is past the end of the recording (25:00)"),
        (
            ["note", "12:00", "2e", "x", "--end", "11:00"], (#"start="02:10""#, #"start="12:00" end="11:00""#),
            "the end 11:00 is not after the start 12:00"
        ),
        (
            ["note", "2:10", "--item", "1", "--indicator", "2e", "x"], (#"item="2" indicator="2e""#, #"item="1" indicator="2e""#),
            "indicator '2e' belongs to item '2', not to item '1'"
        ),
    ]

    @Test("note and rating import refuse the same evidence with the same words", arguments: 0..<3)
    func sameRefusal(index: Int) throws {
        let (note, edit, says) = Self.cases[index]
        let original = try exportedRating()
        let typed = try spiegel("coach.sqlite", note, expect: 1)
        #expect(typed.stderr.contains(says), "\(typed.stderr)")
        let edited = original.replacingOccurrences(of: edit.of, with: edit.to)
        #expect(edited != original)
        try edited.write(to: folder.appending(path: "bewerkt.xml"), atomically: true, encoding: .utf8)
        let imported = try spiegel("supervisor.sqlite", ["rating", "import", "bewerkt.xml"], expect: 1)
        #expect(imported.stderr.contains(says), "\(imported.stderr)")
        #expect(try SQLite3.run(folder.appending(path: "supervisor.sqlite").path, "SELECT count(*) FROM evidence") == "0\n")
    }
}
