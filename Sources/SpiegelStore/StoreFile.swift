import Foundation

/// Why a store cannot be opened: one line each, naming the file.
public enum StoreOpeningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing at the path (and the command does not create a store).
    case missing(path: String)
    /// Something that is not a file: a folder, a named pipe, a device.
    case notAFile(path: String)
    /// A file that is not an SQLite database.
    case notSQLite(path: String)
    /// An SQLite database of another program.
    case otherProgram(path: String)
    /// A Spiegel store with migrations this Spiegel does not know.
    case newer(path: String, schema: String)
    /// The file or its folder could not be created, or SQLite could not open it.
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "no store at \(path)"
        case .notAFile(let path): "\(path) is not a file, so not a Spiegel store"
        case .notSQLite(let path): "\(path) is not a Spiegel database (not an SQLite file)"
        case .otherProgram(let path): "\(path) is an SQLite database but not a Spiegel store"
        case .newer(let path, let schema): "\(path) was written by a newer version of Spiegel (schema \(schema)); update Spiegel to use it"
        case .failed(let path, let reason): "\(path): cannot open the store: \(reason)"
        }
    }
}

/// What lies at a store's path, told from the file's first bytes, without SQLite: a file that
/// is not Spiegel's is refused before SQLite could switch it to WAL or write a byte into it.
enum StoreFile: Equatable {
    /// No file: a store can be created here.
    case missing
    /// An empty file, or an SQLite database without any table nor application id: a store
    /// can be made of it (a store whose creation was interrupted looks like this).
    case blank
    /// A Spiegel store (its application id is Spiegel's).
    case spiegel

    /// The first bytes of an SQLite file: the 100-byte header and page 1's b-tree header.
    private static let headerSize = 108

    /// Opened without blocking, so that a named pipe at the path is refused at once rather
    /// than waited on.
    static func inspect(_ path: String) throws(StoreOpeningError) -> StoreFile {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return .missing }
            throw .failed(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path: path) }
        var header = [UInt8](repeating: 0, count: headerSize)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, headerSize) }
        if count == 0 { return .blank }
        guard count == headerSize, header.starts(with: Array("SQLite format 3\0".utf8)) else { throw .notSQLite(path: path) }
        let applicationID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if applicationID == UInt32(SQLiteStore.applicationID) { return .spiegel }
        // No application id: blank when page 1 (the schema table) is an empty leaf and no
        // write-ahead log holds later pages.
        let schemaIsEmpty = header[100] == 0x0D && header[103] == 0 && header[104] == 0
        guard applicationID == 0, schemaIsEmpty, !hasLog(path) else { throw .otherProgram(path: path) }
        return .blank
    }

    /// Whether a write-ahead log with content lies beside the database.
    private static func hasLog(_ path: String) -> Bool {
        var status = stat()
        return stat(path + "-wal", &status) == 0 && status.st_size > 0
    }
}
