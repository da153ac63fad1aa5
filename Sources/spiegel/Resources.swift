import Foundation

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

/// Reading files for the parsers: whole, but never more than a cap.
enum FileReader {
    static func read(_ url: URL, limit: Int, shownAs path: String? = nil) throws -> [UInt8] {
        let path = path ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw FileError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw FileError(path: path, reason: "is a folder, not a file") }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw FileError(path: path, reason: "cannot be read (permission denied)")
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limit + 1) ?? Data()
        return [UInt8](data)
    }
}

/// A file that could not be read at all.
struct FileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}
