import Foundation
import SpiegelTestSupport
import Testing

/// `spiegel instrument …` run as a user runs it: the built binary, from another directory.
@Suite("spiegel instrument (end to end)")
struct InstrumentCommandTests {
    @Test("list shows every bundled instrument with id, version and title, from any directory")
    func list() throws {
        let run = try SpiegelBinary.run(["instrument", "list"], in: try Fixtures.temporaryFolder())
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        for (id, title) in [
            ("school2care-reflectie", "Reflectie op coachgesprekken School2Care"),
            ("observatielijst-coachingsgesprekken", "Observatielijst coachingsgesprekken"),
            ("kijkwijzer-krachtige-leeromgeving", "Kijkwijzer krachtige leeromgeving"),
            ("kijkwijzer-vlekjesmethode", "Kijkwijzer vlekjesmethode"),
        ] {
            let line = lines.first { $0.hasPrefix(id + " ") }
            #expect(line?.contains("1.0") == true, "\(id) missing from:\n\(run.stdout)")
            #expect(line?.contains(title) == true)
        }
    }

    @Test("list finds a user's folder given by flag and by environment variable")
    func listUserFolders() throws {
        let folder = try Fixtures.temporaryFolder()
        let mine = try Fixtures.text(of: Fixtures.instruments.appending(path: "school2care-reflectie.xml"))
            .replacingOccurrences(of: "id=\"school2care-reflectie\"", with: "id=\"eigen-kijkwijzer\"")
        try Data(mine.utf8).write(to: folder.appending(path: "eigen.xml"))
        let byFlag = try SpiegelBinary.run(["instrument", "list", "--instruments", folder.path])
        #expect(byFlag.stdout.contains("eigen-kijkwijzer"))
        #expect(byFlag.stdout.contains(folder.appending(path: "eigen.xml").path))
        let byEnvironment = try SpiegelBinary.run(["instrument", "list"], environment: ["SPIEGEL_INSTRUMENTS": folder.path])
        #expect(byEnvironment.stdout.contains("eigen-kijkwijzer"))
        let byUserFolder = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: byUserFolder.appending(path: "spiegel/instruments"), withIntermediateDirectories: true)
        try Data(mine.utf8).write(to: byUserFolder.appending(path: "spiegel/instruments/eigen.xml"))
        let byXDG = try SpiegelBinary.run(["instrument", "list"], environment: ["XDG_DATA_HOME": byUserFolder.path])
        #expect(byXDG.stdout.contains("eigen-kijkwijzer"))
    }

    @Test("show --format json carries the 14 factors and 55 indicators verbatim and in order")
    func showJSON() throws {
        let run = try SpiegelBinary.run(["instrument", "show", "school2care-reflectie", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["contentHash"] as? String)?.hasPrefix("sha256:") == true)
        let instrument = try #require(json["instrument"] as? [String: Any])
        let sections = try #require(instrument["sections"] as? [[String: Any]])
        let items = sections.flatMap { $0["items"] as? [[String: Any]] ?? [] }
        let prompts = items.compactMap { ($0["prompt"] as? [String: Any])?["text"] as? String }
        let indicators = items.flatMap {
            ($0["indicators"] as? [[String: Any]] ?? []).compactMap { ($0["label"] as? [String: Any])?["text"] as? String }
        }
        let seed = try SeedForms.school2care().flatMap(\.factors)
        #expect(prompts == seed.map(\.title))
        #expect(indicators == seed.flatMap(\.indicators))
        #expect(indicators.count == 55)
    }

    @Test("show prints a readable tree, and translations on request")
    func showText() throws {
        let dutch = try SpiegelBinary.run(["instrument", "show", "school2care-reflectie"])
        #expect(dutch.status == 0)
        #expect(dutch.stdout.contains("I. RELATIE OPBOUWEN / VEILIGE LEEROMGEVING CREËREN  [I]"))
        #expect(dutch.stdout.contains("  1. De coach luistert goed en is geduldig  [1: rating on drie: 1 2 3 nvt]"))
        #expect(
            dutch.stdout.contains("      14c  Zorgt voor een duidelijke afsluiting van het gesprek (vat samen, concludeert, blikt vooruit)")
        )
        #expect(dutch.stdout.contains("eerste-fase"))
        let english = try SpiegelBinary.run(["instrument", "show", "school2care-reflectie", "--lang", "en"])
        #expect(english.stdout.contains("The coach listens well and is patient"))
    }

    @Test("show of a file path works like show of an id")
    func showFile() throws {
        let path = Fixtures.instruments.appending(path: "observatielijst-coachingsgesprekken.xml").path
        let run = try SpiegelBinary.run(["instrument", "show", path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Is het een sturend of coachend gesprek?  [lk4: choice: sturend coachend]"))
    }

    @Test("validate: exit 0 for valid files")
    func validateValid() throws {
        let files = Fixtures.bundledInstrumentNames.map { Fixtures.instruments.appending(path: $0).path }
        let run = try SpiegelBinary.run(["instrument", "validate"] + files)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == files.count)
    }

    @Test("validate: every problem as path:line:column: error: message on stderr, exit 1")
    func validateInvalid() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(at: Fixtures.fixture("invalid/many-problems.xml"), to: folder.appending(path: "kapot.xml"))
        let run = try SpiegelBinary.run(
            ["instrument", "validate", "kapot.xml", Fixtures.instruments.appending(path: "school2care-reflectie.xml").path], in: folder)
        #expect(run.status == 1)
        let problems = run.stderr.split(separator: "\n").filter { $0.hasPrefix("kapot.xml:") }
        #expect(problems.count == 11)
        #expect(problems.allSatisfy { $0.wholeMatch(of: /kapot\.xml:\d+:\d+: error: .+/) != nil })
        #expect(
            problems.first
                == "kapot.xml:8:14: error: scale 'drie': level 3 has value 2, lower than the 3 before it; list levels from low to high")
        #expect(run.stderr.contains("1 of 2 files not valid"))
        #expect(run.stdout.contains("school2care-reflectie.xml: valid"))
    }

    @Test("validate refuses a hostile file, a missing file and a folder with a clear line each")
    func validateRefusals() throws {
        let hostile = Fixtures.fixture("hostile/billion-laughs.xml").path
        let run = try SpiegelBinary.run(["instrument", "validate", hostile, "/nonexistent/x.xml", "/tmp"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(hostile):2:1: error: a DOCTYPE or other markup declaration is not allowed in a Spiegel file"))
        #expect(run.stderr.contains("/nonexistent/x.xml: error: no such file"))
        #expect(run.stderr.contains("/tmp: error: is a folder, not a regular file"))
        #expect(run.stderr.contains("3 of 3 files not valid"))
    }

    @Test("show of an unknown id names the known ids and exits non-zero")
    func showUnknown() throws {
        let run = try SpiegelBinary.run(["instrument", "show", "bestaat-niet"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no instrument with id 'bestaat-niet'; known ids:"))
        #expect(run.stderr.contains("school2care-reflectie"))
    }

    @Test("show of an invalid file prints its diagnostics and exits 1")
    func showInvalid() throws {
        let run = try SpiegelBinary.run(["instrument", "show", Fixtures.fixture("invalid/malformed.xml").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("malformed.xml:5:14: error: </instrument> does not close <section> opened on line 4"))
        #expect(run.stdout.isEmpty)
    }

    @Test("an installed copy (bin/ and share/spiegel/) finds its instruments without the checkout")
    func installedLayout() throws {
        let prefix = try Fixtures.temporaryFolder()
        let bin = prefix.appending(path: "bin"), share = prefix.appending(path: "share/spiegel")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SpiegelBinary.url, to: bin.appending(path: "spiegel"))
        try FileManager.default.copyItem(at: Fixtures.instruments, to: share.appending(path: "Instruments"))
        let run = try SpiegelBinary.run(["instrument", "list"], executable: bin.appending(path: "spiegel"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("bundled: school2care-reflectie.xml"))
        try FileManager.default.removeItem(at: share)
        let missing = try SpiegelBinary.run(["instrument", "list"], executable: bin.appending(path: "spiegel"))
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot find Spiegel's instruments and schema"))
    }
}
