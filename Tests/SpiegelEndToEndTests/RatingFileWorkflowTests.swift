import Foundation
import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// Rating files between stores: a coach scores at home, the supervisor imports.
@Suite("Rating files (end to end)")
struct RatingFileWorkflowTests {
    let folder: URL

    init() throws { folder = try Fixtures.temporaryFolder() }

    func environment(_ store: String) -> [String: String] {
        ["SPIEGEL_STORE": folder.appending(path: store).path, "HOME": folder.path]
    }

    @discardableResult
    func spiegel(_ store: String, _ arguments: [String], input: String? = nil, expect status: Int32 = 0) throws -> SpiegelBinary.Run {
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment(store), input: input)
        #expect(run.status == status, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stdout)\(run.stderr)")
        return run
    }

    /// The coach's own store: a session, notes and a self-rating, exported to `file`.
    func coachExports(to file: String, instruments: [String] = [], store: String = "coach.sqlite", jongere: String = "J112") throws {
        try spiegel(
            store,
            ["session", "create", "school2care-reflectie", "coach=C07", "jongere=\(jongere)", "gesprek=3", "--date", "2026-11-18", "--use"]
                + instruments)
        try spiegel(store, ["use", "--rater", "C07", "--role", "self"])
        try spiegel(store, ["note", "2:10", "2e", "+", "Ik zeg dat hij het goed heeft gedaan op stage"])
        try spiegel(
            store, ["score", "1=2", "2=3@1", "3=2", "4=3", "5=2", "6=2", "7=3", "8=2", "9=2", "10=2", "11=nvt", "12=3", "13=2", "14=2"])
        try spiegel(store, ["rating", "export", "-o", file])
    }

    @Test("import attaches the coach's file, is idempotent, and a later correction arrives as a new revision")
    func importIsIdempotent() throws {
        try coachExports(to: "c07-self.xml")
        let first = try spiegel("supervisor.sqlite", ["rating", "import", "c07-self.xml"])
        #expect(first.stdout == "c07-self.xml: C07 (self) → new session 1: 14 score changes, 1 new and 0 changed evidence\n")
        let again = try spiegel("supervisor.sqlite", ["rating", "import", "c07-self.xml"])
        #expect(again.stdout == "c07-self.xml: already imported (session 1); nothing added\n")
        try spiegel("coach.sqlite", ["score", "6=3"])
        try spiegel("coach.sqlite", ["rating", "export", "-o", "c07-self-v2.xml"])
        let corrected = try spiegel("supervisor.sqlite", ["rating", "import", "c07-self-v2.xml"])
        #expect(corrected.stdout.contains("→ session 1: 1 score change, 0 new and 0 changed evidence"))
        let history = try spiegel(
            "supervisor.sqlite", ["rating", "show", "--session", "1", "--rater", "C07", "--role", "self", "--history"])
        #expect(history.stdout.contains("  6: 2 [import"))
        #expect(history.stdout.contains("→ 3 [import"))
        let evidence = try spiegel("supervisor.sqlite", ["evidence", "list", "1"])
        #expect(evidence.stdout.contains("1 piece of evidence in session 1"))
    }

    @Test("a rating made with a different instrument structure is refused, saying which")
    func differentStructure() throws {
        let mine = folder.appending(path: "instruments")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        let changed = try Fixtures.text(of: Fixtures.instruments.appending(path: "school2care-reflectie.xml"))
            .replacingOccurrences(of: "id=\"school2care-reflectie\" version=\"1.0\"", with: "id=\"school2care-reflectie\" version=\"1.1\"")
            .replacingOccurrences(of: "De coach is oplossingsgericht", with: "De coach werkt oplossingsgericht")
        try Data(changed.utf8).write(to: mine.appending(path: "s2c-1.1.xml"))
        try coachExports(to: "v11.xml", instruments: ["--instruments", mine.path])
        let refused = try spiegel("supervisor.sqlite", ["rating", "import", "v11.xml"], expect: 1)
        #expect(refused.stderr.contains("v11.xml: error: the rating was made with school2care-reflectie 1.1"))
        #expect(refused.stderr.contains("this Spiegel has school2care-reflectie 1.0"))
        #expect(try spiegel("supervisor.sqlite", ["session", "list"]).stdout.contains("0 sessions"))
        // With the instrument at hand, the session is created; a 1.0 rating of that session is then refused, naming the item.
        try spiegel("supervisor.sqlite", ["rating", "import", "v11.xml", "--instruments", mine.path])
        let session = try Fixtures.text(of: folder.appending(path: "v11.xml")).firstMatch(of: /session uuid="([^"]+)"/)!.output.1
        let old = try Fixtures.text(of: folder.appending(path: "v11.xml"))
            .replacingOccurrences(
                of:
                    "version=\"1.1\" hash=\"sha256:\(Fixtures.loader.load(Array(changed.utf8), source: "x").instrument!.contentHash.hex)\"",
                with: "version=\"1.0\" hash=\"\(try Fixtures.bundled("school2care-reflectie.xml").contentHash)\""
            )
            .replacingOccurrences(of: "code=\"C07\" role=\"self\"", with: "code=\"C08\" role=\"peer\"")
        #expect(old.contains(String(session)))
        try Data(old.utf8).write(to: folder.appending(path: "v10.xml"))
        let mixed = try spiegel("supervisor.sqlite", ["rating", "import", "v10.xml"], expect: 1)
        #expect(
            mixed.stderr.contains("they differ (the rating's against the session's): version 1.0 against 1.1; item '12' differs (text)"),
            "\(mixed.stderr)")
        // The same conversation rated with 1.0 in another store is session 1's, whose instrument differs: refused.
        try coachExports(to: "same.xml", store: "coach-3.sqlite")
        let same = try spiegel("supervisor.sqlite", ["rating", "import", "same.xml"], expect: 1)
        #expect(same.stderr.contains("but session 1 uses school2care-reflectie 1.1"), "\(same.stderr)")
        // In one import with a good file, the refused file does not hold the good one back.
        try coachExports(to: "c07.xml", store: "coach-2.sqlite", jongere: "J113")
        let batch = try spiegel("supervisor.sqlite", ["rating", "import", "c07.xml", "v10.xml"], expect: 1)
        #expect(batch.stdout.contains("c07.xml: C07 (self) → new session"), "\(batch.stdout)")
        #expect(batch.stderr.contains("v10.xml: error: the rating was made with school2care-reflectie 1.0"))
        #expect(batch.stderr.contains("1 of 2 files not imported"))
        #expect(try spiegel("supervisor.sqlite", ["session", "list"]).stdout.contains("2 sessions"))
    }

    @Test("a file that reuses another rating's evidence ids is refused and changes nothing, for a new or a known session")
    func foreignEvidence() throws {
        try coachExports(to: "c07.xml")
        try spiegel("supervisor.sqlite", ["rating", "import", "c07.xml"])
        let text = try Fixtures.text(of: folder.appending(path: "c07.xml"))
        let otherRater = text.replacingOccurrences(of: #"<rater code="C07" role="self"/>"#, with: #"<rater code="C21" role="peer"/>"#)
        #expect(otherRater != text)
        try Data(otherRater.utf8).write(to: folder.appending(path: "c21-same-session.xml"))
        let uuid = try #require(text.firstMatch(of: /session uuid="([^"]+)"/)).output.1
        try Data(otherRater.replacingOccurrences(of: String(uuid), with: "another-session").utf8).write(
            to: folder.appending(path: "c21-new-session.xml"))
        let database = folder.appending(path: "supervisor.sqlite").path
        let before = try sqlite(database, "SELECT count(*) FROM session; SELECT count(*) FROM rating; SELECT count(*) FROM evidence;")
        for file in ["c21-same-session.xml", "c21-new-session.xml"] {
            let run = try spiegel("supervisor.sqlite", ["rating", "import", file], expect: 1)
            #expect(run.stderr.contains("\(file): error: evidence "), "\(run.stderr)")
            #expect(run.stderr.contains("belongs to another rating in this store"))
        }
        #expect(try sqlite(database, "SELECT count(*) FROM session; SELECT count(*) FROM rating; SELECT count(*) FROM evidence;") == before)
    }

    @Test("a damaged rating file gets located errors and changes nothing")
    func damaged() throws {
        try coachExports(to: "c07.xml")
        let text = try Fixtures.text(of: folder.appending(path: "c07.xml"))
        try Data(text.replacingOccurrences(of: "start=\"02:10\"", with: "start=\"02:75\"").utf8).write(
            to: folder.appending(path: "bad-time.xml"))
        try Data(text.replacingOccurrences(of: "<score item=\"1\">2</score>", with: "<score item=\"1\">4</score>").utf8).write(
            to: folder.appending(path: "off-scale.xml"))
        try Data(text.replacingOccurrences(of: "</rating>", with: "").utf8).write(to: folder.appending(path: "truncated.xml"))
        let run = try spiegel("supervisor.sqlite", ["rating", "import", "bad-time.xml", "off-scale.xml", "truncated.xml"], expect: 1)
        #expect(run.stderr.contains("bad-time.xml:"))
        #expect(run.stderr.contains("'75' is more than 59"))
        #expect(run.stderr.contains("off-scale.xml: error: '4' is not on the scale of item '1'"))
        #expect(run.stderr.contains("truncated.xml:"))
        #expect(run.stderr.contains("3 of 3 files not imported"))
        #expect(try spiegel("supervisor.sqlite", ["session", "list"]).stdout.contains("0 sessions"))
    }

    /// Writes `count` supervisor ratings of new sessions, each with 14 scores and 3 pieces of
    /// evidence, as `folder/r0000.xml`, `r0001.xml`, …
    func writeRatingFiles(_ count: Int, into folder: String) throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let files = self.folder.appending(path: folder)
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for index in 0..<count {
            let session = Session(
                id: SessionID(Int64(index + 1)), uuid: "\(folder)-\(index)", instrument: InstrumentReference(instrument), video: nil,
                header: [HeaderValue(field: "coach", value: "C\(index % 9 + 1)"), HeaderValue(field: "jongere", value: "J\(index)")],
                date: "2026-11-18")
            let evidence = (0..<3).map {
                Evidence(
                    id: EvidenceID("\(folder)-\(index)-\($0)"), start: VideoTime(milliseconds: 1000 * $0), item: "1", text: "notitie \($0)")
            }
            let scores = instrument.items.map { Score(item: $0.id, answer: .level(1 + index % 3)) }
            let rating = Rating(rater: "S01", role: "supervisor", scores: scores, evidence: evidence)
            let xml = RatingFileWriter.xml(RatingFile(session: session, rating: rating, exported: "2026-11-21T10:00:00Z"))
            try Data(xml.utf8).write(to: files.appending(path: String(format: "r%04d.xml", index)))
        }
    }

    @Test("killed while importing many files: each file is whole or absent; importing again completes without duplicates")
    func killedImport() throws {
        // More files than two import batches (500 files per transaction), so the kill lands
        // after a batch was written and while the next is under way.
        let count = 1_200
        try writeRatingFiles(count, into: "inbox")
        let paths = (0..<count).map { String(format: "inbox/r%04d.xml", $0) }
        let process = Process()
        process.executableURL = SpiegelBinary.url
        process.arguments = ["rating", "import"] + paths
        process.currentDirectoryURL = folder
        process.environment = environment("supervisor.sqlite")
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = 0
        while printed < 40, process.isRunning {
            printed += output.fileHandleForReading.availableData.split(separator: UInt8(ascii: "\n")).count
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let database = folder.appending(path: "supervisor.sqlite").path
        let imported = Int(try sqlite(database, "SELECT count(*) FROM imported_file").trimmingCharacters(in: .whitespacesAndNewlines))!
        #expect(imported > 0 && imported < count, "killed after \(imported) of \(count)")
        #expect(try sqlite(database, "SELECT count(*) FROM rating WHERE id NOT IN (SELECT rating_id FROM imported_file)") == "0\n")
        #expect(
            try sqlite(database, "SELECT count(*) FROM (SELECT rating_id FROM score_revision GROUP BY rating_id HAVING count(*) != 14)")
                == "0\n")
        #expect(try sqlite(database, "SELECT count(*) FROM session") == "\(imported)\n")
        let rerun = try spiegel("supervisor.sqlite", ["rating", "import"] + paths)
        #expect(rerun.stdout.components(separatedBy: "already imported").count - 1 == imported)
        #expect(try sqlite(database, "SELECT count(*) FROM session") == "\(count)\n")
        #expect(try sqlite(database, "SELECT count(*) FROM evidence") == "\(count * 3)\n")
        #expect(try sqlite(database, "SELECT count(*) FROM score_revision") == "\(count * 14)\n")
        #expect(try sqlite(database, "PRAGMA integrity_check") == "ok\n")
    }

    @Test("a folder or a list of files imports in file order across batches; a bad file is reported where it lies")
    func importFolderAndList() throws {
        let count = 520
        try writeRatingFiles(count, into: "inbox")
        let late = folder.appending(path: "inbox/late")
        try FileManager.default.createDirectory(at: late, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appending(path: "inbox/r0519.xml"), to: late.appending(path: "r0519.xml"))
        let bad = folder.appending(path: "inbox/r0510.xml")
        try Data(try Fixtures.text(of: bad).replacingOccurrences(of: "start=\"00:01\"", with: "start=\"00:61\"").utf8).write(to: bad)
        try Data("not a rating".utf8).write(to: folder.appending(path: "inbox/notes.txt"))
        try Data("<hidden/>".utf8).write(to: folder.appending(path: "inbox/.r9999.xml"))

        let run = try spiegel("supervisor.sqlite", ["rating", "import", "inbox"], expect: 1)
        let printed = run.stdout.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
        let expected = (0..<519).filter { $0 != 510 }.map { String(format: "inbox/r%04d.xml", $0) } + ["inbox/late/r0519.xml"]
        #expect(printed == expected.sorted())
        #expect(run.stderr.contains("inbox/r0510.xml:"))
        #expect(run.stderr.contains("1 of \(count) files not imported"))
        let database = folder.appending(path: "supervisor.sqlite").path
        #expect(try sqlite(database, "SELECT count(*) FROM session") == "\(count - 1)\n")

        try Data((expected.prefix(3) + ["", "  "]).joined(separator: "\n").utf8).write(to: folder.appending(path: "list.txt"))
        let listed = try spiegel("supervisor.sqlite", ["rating", "import", "--files-from", "list.txt"])
        #expect(listed.stdout.components(separatedBy: "already imported").count - 1 == 3)
        let piped = try spiegel("supervisor.sqlite", ["rating", "import", "--files-from", "-"], input: expected[5] + "\n")
        #expect(piped.stdout.hasPrefix("\(expected[5]): already imported"))

        try FileManager.default.createDirectory(at: folder.appending(path: "empty"), withIntermediateDirectories: true)
        let empty = try spiegel("supervisor.sqlite", ["rating", "import", "empty"], expect: 1)
        #expect(empty.stderr.contains("empty: the folder holds no .xml files"))
        let missing = try spiegel("supervisor.sqlite", ["rating", "import", "--files-from", "nothing.txt"], expect: 1)
        #expect(missing.stderr.contains("--files-from nothing.txt: no such file"))
        #expect(try sqlite(database, "SELECT count(*) FROM session") == "\(count - 1)\n")
    }

    @Test("any number of threads imports the same, in the same order; linked folders and files count; lists may have a BOM")
    func threadsLinksAndLists() throws {
        try writeRatingFiles(8, into: "few")
        var outputs: [String] = []
        for jobs in [1, 3, 7, 16] {
            let store = "jobs-\(jobs).sqlite"
            outputs.append(try spiegel(store, ["rating", "import", "--jobs", "\(jobs)", "few"]).stdout)
            #expect(try sqlite(folder.appending(path: store).path, "SELECT count(*) FROM session") == "8\n")
        }
        #expect(outputs.allSatisfy { $0 == outputs[0] } && outputs[0].split(separator: "\n").count == 8)
        let invalid = try spiegel("jobs.sqlite", ["rating", "import", "--jobs", "0", "few"], expect: 64)
        #expect(invalid.stderr.contains("--jobs must be from 1 to 256, not 0"))

        let files = FileManager.default
        try files.createSymbolicLink(atPath: folder.appending(path: "linked").path, withDestinationPath: "few")
        try files.createDirectory(at: folder.appending(path: "mixed"), withIntermediateDirectories: true)
        try files.createSymbolicLink(
            atPath: folder.appending(path: "mixed/r0003.xml").path, withDestinationPath: folder.appending(path: "few/r0003.xml").path)
        let linked = try spiegel("linked.sqlite", ["rating", "import", "linked", "mixed"]).stdout
        #expect(linked.hasPrefix("linked/r0000.xml: S01 (supervisor) → new session 1"))
        #expect(linked.contains("mixed/r0003.xml: already imported"))

        try Data(("\u{FEFF}few/r0001.xml\r\nfew/r0002.xml\r\n").utf8).write(to: folder.appending(path: "bom.txt"))
        let listed = try spiegel("bom.sqlite", ["rating", "import", "--files-from", "bom.txt"]).stdout
        #expect(listed.hasPrefix("few/r0001.xml: S01") && listed.contains("\nfew/r0002.xml: S01"))
        try Data("\n  \n".utf8).write(to: folder.appending(path: "blank.txt"))
        let blank = try spiegel("bom.sqlite", ["rating", "import", "--files-from", "blank.txt"], expect: 1)
        #expect(blank.stderr.contains("--files-from blank.txt: the list names no files"))
    }

    func sqlite(_ path: String, _ sql: String) throws -> String {
        try SQLite3.run(path, sql)
    }
}
