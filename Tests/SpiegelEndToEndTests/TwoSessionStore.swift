import Foundation
import SpiegelTestSupport
import Testing

/// A test suite that runs the built binary against a store of its own.
protocol CLIWorkspace {
    var folder: URL { get }
    var environment: [String: String] { get }
}

extension CLIWorkspace {
    /// A new temporary folder and the environment that keeps the store and HOME inside it.
    static func freshWorkspace() throws -> (folder: URL, environment: [String: String]) {
        let folder = try Fixtures.temporaryFolder()
        return (folder, ["SPIEGEL_STORE": folder.appending(path: "spiegel.sqlite").path, "HOME": folder.path])
    }

    @discardableResult
    func spiegel(_ arguments: String..., expect status: Int32 = 0) throws -> SpiegelBinary.Run {
        try spiegel(arguments, expect: status)
    }

    @discardableResult
    func spiegel(_ arguments: [String], expect status: Int32 = 0) throws -> SpiegelBinary.Run {
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
        #expect(run.status == status, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stdout)\(run.stderr)")
        return run
    }

    /// Scores items 1, 2, … with `values`, in one `spiegel score`.
    func score(_ session: Int, _ rater: String, _ role: String, _ values: [String]) throws {
        let pairs = values.enumerated().map { "\($0.offset + 1)=\($0.element)" }
        try spiegel(["score", "--session", "\(session)", "--rater", rater, "--role", role] + pairs)
    }

    /// Two School2Care sessions of coach C07, made with the CLI:
    /// - session 1 (2026-09-01, J112): self all 2; supervisor S01 all 2 but item 1 = 3; peer P01 all 2, item 2 = 1; peer P02 all 3.
    /// - session 2 (2026-10-06, J112): self all 3 but item 7 n.v.t.; supervisor S01 all 3.
    func makeTwoSessions() throws {
        try spiegel("session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=1", "--date", "2026-09-01")
        try score(1, "C07", "self", Array(repeating: "2", count: 14))
        try score(1, "S01", "supervisor", ["3"] + Array(repeating: "2", count: 13))
        try score(1, "P01", "peer", ["2", "1"] + Array(repeating: "2", count: 12))
        try score(1, "P02", "peer", Array(repeating: "3", count: 14))
        try spiegel("session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=2", "--date", "2026-10-06")
        try score(2, "C07", "self", Array(repeating: "3", count: 6) + ["nvt"] + Array(repeating: "3", count: 7))
        try score(2, "S01", "supervisor", Array(repeating: "3", count: 14))
    }
}
