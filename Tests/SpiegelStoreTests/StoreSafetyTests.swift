import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelTestSupport
import Testing

@Suite("Store safety")
struct StoreSafetyTests {
    @Test("a file that is not SQLite is refused, and left as it was")
    func notSQLite() throws {
        let path = try Fixtures.temporaryFolder().appending(path: "notes.txt").path
        try Data("Mijn aantekeningen\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".contains("is not a Spiegel database")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Mijn aantekeningen\n")
    }

    @Test("an SQLite database of another program is refused")
    func otherSQLite() throws {
        let path = try Fixtures.temporaryFolder().appending(path: "other.sqlite").path
        try SQLite3.run(path, "CREATE TABLE boodschappen (wat TEXT); INSERT INTO boodschappen VALUES ('melk');")
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".contains("is an SQLite database but not a Spiegel store")
        }
        #expect(try SQLite3.run(path, "SELECT wat FROM boodschappen;") == "melk\n")
    }

    @Test("a store written by a newer Spiegel is refused")
    func newerSchema() throws {
        let path = try Fixtures.temporaryFolder().appending(path: "s.sqlite").path
        _ = try SQLiteStore(path: path)
        try SQLite3.run(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future');")
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".contains("written by a newer version of Spiegel")
        }
    }

    @Test("withdrawal removes every trace of a code, unrecoverably from the file")
    func withdrawal() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appending(path: "s.sqlite").path
        let store = try SQLiteStore(path: path)
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        func create(_ jongere: String) throws -> Session {
            let header = try HeaderValues.check([(field: "coach", value: "C07"), (field: "jongere", value: jongere)], against: instrument)
            return try store.createSession(SessionDraft(instrument: instrument, video: nil, header: header, date: "2026-11-18"))
        }
        let about = try create("J112"), other = try create("J200")
        let secret = "Vertelt over ruzie thuis met zijn vader"
        _ = try store.addEvidence(
            Evidence(id: "e1", start: VideoTime(milliseconds: 1000), text: secret),
            to: RaterSlot(session: about.id, rater: "S01", role: "supervisor"))
        _ = try store.record(
            [Score(item: "1", answer: .level(3))], feedback: nil, for: RaterSlot(session: other.id, rater: "J112", role: "peer"),
            origin: "score")
        _ = try store.record(
            [Score(item: "1", answer: .level(2))], feedback: nil, for: RaterSlot(session: other.id, rater: "S01", role: "supervisor"),
            origin: "score")
        let plan = try store.withdraw(code: "J112", apply: false)
        #expect(plan.sessions == [about.id])
        #expect(plan.ratings == 2)
        #expect(try store.sessions(matching: SessionFilter()).count == 2)
        let done = try store.withdraw(code: "J112", apply: true)
        #expect(done == plan)
        #expect(try store.sessions(matching: SessionFilter()).map(\.id) == [other.id])
        #expect(try store.ratings(in: other.id).map(\.rater) == ["S01"])
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let bytes = try Data(contentsOf: folder.appending(path: file))
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(file) still holds the evidence text")
            #expect(bytes.range(of: Data("J112".utf8)) == nil, "\(file) still holds the code")
        }
    }

    @Test("a withdrawal that another program's open read transaction keeps from rewriting the file says so, and a second one finishes it")
    func withdrawalUnderReader() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appending(path: "s.sqlite").path
        let store = try SQLiteStore(path: path)
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let header = try HeaderValues.check([(field: "coach", value: "C07"), (field: "jongere", value: "J112")], against: instrument)
        let about = try store.createSession(SessionDraft(instrument: instrument, video: nil, header: header, date: "2026-11-18"))
        let secret = "Vertelt over ruzie thuis met zijn vader"
        _ = try store.addEvidence(
            Evidence(id: "e1", start: VideoTime(milliseconds: 1000), text: secret),
            to: RaterSlot(session: about.id, rater: "S01", role: "supervisor"))
        func fileHolds(_ text: String) throws -> Bool {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { file in
                try Data(contentsOf: folder.appending(path: file)).range(of: Data(text.utf8)) != nil
            }
        }
        #expect(try fileHolds(secret))

        let reader = try SQLiteReader(path, table: "evidence_revision")
        #expect {
            try store.withdraw(code: "J112", apply: true)
        } throws: { error in
            guard let incomplete = error as? WithdrawalIncomplete else { return false }
            return incomplete.blockedByReader && incomplete.textsLeft >= 1 && incomplete.report.sessions == [about.id]
        }
        #expect(try store.sessions(matching: SessionFilter()).isEmpty, "the rows are deleted all the same")
        #expect(try fileHolds(secret))
        try reader.finish()

        #expect(try store.withdraw(code: "J112", apply: true).isEmpty)
        #expect(try !fileHolds(secret))
        #expect(try !fileHolds("J112"))
    }
}
