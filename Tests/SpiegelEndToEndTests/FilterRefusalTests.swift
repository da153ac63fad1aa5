import Foundation
import SpiegelTestSupport
import Testing

/// A filter that cannot match because of what was typed is refused, never answered with an
/// empty result: a code in another case, an instrument the store does not hold, a period that
/// ends before it starts.
@Suite("Filters that cannot match are refused (end to end)")
struct FilterRefusalTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    @Test(
        "a code in another case is refused with the stored code as the hint",
        arguments: [
            ["session", "list", "--coach", "c07"], ["session", "list", "--field", "jongere=j112"],
            ["history", "--coach", "c07", "--instrument", "school2care-reflectie"],
            ["rating", "show", "--session", "1", "--rater", "s01", "--role", "supervisor"],
            ["session", "invite", "1", "--rater", "p01", "--role", "peer"], ["agreement", "--raters", "c07,S01"],
        ])
    func codeCase(_ arguments: [String]) throws {
        try expectRefusal(arguments, "did you mean")
    }

    @Test(
        "an instrument id no session uses is refused, naming the ids the store holds",
        arguments: [
            ["export", "--instrument", "nosuch"], ["export", "--instrument", "School2Care-Reflectie"],
            ["session", "list", "--instrument", "nosuch"], ["agreement", "--instrument", "nosuch"],
            ["history", "--coach", "C07", "--instrument", "nosuch"],
        ])
    func instrument(_ arguments: [String]) throws {
        try expectRefusal(arguments, "the store holds: school2care-reflectie")
    }

    @Test(
        "a period whose start is after its end is refused",
        arguments: [["session", "list"], ["history", "--coach", "C07"], ["export"], ["agreement"]])
    func period(_ arguments: [String]) throws {
        let run = try spiegel(arguments + ["--from", "2026-12-01", "--to", "2026-01-01"], expect: 64)
        #expect(run.stderr.contains("--from 2026-12-01 is after --to 2026-01-01"), "\(run.stderr)")
    }
}
