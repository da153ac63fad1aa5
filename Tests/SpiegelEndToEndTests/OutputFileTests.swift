import Foundation
import SpiegelTestSupport
import Testing

/// `-o FILE`: a regular file or a new path, written whole and owner-only; anything else is
/// refused and left as it was.
@Suite("Output files (end to end)")
struct OutputFileTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    /// Every command that writes a file with -o.
    var writers: [[String]] {
        [
            ["compare", "1", "--format", "csv"], ["report", "1", "--format", "html"], ["export"],
            ["rating", "export", "--session", "1", "--rater", "S01", "--role", "supervisor"],
            ["instrument", "form", "school2care-reflectie"],
        ]
    }

    @Test("a named pipe is refused, and stays a named pipe")
    func namedPipe() throws {
        let fifo = folder.appending(path: "pijp").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for command in writers {
            let run = try spiegel(command + ["-o", fifo], expect: 1)
            #expect(run.stderr.contains("\(fifo): is a named pipe (FIFO), not a regular file"), "\(command): \(run.stderr)")
            var status = stat()
            #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        }
    }

    @Test("a device is refused and left alone")
    func device() throws {
        let run = try spiegel(["compare", "1", "-o", "/dev/null"], expect: 1)
        #expect(run.stderr.contains("/dev/null: is a character device, not a regular file"))
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a folder is refused; a symbolic link is refused with its target named, and the link and its target stay")
    func folderAndLink() throws {
        let run = try spiegel(["compare", "1", "-o", folder.path], expect: 1)
        #expect(run.stderr.contains("\(folder.path): is a folder, not a regular file"))
        let target = folder.appending(path: "echt.txt").path, link = folder.appending(path: "link.txt").path
        try Data("eerder\n".utf8).write(to: URL(fileURLWithPath: target))
        #expect(symlink(target, link) == 0)
        let linked = try spiegel(["compare", "1", "-o", link], expect: 1)
        #expect(linked.stderr.contains("\(link): is a symbolic link (to \(target)), not a regular file"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "eerder\n")
    }

    @Test("a regular file is replaced, a new path created, both readable by their owner only")
    func regularFiles() throws {
        for (index, command) in writers.enumerated() {
            let existing = folder.appending(path: "bestaand-\(index)").path
            try Data("eerder\n".utf8).write(to: URL(fileURLWithPath: existing))
            for path in [existing, folder.appending(path: "nieuw-\(index)").path] {
                try spiegel(command + ["-o", path])
                #expect(try String(contentsOfFile: path, encoding: .utf8) != "eerder\n")
                #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
            }
        }
    }
}
