import Foundation
import SpiegelTestSupport
import Testing

/// A user's instruments folder with hostile and broken files in it: each is reported and
/// skipped, and every command keeps working with the other instruments.
@Suite("Hostile files in an instruments folder (end to end)")
struct HostileFolderTests {
    let folder: URL
    let instruments: URL

    static let hostile = ["scale-overflow.xml", "number-inf.xml", "number-huge.xml", "utf16-doctype.xml", "text-lines-huge.xml"]

    init() throws {
        folder = try Fixtures.temporaryFolder()
        instruments = folder.appending(path: "instruments")
        try FileManager.default.createDirectory(at: instruments, withIntermediateDirectories: true)
        for name in Self.hostile {
            try FileManager.default.copyItem(at: Fixtures.fixture("hostile/\(name)"), to: instruments.appending(path: name))
        }
        try FileManager.default.createDirectory(at: instruments.appending(path: "map.xml"), withIntermediateDirectories: true)
        #expect(mkfifo(instruments.appending(path: "pijp.xml").path, 0o600) == 0)
    }

    @discardableResult
    func spiegel(_ arguments: String..., searching: Bool = true, expect status: Int32 = 0) throws -> SpiegelBinary.Run {
        let run = try SpiegelBinary.run(
            arguments + (searching ? ["--instruments", instruments.path] : []), in: folder,
            environment: ["SPIEGEL_STORE": folder.appending(path: "store.sqlite").path, "HOME": folder.path])
        #expect(run.status == status, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stdout)\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("diagnostics: ["), "\(run.stderr)")
        return run
    }

    func expectEveryBadFileReported(_ stderr: String) {
        for name in Self.hostile {
            #expect(stderr.contains(instruments.appending(path: name).path + ": not a valid instrument"), "\(name) in:\n\(stderr)")
        }
        for (name, kind) in [("map.xml", "a folder"), ("pijp.xml", "a named pipe (FIFO)")] {
            let skipped = instruments.appending(path: name).path + ": is \(kind), not a regular file, skipped"
            #expect(stderr.contains(skipped), "\(name) in:\n\(stderr)")
        }
    }

    @Test("instrument list lists the bundled instruments and names each bad file")
    func list() throws {
        let run = try spiegel("instrument", "list")
        #expect(run.stdout.contains("kijkwijzer-vlekjesmethode"))
        expectEveryBadFileReported(run.stderr)
    }

    @Test("session create, instrument form and rating import of another instrument still work")
    func otherInstruments() throws {
        let form = try spiegel("instrument", "form", "kijkwijzer-vlekjesmethode", "--format", "md")
        #expect(form.stdout.contains("vlekjes") || form.stdout.contains("Vlekjes"))
        expectEveryBadFileReported(form.stderr)
        try spiegel("session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=3", "--date", "2026-11-18", "--use")
        try spiegel("use", "--rater", "C07", "--role", "self", searching: false)
        try spiegel("score", "1=2", searching: false)
        try spiegel("rating", "export", "-o", "c07.xml", searching: false)
        let imported = try SpiegelBinary.run(
            ["rating", "import", "c07.xml", "--instruments", instruments.path], in: folder,
            environment: ["SPIEGEL_STORE": folder.appending(path: "other.sqlite").path, "HOME": folder.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("c07.xml: C07 (self) → new session 1"), "\(imported.stdout)")
    }

    @Test("validating a hostile file names it and the problem, exit status 1")
    func validate() throws {
        let run = try spiegel("instrument", "validate", instruments.appending(path: "scale-overflow.xml").path, expect: 1)
        #expect(run.stderr.contains("scale-overflow.xml:7:14: error: scale 'groot': level value 9223372036854775807 is out of range"))
    }

    @Test("session create with a file that is not XML prints its diagnostics, never a Swift value")
    func garbage() throws {
        try Data("dit is geen xml".utf8).write(to: folder.appending(path: "garbage.xml"))
        let run = try spiegel("session", "create", "garbage.xml", expect: 1)
        #expect(run.stderr.hasPrefix("garbage.xml:1:1: error: "), "\(run.stderr)")
        #expect(!run.stderr.contains("InvalidInstrument") && !run.stderr.contains("SourceLocation"), "\(run.stderr)")
    }

    @Test("a file over a size limit is refused with its size and the limit as a person reads them")
    func sizes() throws {
        try Data(repeating: UInt8(ascii: " "), count: 9_856_614).write(to: folder.appending(path: "groot.xml"))
        let imported = try spiegel("rating", "import", "groot.xml", expect: 1)
        #expect(imported.stderr.contains("the file is 9.4 MB, more than the 8 MB limit"), "\(imported.stderr)")
        let validated = try spiegel("instrument", "validate", "groot.xml", expect: 1)
        #expect(validated.stderr.contains("groot.xml: error: the file is 9.4 MB, more than the 2 MB limit"), "\(validated.stderr)")
    }
}
