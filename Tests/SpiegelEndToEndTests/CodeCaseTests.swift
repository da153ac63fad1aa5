import Foundation
import SpiegelTestSupport
import Testing

/// Codes name people: one typed in another case than the stored one is refused with the
/// stored one as the hint, wherever it comes in, and a withdrawal finds it in any case.
@Suite("Codes that differ only in case (end to end)")
struct CodeCaseTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    @Test("a rater code in another case is refused by score and note, with the stored code as the hint")
    func rater() throws {
        try expectRefusal(["score", "1=2", "--session", "1", "--rater", "s01", "--role", "supervisor"], "did you mean S01?")
        try expectRefusal(["note", "1:00", "1a", "+", "x", "--session", "2", "--rater", "p01", "--role", "peer"], "did you mean P01?")
        try expectRefusal(["score", "1=2", "--session", "1", "--rater", "j112", "--role", "peer"], "did you mean J112?")
    }

    @Test("a header code in another case is refused by session create and session edit")
    func header() throws {
        try expectRefusal(
            ["session", "create", "school2care-reflectie", "coach=C08", "jongere=J113", "gesprek=1", "supervisor=s01"], "did you mean S01?")
        try expectRefusal(["session", "edit", "2", "supervisor=p02", "--yes"], "did you mean P02?")
    }

    @Test("a rating file whose rater differs only in case is refused on import")
    func ratingImport() throws {
        try spiegel("rating", "export", "--session", "1", "--rater", "S01", "--role", "supervisor", "-o", "s01.xml")
        let xml = try String(contentsOf: folder.appending(path: "s01.xml"), encoding: .utf8)
        try Data(xml.replacingOccurrences(of: "\"S01\"", with: "\"s01\"").utf8).write(to: folder.appending(path: "kleine.xml"))
        let run = try spiegel(["rating", "import", "kleine.xml", "--session", "1"], expect: 1)
        #expect(run.stderr.contains("did you mean S01?"), "\(run.stderr)")
    }

    @Test("withdraw finds a code typed in another case, says which stored code it matched, and removes it")
    func withdrawAnyCase() throws {
        let run = try spiegel("withdraw", "j112", "--yes")
        #expect(run.stdout.contains("'j112' matches the stored code J112"), "\(run.stdout)")
        #expect(run.stdout.contains("2 sessions about"), "\(run.stdout)")
        #expect(try spiegel("session", "list").stdout.contains("J112") == false)
    }
}
