import Foundation

/// Writes a file readable by its owner only, atomically: a reader never sees half a file.
enum OwnerOnlyFile {
    static func write(_ data: Data, to path: String) throws {
        try stream(to: path) { write in try write(Array(data)) }
    }

    /// Hands `body` a function that appends bytes: to standard output when `path` is nil,
    /// else to a temporary file beside `path` that is flushed to disk and then replaces it,
    /// only once `body` has finished (an error leaves no file, or the earlier one).
    static func stream(to path: String?, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        guard let path else {
            return try body { FileHandle.standardOutput.write(Data($0)) }
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw CLIError("\(path): cannot be written")
        }
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
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot be written: \(String(cString: strerror(errno)))")
        }
    }
}
