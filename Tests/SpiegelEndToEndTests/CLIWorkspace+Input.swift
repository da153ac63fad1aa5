import Foundation
import SpiegelTestSupport
import Testing

extension CLIWorkspace {
    /// Runs the binary with `input` on standard input and `extra` added to its environment.
    @discardableResult
    func spiegel(
        _ arguments: String..., input: String?, environment extra: [String: String] = [:], expect status: Int32 = 0
    ) throws -> SpiegelBinary.Run {
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment.merging(extra) { $1 }, input: input)
        #expect(run.status == status, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stdout)\(run.stderr)")
        return run
    }

    /// The whole store as SQL text, to check that a refusal changed nothing.
    func dump() throws -> String {
        try SQLite3.run(environment["SPIEGEL_STORE"] ?? "", ".dump")
    }

    /// Runs the binary expecting a refusal: non-zero status, one line on standard error
    /// containing `message`, and the store as it was.
    func expectRefusal(_ arguments: [String], _ message: String) throws {
        let before = try dump()
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(try dump() == before)
    }
}

extension CLIWorkspace {
    /// A fresh workspace with one session of school2care-reflectie, in use by S01 as supervisor.
    static func supervisorWorkspace() throws -> (folder: URL, environment: [String: String]) {
        let (folder, environment) = try freshWorkspace()
        for arguments in [
            ["session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "--date", "2026-11-18", "--use"],
            ["use", "--rater", "S01", "--role", "supervisor"],
        ] {
            let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
            #expect(run.status == 0, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stderr)")
        }
        return (folder, environment)
    }
}
