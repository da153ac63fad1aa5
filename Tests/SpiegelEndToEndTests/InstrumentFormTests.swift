import Foundation
import SpiegelTestSupport
import Testing

/// `spiegel instrument form` run as a user runs it: the built binary, from another directory.
@Suite("spiegel instrument form (end to end)")
struct InstrumentFormTests {
    @Test("html on standard output by default: the whole School2Care form, self-contained")
    func htmlToStandardOutput() throws {
        let run = try SpiegelBinary.run(["instrument", "form", "school2care-reflectie"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(run.stdout.contains("<h1>Reflectie op coachgesprekken School2Care</h1>"))
        #expect(run.stdout.contains("Zorgt voor een duidelijke afsluiting van het gesprek (vat samen, concludeert, blikt vooruit)"))
        #expect(run.stdout.contains("Sterke punten (2)") && run.stdout.contains("Werkpunt (1)"))
        #expect(!run.stdout.contains("http://") && !run.stdout.contains("https://"))
    }

    @Test("-o writes the file owner-only and says so on stderr; it equals what standard output gets")
    func markdownToFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let run = try SpiegelBinary.run(
            ["instrument", "form", "observatielijst-coachingsgesprekken", "--format", "md", "-o", "lijst.md"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "wrote lijst.md\n")
        let file = folder.appending(path: "lijst.md")
        let written = try Fixtures.text(of: file)
        #expect(written.hasPrefix("# Observatielijst coachingsgesprekken collega praktijkschool tijdens coachingsdag\n"))
        #expect(written.contains("- Heeft het IOP een rol bij het CG? (lk14) ☐ ja ☐ nee\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let toStandardOutput = try SpiegelBinary.run(["instrument", "form", "observatielijst-coachingsgesprekken", "--format", "md"])
        #expect(toStandardOutput.stdout == written)
    }

    @Test("the form of every bundled instrument matches its golden file", arguments: Fixtures.bundledInstrumentNames)
    func matchesGolden(name: String) throws {
        let id = String(name.dropLast(".xml".count))
        for format in ["html", "md"] {
            let run = try SpiegelBinary.run(["instrument", "form", id, "--format", format])
            #expect(run.status == 0, "\(run.stderr)")
            let golden = try Fixtures.text(of: Fixtures.fixture("golden/form-\(id).\(format)"))
            #expect(run.stdout == golden, "\(id) \(format) differs from its golden file")
        }
    }

    @Test("a file path works like an id; --translation none leaves the English out")
    func fileAndTranslation() throws {
        let path = Fixtures.fixture("forms/every-kind.xml").path
        let run = try SpiegelBinary.run(["instrument", "form", path, "--format", "md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("nu: ☐ 0  ☐ 1  ☐ 2"))
        #expect(run.stdout.contains("*(A hint for the item)*"))
        let dutch = try SpiegelBinary.run(["instrument", "form", path, "--format", "md", "--translation", "none"])
        #expect(dutch.status == 0)
        #expect(!dutch.stdout.contains("A hint for the item") && dutch.stdout.contains("Een hint bij het item"))
    }

    @Test("--template lays the form out with the user's own template")
    func ownTemplate() throws {
        let folder = try Fixtures.temporaryFolder()
        let template =
            "{{% CONTENT_TYPE: TEXT}}{{title.text}}\n{{#sections}}{{#items}}{{number}}:{{count(boxes)}} {{/items}}{{/sections}}\n"
        try Data(template.utf8).write(to: folder.appending(path: "kort.mustache"))
        let run = try SpiegelBinary.run(["instrument", "form", "school2care-reflectie", "--template", "kort.mustache"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Reflectie op coachgesprekken School2Care\n" + (1...14).map { "\($0):4 " }.joined() + "\n")
    }

    @Test("an unknown id is refused with the known ids; nothing is written")
    func unknownID() throws {
        let folder = try Fixtures.temporaryFolder()
        let run = try SpiegelBinary.run(["instrument", "form", "school2care", "-o", "form.html"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("no instrument with id 'school2care'; known ids: "))
        #expect(run.stderr.contains("school2care-reflectie"))
        try expectNothingWritten(run, in: folder)
    }

    @Test("a file that is not an instrument is refused with file, line and column, like validate")
    func notAnInstrument() throws {
        let folder = try Fixtures.temporaryFolder()
        try Data("hallo, dit is geen instrument\n".utf8).write(to: folder.appending(path: "notities.xml"))
        let text = try SpiegelBinary.run(["instrument", "form", "notities.xml", "-o", "form.html"], in: folder)
        #expect(text.status == 1)
        #expect(text.stderr.hasPrefix("notities.xml:1:1: error: "), "\(text.stderr)")
        try expectNothingWritten(text, in: folder)

        try FileManager.default.copyItem(at: Fixtures.fixture("invalid/many-problems.xml"), to: folder.appending(path: "kapot.xml"))
        let invalid = try SpiegelBinary.run(["instrument", "form", "kapot.xml", "-o", "form.html"], in: folder)
        #expect(invalid.status == 1)
        let validate = try SpiegelBinary.run(["instrument", "validate", "kapot.xml"], in: folder)
        let problems = validate.stderr.split(separator: "\n").filter { $0.hasPrefix("kapot.xml:") }
        #expect(problems.count == 11)
        #expect(invalid.stderr.split(separator: "\n") == problems)
        #expect(
            invalid.stderr.hasPrefix(
                "kapot.xml:8:14: error: scale 'drie': level 3 has value 2, lower than the 3 before it; list levels from low to high\n"))
        try expectNothingWritten(invalid, in: folder)
    }

    @Test("--format text (or json, csv) is refused: a form is html or md")
    func reportFormatsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        for format in ["text", "json", "csv"] {
            let run = try SpiegelBinary.run(
                ["instrument", "form", "school2care-reflectie", "--format", format, "-o", "form.html"], in: folder)
            #expect(run.status == 64)
            #expect(run.stderr.contains("Error: a form is printed as html or md, not \(format); give --format html or --format md"))
            try expectNothingWritten(run, in: folder)
        }
    }

    @Test("a broken template is refused with its line and column; nothing is written")
    func brokenTemplate() throws {
        let folder = try Fixtures.temporaryFolder()
        try Data("Formulier\n{{#sections}}\n  {{title.text}}\n{{/items}}\n".utf8).write(to: folder.appending(path: "kapot.mustache"))
        let run = try SpiegelBinary.run(
            ["instrument", "form", "school2care-reflectie", "--template", "kapot.mustache", "-o", "form.html"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "Error: kapot.mustache:4:4: a section is closed with another name than it was opened with\n")
        try expectNothingWritten(run, in: folder)
        let missing = try SpiegelBinary.run(["instrument", "form", "school2care-reflectie", "--template", "weg.mustache"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--template weg.mustache: no such file"))
    }

    @Test("an output file in a folder that does not exist is refused")
    func unwritableOutput() throws {
        let run = try SpiegelBinary.run(["instrument", "form", "school2care-reflectie", "-o", "/nonexistent/form.html"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/form.html: cannot be written"))
        #expect(run.stdout.isEmpty)
    }

    /// The command printed nothing on stdout and left no file (not even a temporary one) behind.
    private func expectNothingWritten(_ run: SpiegelBinary.Run, in folder: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!files.contains { $0.hasPrefix("form.html") || $0.hasPrefix(".form.html") }, "\(files)", sourceLocation: sourceLocation)
    }
}
