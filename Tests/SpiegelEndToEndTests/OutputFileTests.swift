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

    /// The store, each file SQLite keeps beside it, and ways of naming the store other than its path.
    var storeNames: [String] {
        let store = environment["SPIEGEL_STORE"] ?? ""
        let hardLink = folder.appending(path: "harde-link.sqlite").path
        _ = link(store, hardLink)
        let linkedFolder = folder.appending(path: "map-link").path
        _ = symlink(folder.path, linkedFolder)
        return [
            store, store + "-wal", store + "-shm", store + "-journal", "./" + URL(fileURLWithPath: store).lastPathComponent,
            hardLink, linkedFolder + "/" + URL(fileURLWithPath: store).lastPathComponent,
        ]
    }

    @Test("the store, its -wal, -shm and -journal, by any name, are refused and left as they were")
    func store() throws {
        let before = try dump()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: environment["SPIEGEL_STORE"] ?? ""))
        for command in writers + [
            ["history", "--coach", "C07"], ["agreement"], ["session", "invite", "1", "--rater", "C07", "--role", "self"],
        ] {
            for target in storeNames {
                let run = try spiegel(command + ["-o", target], expect: 1)
                #expect(run.stderr.contains("\(target): is the store"), "\(command) -o \(target): \(run.stderr)")
                #expect(run.stderr.contains("give another path"), "\(run.stderr)")
            }
        }
        #expect(try dump() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: environment["SPIEGEL_STORE"] ?? "")) == bytes)
        #expect(!FileManager.default.fileExists(atPath: (environment["SPIEGEL_STORE"] ?? "") + "-journal"))
    }

    @Test("a session's recording, by any name, is refused as an output and left as it was")
    func recording() throws {
        let video = folder.appending(path: "gesprek.wav")
        let bytes = Data(repeating: 9, count: 8192)
        try bytes.write(to: video)
        _ = link(video.path, folder.appending(path: "hard.wav").path)
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C08", "jongere=J200", "--date", "2026-11-18", "--video", "gesprek.wav",
            "--duration", "1:00")
        let before = try dump()
        for command in writers + [["session", "invite", "1", "--rater", "C07", "--role", "self"]] {
            for target in ["gesprek.wav", "./gesprek.wav", video.path, "hard.wav"] {
                let run = try spiegel(command + ["-o", target], expect: 1)
                #expect(run.stderr.contains("\(target): is the recording of session 3"), "\(command) -o \(target): \(run.stderr)")
            }
        }
        #expect(try Data(contentsOf: video) == bytes)
        #expect(try dump() == before)
        try FileManager.default.removeItem(at: video)
        let moved = try spiegel(["export", "-o", "gesprek.wav"], expect: 1)
        #expect(moved.stderr.contains("gesprek.wav: is the recording of session 3"), "\(moved.stderr)")
        #expect(!FileManager.default.fileExists(atPath: video.path))
    }

    @Test("a file the command reads is refused as its output, by any name, and left as it was")
    func input() throws {
        let instrument = folder.appending(path: "mijn.xml").path
        try FileManager.default.copyItem(
            at: Fixtures.instruments.appending(path: "school2care-reflectie.xml"), to: URL(fileURLWithPath: instrument))
        let original = try String(contentsOfFile: instrument, encoding: .utf8)
        let template = folder.appending(path: "sjabloon.mustache").path
        try Data("Verslag\n".utf8).write(to: URL(fileURLWithPath: template))
        _ = link(instrument, folder.appending(path: "hard.xml").path)
        let cases: [[String]] = [
            ["instrument", "form", "mijn.xml", "-o", "mijn.xml"], ["instrument", "form", "./mijn.xml", "-o", instrument],
            ["instrument", "form", "mijn.xml", "-o", "hard.xml"], ["report", "1", "--template", template, "-o", "./sjabloon.mustache"],
            ["instrument", "form", "mijn.xml", "--template", "sjabloon.mustache", "-o", template],
        ]
        let bundled = Fixtures.repository.appending(path: "Templates/report.html.mustache").path
        let own = try spiegel(["report", "1", "-o", bundled], expect: 1)
        #expect(own.stderr.contains("is in Spiegel's own Templates folder"), "\(own.stderr)")
        for command in cases {
            let run = try spiegel(command, expect: 1)
            #expect(run.stderr.contains("is a file this command reads"), "\(command): \(run.stderr)")
        }
        #expect(try String(contentsOfFile: instrument, encoding: .utf8) == original)
        #expect(try String(contentsOfFile: template, encoding: .utf8) == "Verslag\n")
    }
}
