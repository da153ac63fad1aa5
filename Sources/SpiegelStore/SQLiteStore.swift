import Foundation
import GRDB
import SpiegelCore

/// The embedded store: one SQLite database file, through GRDB.
///
/// WAL journal, `synchronous = FULL` (a command that reported "saved" stays saved, even
/// after a power loss), `secure_delete` (deleted content is overwritten, not left in free
/// pages), foreign keys on, a busy timeout so two processes writing at once both succeed.
/// The file is created readable by its owner only; a file that is not a Spiegel database,
/// or one written by a newer Spiegel, is refused without a byte written to it.
///
/// Opening costs one connection and one read (the applied migrations); a store is written
/// only by a command that writes, or to upgrade one made by an older Spiegel.
public final class SQLiteStore: SessionStore {
    /// `SPGL`, written into the SQLite header so that Spiegel recognises its own files.
    static let applicationID: Int32 = 0x5350_474C

    /// What a command may do with the store.
    public enum Access: Sendable {
        /// Read only: a missing store is refused, and the connection cannot write
        /// (`query_only`), so the file is left exactly as it was.
        case read
        /// Read and write a store that exists; a missing one is refused.
        case write
        /// Read and write, creating the store (and its folder, owner only) when it is missing.
        case create
    }

    /// The one connection (a command is one short process: one connection opens faster than
    /// a pool of them, and other processes still read while it writes, through the WAL). The
    /// extensions reach it as `pool.read { … }` and `pool.write { … }`.
    let pool: StoreConnection
    public let path: String

    /// Opens the store at `path`; with `.create` access, creates it when it does not exist.
    public init(path: String, access: Access = .create) throws(StoreOpeningError) {
        self.path = path
        let file = try StoreFile.inspect(path)
        guard file == .spiegel || access == .create else { throw .missing(path: path) }
        if file == .missing { try Self.createFile(at: path) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: Self.configuration())
            if file == .spiegel {
                try Self.checkSchema(queue, path: path)
            } else {
                try Self.makeStore(queue)
            }
            pool = StoreConnection(queue: queue, access: access)
        } catch let error as StoreOpeningError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notSQLite(path: path)
        } catch {
            throw .failed(path: path, reason: "\(error)")
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Creates the folder (owner only) and an empty file (owner read/write).
    private static func createFile(at path: String) throws(StoreOpeningError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .failed(path: path, reason: "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
        close(descriptor)
    }

    /// Makes a store of an empty database: Spiegel's application id first (written into the
    /// file itself, before the WAL exists, so that the file is recognised from then on), the
    /// tables, then the WAL journal.
    private static func makeStore(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(applicationID)") }
        try StoreSchema.migrator.migrate(queue)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
    }

    /// Refuses a store a newer Spiegel wrote; upgrades one an older Spiegel wrote (the only
    /// write a command that reads may make).
    private static func checkSchema(_ queue: DatabaseQueue, path: String) throws {
        let migrator = StoreSchema.migrator
        let applied = try queue.read { db in try migrator.appliedIdentifiers(db) }
        if let unknown = applied.subtracting(migrator.migrations).sorted().last {
            throw StoreOpeningError.newer(path: path, schema: unknown)
        }
        if !applied.isSuperset(of: migrator.migrations) { try migrator.migrate(queue) }
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
