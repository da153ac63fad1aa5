import Foundation

/// Writes a file readable by its owner only, atomically: a reader never sees half a file.
///
/// Every file Spiegel writes goes through here (reports, forms, exports, rating files, the
/// demo). The target must be a regular file or a path where nothing is yet: a named pipe, a
/// device, a socket or a folder is refused before anything is written (replacing it with a
/// regular file would silently turn what the user named into something else), and so is a
/// symbolic link (writing through it could replace a file elsewhere; replacing it would drop
/// the link): the error names the link's target, to be given instead. A file the command
/// reads is refused too (see ``OutputTarget``).
enum OwnerOnlyFile {
    static func write(_ data: Data, to path: String) throws {
        try stream(to: path) { write in try write(Array(data)) }
    }

    /// Hands `body` a function that appends bytes: to standard output when `path` is nil,
    /// else to a temporary file beside `path` that is flushed to disk and then replaces it,
    /// only once `body` has finished (an error leaves no file, or the earlier one).
    static func stream(to path: String?, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        guard let path else {
            return try body { Terminal.write($0) }
        }
        try checkTarget(path)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CLIError("\(path): cannot be written: \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            try body { bytes in
                do { try handle.write(contentsOf: bytes) } catch {
                    throw CLIError("\(path): cannot be written: \(error.localizedDescription)")
                }
            }
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("\(path): cannot be written: \(reason)")
        }
    }

    /// Refuses a target that is neither a regular file nor a new path, and one that is a file
    /// the command reads: an input, or a store it uses with the files SQLite keeps beside it.
    static func checkTarget(_ path: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else { throw CLIError("\(path): cannot be written: \(String(cString: strerror(errno)))") }
            return try OutputTarget(path).checkNotRead()
        }
        let kind = status.st_mode & S_IFMT
        guard kind != S_IFREG else { return try OutputTarget(path).checkNotRead() }
        if kind == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw CLIError(
                "\(path): is a symbolic link (to \(target)), not a regular file; give the path of the file itself, or a new path")
        }
        throw CLIError("\(path): is \(InputFile.kindName(kind)), not a regular file; give the path of a regular file or a new one")
    }
}
