import Foundation
import SpiegelCore

/// Finds Spiegel's own files (the instruments, their schema and the report templates) from
/// any working directory.
///
/// In order: `$SPIEGEL_RESOURCES`; `../share/spiegel` beside the executable (how the README
/// installs it); the nearest folder above the executable that holds
/// `Instruments/spiegel-instrument.xsd` (a `swift build` in a checkout).
struct Resources {
    let root: URL

    var instrumentsFolder: URL { root.appending(path: "Instruments") }
    var instrumentSchema: URL { instrumentsFolder.appending(path: "spiegel-instrument.xsd") }
    var ratingSchema: URL { instrumentsFolder.appending(path: "spiegel-rating.xsd") }
    var invitationSchema: URL { instrumentsFolder.appending(path: "spiegel-invitation.xsd") }
    var templatesFolder: URL { root.appending(path: "Templates") }

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Resources {
        let candidates = candidateRoots(environment: environment)
        guard let root = candidates.first(where: isResourceRoot) else {
            throw CLIError(
                "cannot find Spiegel's instruments and schema; looked in: \(candidates.map(\.path).joined(separator: ", ")). Set SPIEGEL_RESOURCES to the folder that holds Instruments/."
            )
        }
        return Resources(root: root)
    }

    private static func candidateRoots(environment: [String: String]) -> [URL] {
        var candidates: [URL] = []
        if let explicit = environment["SPIEGEL_RESOURCES"], !explicit.isEmpty {
            return [URL(fileURLWithPath: explicit)]
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        candidates.append(folder.appending(path: "../share/spiegel").standardizedFileURL)
        while folder.path != "/" {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        return candidates
    }

    private static func isResourceRoot(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appending(path: "Instruments/spiegel-instrument.xsd").path)
    }
}

/// Reading files for the parsers: whole, but never more than a cap, and only regular files.
enum FileReader {
    /// The bytes of the file at `url`; `path` is how messages name it.
    ///
    /// Refuses, before reading a byte, anything that is not a regular file (``InputFile``: a FIFO
    /// would block, a device would never end) and a file larger than the kind's limit, with
    /// both sizes as a person reads them.
    static func read(_ url: URL, as kind: FileKind, shownAs path: String? = nil) throws(FileError) -> [UInt8] {
        let path = path ?? url.path
        let handle = try InputFile.openForReading(url.path, shownAs: path)
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        guard (try? handle.seek(toOffset: 0)) != nil else { throw FileError(path: path, reason: "cannot be read") }
        try checkSize(size, of: kind, path: path)
        guard let data = try? handle.read(upToCount: kind.maximumSize + 1) else { throw FileError(path: path, reason: "cannot be read") }
        try checkSize(data.count, of: kind, path: path)
        return [UInt8](data)
    }

    private static func checkSize(_ size: Int, of kind: FileKind, path: String) throws(FileError) {
        guard let refusal = kind.sizeRefusal(size) else { return }
        throw FileError(path: path, reason: refusal)
    }
}

/// A file that could not be read at all.
struct FileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}
