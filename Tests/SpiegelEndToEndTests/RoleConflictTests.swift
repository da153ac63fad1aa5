import Foundation
import SpiegelTestSupport
import Testing

/// One person has one role in a session: a rater who already rates it in one role is refused
/// in another, by `score`, `note` and `rating import` alike, and nothing is saved.
@Suite("One role per rater in a session (end to end)")
struct RoleConflictTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    @Test("score and note refuse a rater who already has another role in the session, in any case of the code")
    func typed() throws {
        try expectRefusal(
            ["score", "1=1", "--session", "1", "--rater", "C07", "--role", "supervisor"],
            "C07 already rates session 1 as self, so not as supervisor too")
        try expectRefusal(
            ["note", "1:00", "1a", "+", "x", "--session", "2", "--rater", "S01", "--role", "peer"],
            "S01 already rates session 2 as supervisor, so not as peer too")
        // Another session, or the same role again, is that rater's own.
        try spiegel("score", "1=2", "--session", "2", "--rater", "P01", "--role", "peer")
        try spiegel("score", "1=3", "--session", "1", "--rater", "S01", "--role", "supervisor")
    }

    @Test("a rating file whose rater already has another role in the session is not imported")
    func ratingImport() throws {
        try spiegel("rating", "export", "--session", "1", "--rater", "P02", "--role", "peer", "-o", "p02.xml")
        let xml = try String(contentsOf: folder.appending(path: "p02.xml"), encoding: .utf8)
        try Data(xml.replacingOccurrences(of: "\"P02\"", with: "\"S01\"").utf8).write(to: folder.appending(path: "s01.xml"))
        let run = try spiegel(["rating", "import", "s01.xml", "--session", "1"], expect: 1)
        #expect(run.stderr.contains("S01 already rates session 1 as supervisor, so not as peer too"), "\(run.stderr)")
    }
}
