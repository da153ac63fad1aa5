import Foundation
import SpiegelTestSupport
import Testing

/// An item scored n.v.t. is never a strong or work point, whichever path and order brings
/// the two together, and every path says so in the same words.
@Suite("An n.v.t. item as a feedback point (end to end)")
struct NotApplicableFeedbackTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]
    static let refusal = "item 1 is scored nvt (not applicable), so it cannot be a strong point"

    init() throws {
        (folder, environment) = try Self.supervisorWorkspace()
    }

    @Test("score refuses n.v.t. with a strong point in one command, and either one added to the other later")
    func score() throws {
        try expectRefusal(["score", "1=nvt", "--strength", "1"], Self.refusal)
        try spiegel("score", "1=nvt")
        try expectRefusal(["score", "--strength", "1"], Self.refusal)
        try spiegel("score", "1=3", "--strength", "1")
        try expectRefusal(["score", "1=nvt"], Self.refusal)
    }

    @Test("the walk asks again for an n.v.t. on a strong point, and for a strong point scored n.v.t.")
    func walk() throws {
        try spiegel("score", "2=nvt", "--strength", "1")
        let input = ["nvt", "3", ":f", "2", "", "3", ""].joined(separator: "\n") + "\n"
        let run = try spiegel("score", "--interactive", input: input)
        #expect(run.stdout.contains(Self.refusal))
        #expect(run.stdout.contains("item 2 is scored nvt (not applicable), so it cannot be a strong point"))
        #expect(try spiegel("rating", "show").stdout.contains("strong points: 3"))
    }

    @Test("a rating file with a strong point its own score calls n.v.t. is not imported")
    func ratingFile() throws {
        try spiegel("score", "1=3", "--strength", "1")
        try spiegel("rating", "export", "-o", "s.xml")
        let file = folder.appendingPathComponent("s.xml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let peer = text.replacingOccurrences(of: "<rater code=\"S01\"", with: "<rater code=\"S02\"")
        try peer.replacingOccurrences(of: "<score item=\"1\">3</score>", with: "<score item=\"1\">nvt</score>").write(
            to: file, atomically: true, encoding: .utf8)
        let before = try dump()
        let run = try SpiegelBinary.run(["rating", "import", "s.xml"], in: folder, environment: environment)
        #expect(run.status != 0)
        #expect(run.stderr.contains("s.xml: error: " + Self.refusal), "\(run.stderr)")
        #expect(try dump() == before)
    }
}
