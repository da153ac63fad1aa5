import Foundation
import SpiegelTestSupport
import Testing

/// The store as the commands open it: read-only commands leave it as it was and never make
/// one; a file that is not a Spiegel store is refused untouched.
@Suite("Opening the store (end to end)")
struct StoreCommandTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
    }

    /// Every command that only reads, with arguments that work on the two-session store.
    static let readingCommands: [[String]] = [
        ["compare", "1"], ["report", "1", "--format", "html"], ["agreement", "--instrument", "school2care-reflectie"],
        ["history", "--coach", "C07"], ["export"], ["export", "--format", "json"], ["evidence", "list", "1"],
        ["session", "list"], ["session", "show", "1"], ["rating", "show", "--session", "1", "--rater", "S01", "--role", "supervisor"],
        ["rating", "export", "--session", "1", "--rater", "S01", "--role", "supervisor"], ["withdraw", "J999"],
    ]

    @Test("a read-only command on a mistyped store refuses it, and creates neither the store nor its folder")
    func mistypedStore() throws {
        let typo = folder.appending(path: "spiegl/spiegel.sqlite").path
        for command in Self.readingCommands {
            let run = try SpiegelBinary.run(command + ["--store", typo], in: folder, environment: environment)
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains("no store at \(typo); create one with 'spiegel session create'"), "\(command): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "spiegl").path))
    }

    @Test("read-only commands leave the store byte for byte as it was, without -wal or -shm files")
    func readingWritesNothing() throws {
        try makeTwoSessions()
        try spiegel("note", "1:00", "1a", "+", "Vraagt door", "--session", "1", "--rater", "S01", "--role", "supervisor")
        let store = environment["SPIEGEL_STORE"]!
        let before = try Self.state(store)
        Thread.sleep(forTimeInterval: 0.01)
        for command in Self.readingCommands {
            try spiegel(command)
            #expect(try Self.state(store) == before, "spiegel \(command.joined(separator: " ")) changed the store")
        }
    }

    @Test("another program's SQLite database given as the store is refused without a byte written")
    func otherProgram() throws {
        let path = folder.appending(path: "boodschappen.sqlite").path
        try SQLite3.run(path, "CREATE TABLE boodschappen (wat TEXT); INSERT INTO boodschappen VALUES ('melk');")
        let before = try Self.state(path)
        Thread.sleep(forTimeInterval: 0.01)
        for command in [["session", "list"], ["session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=1"]] {
            let run = try SpiegelBinary.run(command + ["--store", path], in: folder, environment: environment)
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(path) is an SQLite database but not a Spiegel store; give another path with --store"))
            #expect(try Self.state(path) == before)
        }
    }

    /// The file's bytes, its modification time, and which files lie beside it.
    static func state(_ path: String) throws -> [String] {
        let url = URL(fileURLWithPath: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(url.lastPathComponent) }.sorted()
        return [try Data(contentsOf: url).base64EncodedString(), "\(attributes[.modificationDate] ?? "")"] + siblings
    }
}
