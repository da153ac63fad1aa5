import Foundation
import SpiegelTestSupport
import Testing

/// The rules every way in applies alike — `score`, the `score -i` walk and `rating import` —
/// run with the built binary on a small instrument with every kind of item.
@Suite("The same rules on every way in (end to end)")
struct EntryRuleTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]
    static let instrument = Fixtures.fixture("rules/every-entry.xml")

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try spiegel("session", "create", Self.instrument.path, "leerkracht=L04", "--date", "2026-11-12", "--use")
        try spiegel("use", "--rater", "S01", "--role", "coachee")
    }

    @Test("a number on a step of 0.1 is taken as typed; one between steps is refused", arguments: ["0.3", "0.7", "0.9", "1"])
    func decimalSteps(value: String) throws {
        try spiegel("score", "n1=\(value)")
        #expect(try spiegel("rating", "show").stdout.contains(value))
    }

    @Test(
        "a score or feedback that says two things, or feedback on an item that is not rated, is refused naming it",
        arguments: [
            (["score", "r1=1", "r1=2"], "item r1 is given twice, as '1' and as '2': give it once"),
            (["score", "n1=0.35"], "0.35 is not a step of 0.1 from 0 for item 'n1'"),
            (["score", "n1=0x1"], "'0x1' is not a number in 0–1 for item 'n1'"),
            (["score", "c1=yes"], "expected ja or nee"),
            (["score", "c1=1"], "expected ja or nee"),
            (
                ["score", "--strength", "t1"],
                "item t1 is a text item, which is not rated on a scale; only rated items can be a strong point"
            ),
            (
                ["score", "--work-point", "c1"],
                "item c1 is a check item, which is not rated on a scale; only rated items can be a work point"
            ),
            (["score", "--strength", "n1"], "item n1 is a number item"),
            (["score", "--strength", "r1", "--strength", "r1"], "item r1 is given twice as a strong point: give it once"),
            (["score", "--strength", "r2", "--no-strength", "r2"], "item r2 is both added and removed as a strong point"),
            (["score", "--strength", "zz"], "strong point 'zz' is not an item of regels"),
        ])
    func refusals(arguments: [String], message: String) throws {
        try expectRefusal(arguments, message)
    }

    @Test("a score that cites one piece of evidence twice is refused, in a command and in a file")
    func citedTwice() throws {
        try spiegel("note", "0:10", "r1", "+", "Goed begin")
        try expectRefusal(["score", "r1=3@1,#1"], "the score of item r1 cites evidence #1 twice: cite it once")
        try spiegel("score", "r1=3@1")
        let exported = try spiegel("rating", "export").stdout
        let id = try #require(exported.firstMatch(of: /cites="([^"]+)"/)).output.1
        let file = folder.appending(path: "cited-twice.xml")
        try Data(exported.replacingOccurrences(of: "cites=\"\(id)\"", with: "cites=\"\(id) \(id)\"").utf8).write(to: file)
        let run = try spiegel(importing(file.path), expect: 1)
        #expect(run.stderr.contains("the score of item 'r1' cites evidence '\(id)' twice"), "\(run.stderr)")
    }

    @Test("the walk refuses a strong point on a text item and asks again")
    func walkRefusesFeedbackOnText() throws {
        let input = [":f", "t1", "", "r1", "", ""].joined(separator: "\n") + "\n"
        let run = try spiegel("score", "--interactive", input: input)
        #expect(run.stdout.contains("item t1 is a text item, which is not rated on a scale; only rated items can be a strong point"))
        #expect(try spiegel("rating", "show").stdout.contains("strong points: r1"))
    }

    @Test(
        "a rating file is refused for what score refuses, with the same words, and nothing is imported",
        arguments: [
            ("<strength item=\"t1\"/>", "item t1 is a text item, which is not rated on a scale; only rated items can be a strong point"),
            (
                "<strength item=\"r1\"/><strength item=\"r2\"/><strength item=\"r3\"/>",
                "the instrument asks for 2 strong points at most; adding r1, r2, r3 would make 3"
            ),
            ("<strength item=\"r1\"/><work-point item=\"r1\"/>", "item r1 cannot be a strong point and a work point at once"),
            ("<strength item=\"r1\"/><strength item=\"r1\"/>", "item r1 is given twice as a strong point: give it once"),
        ])
    func importRefusesFeedback(feedback: String, message: String) throws {
        let file = try exportedFile { $0.replacingOccurrences(of: "<strength item=\"r2\"/>", with: feedback) }
        let run = try spiegel(importing(file), expect: 1)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("1 of 1 file not imported"))
    }

    @Test("a rating file with an item scored twice is refused at the second score, naming both values")
    func importRefusesRepeatedScore() throws {
        let file = try exportedFile { $0.replacingOccurrences(of: "</scores>", with: "<score item=\"r1\">4</score></scores>") }
        let run = try spiegel(importing(file), expect: 1)
        #expect(run.stderr.contains("item r1 is given twice, as '2' and as '4': give it once"), "\(run.stderr)")
    }

    @Test("a rating file with a number on a step of 0.1 imports as it was scored")
    func importTakesDecimalSteps() throws {
        let file = try exportedFile { $0 }
        try spiegel(importing(file))
        let shown = try spiegel("rating", "show", "--session", "1", "--rater", "S01", "--role", "coachee", "--store", otherStore)
        #expect(shown.stdout.contains("0.7"))
    }

    private var otherStore: String { folder.appending(path: "other.sqlite").path }

    /// `rating import FILE` into another store, which finds the instrument in the fixture's folder.
    private func importing(_ file: String) -> [String] {
        ["rating", "import", file, "--store", otherStore, "--instruments", Self.instrument.deletingLastPathComponent().path]
    }

    /// A rating file of this session (r1=2, n1=0.7, strong point r2), its text changed by `edit`.
    private func exportedFile(_ edit: (String) -> String) throws -> String {
        try spiegel("score", "r1=2", "n1=0.7", "t1=goed", "--strength", "r2")
        let exported = try spiegel("rating", "export").stdout
        let path = folder.appending(path: "edited.xml").path
        try Data(edit(exported).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
