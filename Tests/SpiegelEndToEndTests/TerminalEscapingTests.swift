import Foundation
import SpiegelTestSupport
import Testing

/// Nothing typed, named or imported reaches the terminal raw: arguments in the parser's own
/// messages, file and store paths in errors, rating-file names in import messages, invisible
/// characters in evidence. Dutch text stays as it is.
@Suite("Control and invisible characters never reach the terminal (end to end)")
struct TerminalEscapingTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=3", "--date", "2026-11-18",
            "--use")
        try spiegel("use", "--rater", "S01", "--role", "supervisor")
    }

    /// Whether `text` holds a character a terminal must not get: controls but the line break, format characters, separators.
    static func holdsRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar != "\n"
                && [.control, .format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
    }

    @Test(
        "the argument parser's messages show what was typed escaped, on one line",
        arguments: [
            (["note", "1:00\u{1B}[31m", "x"], "1:00\\u{1B}[31m"),
            (["session", "list", "--x\u{1B}[2J"], "--x\\u{1B}[2J"),
            (["session", "list", "--x\u{202E}y"], "--x\\u{202E}y"),
            (["session", "show", "1\n2"], "1\\n2"),
            (["score", "--jobs\u{200B}", "1"], "--jobs\\u{200B}"),
        ])
    func parserMessages(arguments: [String], shown: String) throws {
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
        #expect(run.status != 0)
        #expect(!Self.holdsRawControl(run.stderr), "\(run.stderr)")
        #expect(run.stderr.contains(shown), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").first?.hasPrefix("Error: ") == true, "\(run.stderr)")
    }

    @Test("a store path with a line break or an escape is shown escaped in the error, on one line")
    func storePath() throws {
        let run = try spiegel("session", "list", "--store", folder.path + "/a\nb\u{1B}[2J/x.sqlite", expect: 1)
        #expect(!Self.holdsRawControl(run.stderr), "\(run.stderr)")
        #expect(run.stderr.contains("/a\\nb\\u{1B}[2J/x.sqlite"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }

    @Test("rating files named with a line break, an escape or a bidi override are named escaped by import")
    func ratingFileNames() throws {
        try spiegel("score", "1=2")
        try spiegel("rating", "export", "-o", "r.xml")
        let names = ["a\nb.xml", "e\u{1B}[31mx.xml", "bi\u{202E}di.xml", "zw\u{200B}sp.xml"]
        for name in names { try FileManager.default.copyItem(at: folder.appending(path: "r.xml"), to: folder.appending(path: name)) }
        try Data("<x".utf8).write(to: folder.appending(path: "kapot\u{1B}[2J\n.xml"))
        let run = try spiegel(["rating", "import"] + names + ["kapot\u{1B}[2J\n.xml"], expect: 1)
        for output in [run.stdout, run.stderr] { #expect(!Self.holdsRawControl(output), "\(output)") }
        #expect(run.stdout.contains("a\\nb.xml: "), "\(run.stdout)")
        #expect(run.stdout.contains("e\\u{1B}[31mx.xml: ") && run.stdout.contains("bi\\u{202E}di.xml: "), "\(run.stdout)")
        #expect(run.stdout.contains("zw\\u{200B}sp.xml: "), "\(run.stdout)")
        #expect(run.stderr.contains("kapot\\u{1B}[2J\\n.xml:"), "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == names.count, "\(run.stdout)")
    }

    @Test("invisible characters in evidence are escaped by note, evidence list, session show and the text report")
    func invisibleEvidence() throws {
        let hostile = "kijkt\u{200B}weg\u{FEFF}\u{2060}\u{AD}"
        let runs = [
            try spiegel("note", "1:00", "1a", "+", hostile), try spiegel("evidence", "list"), try spiegel("session", "show", "1"),
            try spiegel("report", "1", "--format", "text"),
        ]
        for run in runs {
            #expect(!Self.holdsRawControl(run.stdout), "\(run.stdout)")
            #expect(run.stdout.contains("kijkt\\u{200B}weg\\u{FEFF}\\u{2060}\\u{AD}"), "\(run.stdout)")
        }
    }

    @Test("Dutch text with accents and typographic apostrophes is shown as typed, not escaped")
    func dutchText() throws {
        let run = try spiegel("note", "1:00", "1a", "+", "financiële afspraken, ’t café, z’n idee")
        #expect(run.stdout.contains("financiële afspraken, ’t café, z’n idee"), "\(run.stdout)")
    }

    @Test(
        "on a terminal the text report keeps its own bold and yellow, and a typed escape sequence is still shown escaped",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func styledOnTerminal() throws {
        try spiegel("note", "1:00", "1a", "+", "rood\u{1B}[1mvet\u{1B}[2J")
        try spiegel("score", "1=2")
        // script(1) runs the command on a pseudo-terminal, as a user's shell would.
        let command = "'\(SpiegelBinary.url.path)' report 1"
        let run = try SpiegelBinary.run(
            ["-qec", command, "/dev/null"], in: folder, environment: environment, executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("\u{1B}[1m") && run.stdout.contains("\u{1B}[0m"), "\(run.stdout)")
        #expect(run.stdout.contains("rood\\u{1B}[1mvet\\u{1B}[2J"), "\(run.stdout)")
        #expect(!run.stdout.contains("\u{1B}[2J"), "\(run.stdout)")
    }

    @Test("only the terminal writer prints: no command writes to standard output or error by another way")
    func oneWriter() throws {
        let sources = Fixtures.repository.appending(path: "Sources/spiegel")
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) where file != "Terminal.swift" {
            let text = try String(contentsOf: sources.appending(path: file), encoding: .utf8)
            let bypass = try Regex(#"(^|[^.\w])print\(|standardOutput\.write|standardError\.write|FileHandle\.standardError|fputs\("#)
            #expect(text.firstMatch(of: bypass) == nil, "\(file) writes past Terminal")
        }
    }
}
