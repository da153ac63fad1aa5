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

    /// Major 1, minor 3 (the null device), as glibc's `makedev` encodes small numbers.
    static let nullDevice: dev_t = (1 << 8) | 3

    @Test("a device is refused and left alone")
    func device() throws {
        // A device node of the test's own (the null device, made in the workspace) when the
        // tests run as root, as in CI: were the refusal ever to fail, only that node would be
        // replaced, never the system's /dev/null. Without root, /dev/null cannot be replaced.
        let own = folder.appending(path: "null-device").path
        let device = mknod(own, S_IFCHR | 0o666, Self.nullDevice) == 0 ? own : "/dev/null"
        let run = try spiegel(["compare", "1", "-o", device], expect: 1)
        #expect(run.stderr.contains("\(device): is a character device, not a regular file"))
        var status = stat()
        #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
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
