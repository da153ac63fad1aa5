import Foundation
import SpiegelTestSupport
import Testing

/// Paths given as input: a file must be a regular file and a folder a folder. A named pipe is
/// refused at once, never waited on, with its path and what it is, and nothing is created.
@Suite("Input paths (end to end)")
struct InputPathTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]
    let fifo: String

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        fifo = folder.appending(path: "pijp").path
        try spiegel("session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=1", "--date", "2026-09-01")
        try score(1, "S01", "supervisor", Array(repeating: "2", count: 14))
        #expect(mkfifo(fifo, 0o600) == 0)
    }

    /// Runs `arguments`, which must be refused within seconds (a hang ends in SIGTERM), naming the pipe.
    func expectPipeRefused(_ arguments: [String], as shown: String, environment extra: [String: String] = [:]) throws {
        let run = try SpiegelBinary.run(
            arguments, in: folder, environment: environment.merging(extra) { $1 }, timeout: .seconds(20))
        #expect(run.status == 1, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stderr)")
        let refusal =
            run.stderr.contains("\(shown): is a named pipe (FIFO), not a regular file")
            || run.stderr.contains("\(shown): error: is a named pipe (FIFO), not a regular file")
        #expect(refusal, "\(arguments): \(run.stderr)")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a named pipe as --store or SPIEGEL_STORE is refused at once, and no store is created beside it")
    func store() throws {
        try expectPipeRefused(["session", "list", "--store", fifo], as: fifo)
        try expectPipeRefused(
            ["session", "create", "school2care-reflectie", "coach=C08", "jongere=J113", "gesprek=1", "--store", fifo], as: fifo)
        try expectPipeRefused(
            ["note", "1:00", "x", "--session", "1", "--rater", "S01", "--role", "supervisor"], as: fifo,
            environment: ["SPIEGEL_STORE": fifo])
        #expect(!FileManager.default.fileExists(atPath: fifo + "-wal") && !FileManager.default.fileExists(atPath: fifo + "-journal"))
    }

    @Test("a named pipe as --video, --template or --files-from is refused at once")
    func namedFiles() throws {
        try expectPipeRefused(
            ["session", "create", "school2care-reflectie", "coach=C08", "jongere=J113", "gesprek=1", "--video", fifo], as: "--video \(fifo)"
        )
        try expectPipeRefused(["session", "edit", "1", "--video", fifo, "--yes"], as: "--video \(fifo)")
        try expectPipeRefused(["report", "1", "--template", fifo], as: "--template \(fifo)")
        try expectPipeRefused(["instrument", "form", "school2care-reflectie", "--template", fifo], as: "--template \(fifo)")
        try expectPipeRefused(["rating", "import", "--files-from", fifo], as: "--files-from \(fifo)")
    }

    @Test("a named pipe as an instrument, rating or invitation file is refused at once")
    func documents() throws {
        try expectPipeRefused(["instrument", "validate", fifo], as: fifo)
        try expectPipeRefused(["session", "create", fifo], as: fifo)
        try expectPipeRefused(["rating", "import", fifo], as: fifo)
        try expectPipeRefused(["session", "open", fifo], as: fifo)
    }

    @Test("a named pipe or a file as --instruments is refused: a folder is expected")
    func instrumentsFolder() throws {
        let run = try SpiegelBinary.run(
            ["instrument", "list", "--instruments", fifo], in: folder, environment: environment, timeout: .seconds(20))
        #expect(run.status == 1)
        #expect(run.stderr.contains("--instruments \(fifo): is a named pipe (FIFO), not a folder"), "\(run.stderr)")
    }

    @Test("a folder holding only a named pipe a.xml names it as skipped, in rating import and instrument list")
    func pipeInFolder() throws {
        let bare = folder.appending(path: "map")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        #expect(mkfifo(bare.appending(path: "a.xml").path, 0o600) == 0)
        let imported = try SpiegelBinary.run(["rating", "import", "map"], in: folder, environment: environment, timeout: .seconds(20))
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("warning: map/a.xml: is a named pipe (FIFO), not a regular file, skipped"), "\(imported.stderr)")
        #expect(imported.stderr.contains("map: the folder holds no .xml files that are regular files (1 skipped"), "\(imported.stderr)")
        let listed = try SpiegelBinary.run(
            ["instrument", "list", "--instruments", bare.path], in: folder, environment: environment, timeout: .seconds(20))
        #expect(listed.status == 0)
        #expect(listed.stderr.contains("\(bare.path)/a.xml: is a named pipe (FIFO), not a regular file, skipped"), "\(listed.stderr)")
    }

    @Test("completing session numbers with a named pipe as --store offers nothing, at once")
    func completion() throws {
        let run = try SpiegelBinary.run(
            ["---completion", "compare", "--", "positional@0", "4", "0", "spiegel", "compare", "--store", fifo, ""], in: folder,
            timeout: .seconds(20))
        #expect(run.status == 0, "\(run.status) \(run.stderr)")
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}
