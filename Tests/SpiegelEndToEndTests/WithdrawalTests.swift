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

/// Free text of other sessions that mentions the code: named, place by place, with the
/// command that rewrites it; the withdrawal reports success only once none is left.
@Suite("spiegel withdraw and texts that mention the code (end to end)")
struct WithdrawalMentionTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C07", "jongere=J200", "gesprek=1", "doel=vervolg op gesprek met j112",
            "--date", "2026-11-01")
        try spiegel(["note", "1:00", "1a", "+", "Vergelijkt met J112.", "--session", "3", "--rater", "S01", "--role", "supervisor"])
        try spiegel(["note", "1:10", "1a", "+", "J1123 en XJ112 zijn anderen", "--session", "3", "--rater", "S01", "--role", "supervisor"])
    }

    @Test("a mention in another session's header or evidence is named with its fix, exit 1; once rewritten, the withdrawal completes")
    func mentions() throws {
        let run = try spiegel(["withdraw", "J112", "--yes"], expect: 1)
        #expect(run.stderr.contains("withdrawal of J112 is not complete"), "\(run.stderr)")
        #expect(
            run.stderr.contains("session 3, header field doel: \"vervolg op gesprek met j112\" (change it: spiegel session edit 3 doel=…)"))
        #expect(
            run.stderr.contains("evidence #1 of session 3, S01 (supervisor): \"Vergelijkt met J112.\" (change it: spiegel evidence edit"))
        #expect(!run.stderr.contains("J1123"), "\(run.stderr)")
        try spiegel("session", "edit", "3", "doel=vervolggesprek", "--yes")
        try spiegel("evidence", "edit", "1", "--text", "Vergelijkt met eerder gesprek.", "--rater", "S01")
        let again = try spiegel("withdraw", "J112", "--yes")
        #expect(again.stdout.contains("2 past revisions whose text mentions J112 (emptied)"), "\(again.stdout)")
        #expect(again.stdout.contains("holds no trace of J112"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("spiegel.sqlite") }
        for file in files {
            let text = String(decoding: try Data(contentsOf: folder.appending(path: file)), as: UTF8.self).lowercased()
            #expect(!text.contains("gesprek met j112") && !text.contains("met j112."), "\(file)")
        }
    }
}

/// What a withdrawal itself deletes or clears is never listed as left behind.
@Suite("spiegel withdraw: what stays and what it clears (end to end)")
struct WithdrawalPreviewTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    @Test("the 'use' context that holds the code is cleared by the withdrawal, which completes")
    func context() throws {
        try spiegel("use", "2", "--rater", "L21", "--role", "peer")
        let run = try spiegel("withdraw", "L21", "--yes")
        #expect(run.stdout.contains("the current rater and role set with 'spiegel use' (L21)"), "\(run.stdout)")
        #expect(run.stdout.contains("holds no trace of L21"))
        let use = try spiegel("use")
        #expect(!use.stdout.contains("L21"), "\(use.stdout)")
    }

    @Test("the preview lists as left only texts that stay; the rater's own ratings are not among them")
    func preview() throws {
        let run = try spiegel(["withdraw", "P01"], expect: 1)
        #expect(run.stdout.contains("1 rating with"), "\(run.stdout)")
        #expect(!run.stdout.contains("leaves"), "\(run.stdout)")
        #expect(!run.stdout.contains("rating.rater"), "\(run.stdout)")
    }

    @Test("an incomplete withdrawal's message keeps its line breaks")
    func lineBreaks() throws {
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C07", "jongere=J200", "gesprek=1", "doel=vervolg op j112", "--date",
            "2026-11-01")
        let run = try spiegel(["withdraw", "J112", "--yes"], expect: 1)
        #expect(run.stderr.contains("still mentions it:\n  session 3, header field doel"), "\(run.stderr)")
        #expect(!run.stderr.contains("\\n"), "\(run.stderr)")
    }
}
