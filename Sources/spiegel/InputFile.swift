import Foundation

/// The one check every path the user gives as input goes through: a file to read must be a
/// regular file, a folder to search must be a folder.
///
/// A file is opened without blocking (`O_NONBLOCK`) and told apart by `fstat` on what was
/// opened, so a named pipe never waits for a writer and a device is never read; only then
/// is the descriptor switched back to blocking reads. Each file opened is remembered (device
/// and inode) in ``ReadFiles``, so that an output (`-o`) can never replace an input of the
/// same command.
enum InputFile {
    /// Opens the regular file at `path` for reading; `shownAs` is how messages name it.
    static func openForReading(_ path: String, shownAs: String? = nil) throws(FileError) -> FileHandle {
        let shown = shownAs ?? path
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: shown, reason: Self.reason(errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw FileError(path: shown, reason: "is \(Self.kindName(status.st_mode)), not a regular file; give a file")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        ReadFiles.shared.insert(FileIdentity(status))
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Refuses `path` unless it is a regular file, or nothing when `missingAllowed`, without
    /// opening it (a store is opened by SQLite, after this check).
    static func checkFile(_ path: String, shownAs: String? = nil, missingAllowed: Bool = false) throws(FileError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT && missingAllowed { return }
            throw FileError(path: shownAs ?? path, reason: Self.reason(errno))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw FileError(path: shownAs ?? path, reason: "is \(Self.kindName(status.st_mode)), not a regular file")
        }
    }

    /// Why a folder listing skips the entry at `path` (it is no regular file: a named pipe, a
    /// device, a dangling link), as "is a named pipe (FIFO), not a regular file"; nil for a
    /// regular file.
    static func skipReason(_ path: String) -> String? {
        do {
            try checkFile(path)
            return nil
        } catch {
            return error.reason
        }
    }

    /// Refuses `path` unless it is a folder (a symbolic link to one counts).
    static func checkFolder(_ path: String, shownAs: String? = nil) throws(FileError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw FileError(path: shownAs ?? path, reason: errno == ENOENT ? "no such folder" : Self.reason(errno))
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw FileError(path: shownAs ?? path, reason: "is \(Self.kindName(status.st_mode)), not a folder; give a folder")
        }
    }

    /// What a file of this kind is called in a message: "a named pipe (FIFO)".
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }

    /// Why a path could not be opened, in words.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "cannot be read (permission denied)"
        default: "cannot be read (\(String(cString: strerror(code))))"
        }
    }
}

/// A file as the file system knows it, whatever path names it (a symbolic link, `./x`, a
/// hard link): its device and inode.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// The identity of what `path` names, following symbolic links; nil when nothing is there.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}

/// The files this process has read as input and the stores it has opened, so that no output
/// replaces one of them.
///
/// Shared by the threads that read rating files in parallel, so guarded by a lock.
final class ReadFiles: @unchecked Sendable {
    static let shared = ReadFiles()

    private let lock = NSLock()
    private var identities: Set<FileIdentity> = []
    private var storePaths: [String] = []

    func insert(_ identity: FileIdentity) {
        lock.withLock { _ = identities.insert(identity) }
    }

    func contains(_ identity: FileIdentity) -> Bool {
        lock.withLock { identities.contains(identity) }
    }

    /// Remembers a store this process opened: the database file and the files SQLite keeps beside it.
    func insertStore(_ path: String) {
        lock.withLock { storePaths.append(path) }
    }

    var stores: [String] { lock.withLock { storePaths } }
}
