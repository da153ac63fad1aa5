import Foundation
import SpiegelTestSupport
import Testing

@Suite("spiegel withdraw (end to end)")
struct WithdrawalTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]
    let secret = "Vertelt over ruzie thuis met zijn vader"

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
        try spiegel(["note", "2:00", "1a", "+", secret, "--session", "1", "--rater", "S01", "--role", "supervisor"])
    }

    /// Whether the store's files (database, log, index) hold the bytes of `text`.
    func storeHolds(_ text: String) throws -> Bool {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("spiegel.sqlite") }.contains { file in
            try Data(contentsOf: folder.appending(path: file)).range(of: Data(text.utf8)) != nil
        }
    }

    @Test("a name is refused as a code, and nothing is removed", arguments: ["Jan de Vries", "Marieke", "j.devries@school.nl"])
    func name(_ name: String) throws {
        let run = try spiegel(["withdraw", name, "--yes"], expect: 64)
        #expect(run.stderr.contains("'\(name)' is not a research code"), "\(run.stderr)")
        #expect(!run.stdout.contains("nothing"))
        #expect(try storeHolds(secret))
    }

    @Test("while another program reads the store, withdrawal says what is left and fails; once it is closed, a second run finishes")
    func underReader() throws {
        let reader = try SQLiteReader(environment["SPIEGEL_STORE"]!, table: "evidence_revision")
        let blocked = try spiegel(["withdraw", "J112", "--yes"], expect: 1)
        #expect(!blocked.stdout.contains("holds no trace"))
        #expect(
            blocked.stderr.contains("withdrawal of J112 is not complete: the rows about J112 are deleted, but "),
            "\(blocked.stderr)")
        #expect(blocked.stderr.contains("still holds the code J112 and "))
        #expect(blocked.stderr.contains("another program has \(environment["SPIEGEL_STORE"]!) open (a reader in a transaction)"))
        #expect(try storeHolds(secret))
        try reader.finish()

        let finished = try spiegel(["withdraw", "J112"])
        #expect(finished.stdout.contains("nothing in \(environment["SPIEGEL_STORE"]!) refers to 'J112', and the file holds no trace of it"))
        #expect(try !storeHolds(secret))
        #expect(try !storeHolds("J112"))
    }

    @Test("an undisturbed withdrawal removes the rows and every byte of them, and says so")
    func complete() throws {
        let run = try spiegel(["withdraw", "J112", "--yes"])
        #expect(run.stdout.contains("removed:\n  2 sessions about J112 (1, 2)"))
        #expect(run.stdout.hasSuffix("The database file holds no trace of J112 any more.\n"))
        #expect(try !storeHolds(secret))
        #expect(try !storeHolds("J112"))
    }
}
