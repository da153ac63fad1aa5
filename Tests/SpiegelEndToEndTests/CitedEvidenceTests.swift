import Foundation
import SpiegelTestSupport
import Testing

/// Evidence a score cites is not deleted from under the score, so every rating can still be
/// exported and imported.
@Suite("Deleting cited evidence (end to end)")
struct CitedEvidenceTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.supervisorWorkspace()
    }

    @Test("deleting cited evidence is refused, naming the score and the command that drops the citation; after it, export and import work")
    func citedEvidence() throws {
        try spiegel("note", "1:00", "1a", "+", "Neemt de tijd")
        try spiegel("note", "2:00", "1b", "+", "Kijkt aan")
        try spiegel("score", "1=3@1,2")
        try expectRefusal(
            ["evidence", "delete", "1"],
            "evidence #1 is cited by the score of item 1 (S01 as supervisor); nothing deleted: drop the citation first by scoring it "
                + "again without it: spiegel score 1=3@2 --session 1 --rater S01 --role supervisor")
        try spiegel("score", "1=3@2", "--session", "1", "--rater", "S01", "--role", "supervisor")
        try spiegel("evidence", "delete", "1")
        try spiegel("rating", "export", "-o", "s.xml")
        #expect(try spiegel("rating", "import", "s.xml").stdout.contains("0 score changes"))
    }
}
