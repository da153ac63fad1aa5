import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelTestSupport
import Testing

/// A file's bytes, modification time and the SQLite files beside it: what "left as it was" means.
struct FileState: Equatable, CustomStringConvertible {
    var bytes: Data?
    var modified: Date?
    var siblings: [String]

    init(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        bytes = try? Data(contentsOf: url)
        modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        let folder = url.deletingLastPathComponent()
        siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(url.lastPathComponent) }.sorted()
    }

    var description: String { "\(bytes?.count ?? -1) bytes, modified \(String(describing: modified)), files \(siblings)" }
}

@Suite("Opening the store")
struct StoreOpeningTests {
    let folder: URL
    init() throws { folder = try Fixtures.temporaryFolder() }

    func refuses(_ path: String, access: SQLiteStore.Access = .create, _ phrase: String) throws {
        let before = try FileState(path)
        Thread.sleep(forTimeInterval: 0.01)  // a write would show in the modification time
        #expect {
            try SQLiteStore(path: path, access: access)
        } throws: { error in
            "\(error)".contains(phrase)
        }
        #expect(try FileState(path) == before, "the refused file was changed")
    }

    @Test("an SQLite database of another program is refused without a byte written: no WAL, no -wal or -shm files")
    func otherProgram() throws {
        let path = folder.appending(path: "boodschappen.sqlite").path
        try SQLite3.run(path, "CREATE TABLE boodschappen (wat TEXT); INSERT INTO boodschappen VALUES ('melk');")
        try refuses(path, "is an SQLite database but not a Spiegel store")
        try refuses(path, access: .read, "is an SQLite database but not a Spiegel store")
        #expect(try SQLite3.run(path, "PRAGMA journal_mode;") == "delete\n")
    }

    @Test("another program's database in WAL mode is refused and left as it was")
    func otherProgramInWAL() throws {
        let path = folder.appending(path: "wal.sqlite").path
        try SQLite3.run(path, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        try refuses(path, "is an SQLite database but not a Spiegel store")
    }

    @Test("a file that is not SQLite, and a folder, are refused and left as they were")
    func notSQLite() throws {
        let path = folder.appending(path: "notes.txt").path
        try Data("Mijn aantekeningen, lang genoeg om een SQLite-kop te lijken: ".utf8 + Data(repeating: 65, count: 200)).write(
            to: URL(fileURLWithPath: path))
        try refuses(path, "is not a Spiegel database (not an SQLite file)")
        try refuses(folder.path, "is not a file")
    }

    @Test("a store written by a newer Spiegel is refused without a byte written")
    func newerSchema() throws {
        let path = folder.appending(path: "s.sqlite").path
        _ = try SQLiteStore(path: path)
        try SQLite3.run(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future');")
        try refuses(path, "written by a newer version of Spiegel (schema v9-from-the-future)")
    }

    @Test("reading and writing access refuse a missing store and create neither it nor its folder")
    func missing() throws {
        let path = folder.appending(path: "typo/spiegel.sqlite").path
        for access in [SQLiteStore.Access.read, .write] {
            #expect(throws: StoreOpeningError.missing(path: path)) { try SQLiteStore(path: path, access: access) }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "typo").path))
    }

    @Test("a new store is created owner-only, in WAL mode, recognisable from its first bytes")
    func created() throws {
        let path = folder.appending(path: "nieuw/spiegel.sqlite").path
        _ = try SQLiteStore(path: path, access: .create)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.appending(path: "nieuw").path)
        #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
        #expect(try SQLite3.run(path, "PRAGMA journal_mode; PRAGMA application_id;") == "wal\n\(0x5350_474C)\n")
        _ = try SQLiteStore(path: path, access: .read)
    }

    @Test("an empty file becomes a store when a command creates one, and is refused by one that reads")
    func emptyFile() throws {
        let path = folder.appending(path: "leeg.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        try refuses(path, access: .read, "no store at")
        _ = try SQLiteStore(path: path, access: .create)
        _ = try SQLiteStore(path: path, access: .read)
    }

    @Test("a store opened for reading is read and left byte for byte as it was, and refuses to write")
    func readOnly() throws {
        let path = folder.appending(path: "s.sqlite").path
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        do {
            let store = try SQLiteStore(path: path)
            let header = try HeaderValues.check([(field: "coach", value: "C07"), (field: "jongere", value: "J112")], against: instrument)
            _ = try store.createSession(SessionDraft(instrument: instrument, video: nil, header: header, date: "2026-11-18"))
        }
        let before = try FileState(path)
        #expect(before.siblings == ["s.sqlite"])
        Thread.sleep(forTimeInterval: 0.01)
        do {
            let store = try SQLiteStore(path: path, access: .read)
            #expect(try store.sessions(matching: SessionFilter()).count == 1)
            _ = try store.sessionsWithRatings(matching: SessionFilter(), evidence: true)
            #expect(throws: (any Error).self) {
                try store.setContext(RatingContext(session: SessionID(1)))
            }
        }
        #expect(try FileState(path) == before)
    }
}
