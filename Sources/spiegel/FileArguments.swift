import Foundation

/// The files a command is given as arguments, folders and a list file: a research corpus is
/// a folder of thousands of files, more than a command line holds or an argument parser
/// handles quickly.
enum FileArguments {
    /// Each argument that names a folder becomes the files with `suffix` in it and its
    /// subfolders (hidden ones left out), in path order; other arguments stay as given (a missing file is reported
    /// when it is read). The paths listed in `listFile` (one per line, empty lines skipped;
    /// `-` reads standard input) follow. A folder without such files, or an unreadable list,
    /// is an error.
    static func expand(_ arguments: [String], listFile: String?, suffix: String) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                paths.append(argument)
                continue
            }
            let (found, skipped) = try files(in: argument, suffix: suffix)
            for (path, reason) in skipped { Terminal.error("warning: \(path): \(reason), skipped") }
            guard !found.isEmpty else {
                let others = skipped.isEmpty ? "" : " that are regular files (\(skipped.count) skipped, named above)"
                throw CLIError("\(argument): the folder holds no \(suffix) files\(others)")
            }
            paths += found
        }
        if let listFile { paths += try list(listFile) }
        return paths
    }

    /// The files in `folder` and its subfolders, shown under the name the user gave: a folder
    /// given as a symbolic link is walked where it points, and a linked file counts when it
    /// links to a regular file. An entry with the suffix that is neither a regular file nor a
    /// folder (a named pipe, a device, a dangling link) is skipped, with the reason.
    private static func files(in folder: String, suffix: String) throws -> (found: [String], skipped: [(String, String)]) {
        let root = URL(fileURLWithPath: folder, isDirectory: true).resolvingSymlinksInPath()
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw CLIError("\(folder): the folder cannot be read")
        }
        var found: [String] = []
        var skipped: [(String, String)] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let rootPath = root.standardizedFileURL.path + "/"
        for case let url as URL in walker where url.lastPathComponent.hasSuffix(suffix) {
            let full = url.standardizedFileURL.path
            let shown = full.hasPrefix(rootPath) ? prefix + full.dropFirst(rootPath.count) : full
            if let reason = InputFile.skipReason(full) {
                if !url.hasDirectoryPath, (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true {
                    skipped.append((shown, reason))
                }
                continue
            }
            found.append(shown)
        }
        return (found.sorted(), skipped.sorted { $0.0 < $1.0 })
    }

    /// The paths in a list file, one per line (LF or CRLF), as written: relative paths are
    /// relative to the current folder. Blank lines and a leading byte-order mark are skipped.
    private static func list(_ listFile: String) throws -> [String] {
        let data: Data
        if listFile == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = Data(try FileReader.read(URL(fileURLWithPath: listFile), as: .fileList, shownAs: "--files-from \(listFile)"))
            } catch {
                throw CLIError("\(error.description)")
            }
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let paths = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        guard !paths.isEmpty else {
            throw CLIError(
                "--files-from \(listFile == "-" ? "- (standard input)" : listFile): the list names no files; give one path per line")
        }
        return paths
    }
}
