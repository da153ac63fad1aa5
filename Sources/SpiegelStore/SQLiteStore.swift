import Foundation
import GRDB
import SpiegelCore

/// The embedded store: one SQLite database file, through GRDB.
///
/// WAL journal, `synchronous = FULL` (a command that reported "saved" stays saved, even
/// after a power loss), `secure_delete` (deleted content is overwritten, not left in free
/// pages), foreign keys on, a busy timeout so two processes writing at once both succeed.
/// The file is created readable by its owner only; a file that is not a Spiegel database,
/// or one written by a newer Spiegel, is refused.
public final class SQLiteStore: SessionStore {
    /// `SPGL`, written into the SQLite header so that Spiegel recognises its own files.
    static let applicationID: Int32 = 0x5350_474C

    let pool: DatabasePool
    public let path: String

    /// Opens the store at `path`, creating it (and its folder) when it does not exist.
    public init(path: String) throws {
        self.path = path
        try Self.prepareFile(at: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.checkIdentity(pool, path: path)
            try StoreSchema.migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError("\(path) is not a Spiegel database (not an SQLite file); give another path with --store or SPIEGEL_STORE")
        } catch {
            throw StoreError("\(path): cannot open the store: \(error)")
        }
    }

    /// Creates the folder (owner only) and an empty file (owner read/write) when missing.
    private static func prepareFile(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let files = FileManager.default
        if !files.fileExists(atPath: folder.path) {
            do {
                try files.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError("cannot create the folder \(folder.path) for the store: \(error.localizedDescription)")
            }
        }
        if !files.fileExists(atPath: path) {
            guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError("cannot create the store \(path)")
            }
        }
    }

    /// Refuses a database that is not Spiegel's, or that a newer Spiegel wrote.
    private static func checkIdentity(_ pool: DatabasePool, path: String) throws {
        try pool.write { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if applicationID == 0 && tableCount == 0 {
                try db.execute(sql: "PRAGMA application_id = \(applicationID == 0 ? Self.applicationID : applicationID)")
            } else if applicationID != Self.applicationID {
                throw StoreError("\(path) is an SQLite database but not a Spiegel store; give another path with --store or SPIEGEL_STORE")
            } else if try StoreSchema.migrator.hasBeenSuperseded(db) {
                throw StoreError(
                    "\(path) was written by a newer version of Spiegel (schema \(try StoreSchema.appliedMigrations(db).last ?? "?")); update Spiegel to use it"
                )
            }
        }
    }

    /// The current time as stored in revisions: ISO 8601, UTC, milliseconds
    /// (`2026-11-21T17:12:41.178Z`). Formatted by hand: a date formatter costs more to make
    /// than a revision costs to write.
    static func now() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var parts = tm()
        var seconds = time.tv_sec
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(time.tv_nsec / 1_000_000), 3))Z"
    }
}
