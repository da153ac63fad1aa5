import Foundation
import SpiegelTestSupport
import Testing

/// Every path that makes or changes a session keeps the rule `session create` has: an
/// invitation under another id, and an edit, may not make a session repeat another one, and an
/// empty file is no recording.
@Suite("Repeated sessions through invitations and edits; empty recordings (end to end)")
struct SessionRepeatPathTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try SessionCreateRuleTests.writeRecordings(in: folder)
        try spiegel(SessionCreateRuleTests.conversation + ["--video", "gesprek.mp4", "--duration", "12:00"])
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C10", "jongere=J120", "gesprek=1", "--date", "2026-11-21", "--video",
            "ander.mp4", "--duration", "12:00")
    }

    @Test("an invitation under another id that repeats session 1 is refused; in capitals it is session 1's own")
    func invitation() throws {
        try spiegel("session", "invite", "1", "--rater", "C07", "--role", "self", "-o", "uitnodiging.xml")
        let text = try Fixtures.text(of: folder.appending(path: "uitnodiging.xml"))
        let uuid = String(try #require(text.firstMatch(of: /uuid="([^"]+)"/)).output.1)
        try Data(text.replacingOccurrences(of: uuid, with: "0000" + uuid.dropFirst(4)).utf8).write(to: folder.appending(path: "ander.xml"))
        try Data(text.replacingOccurrences(of: uuid, with: uuid.uppercased()).utf8).write(to: folder.appending(path: "hoofd.xml"))
        try expectRefusal(
            ["session", "open", "ander.xml"],
            "ander.xml: this conversation is already session 1 (2026-11-18 coach=C07 jongere=J112 gesprek=3), with the same recording; "
                + "nothing created: rate it with 'spiegel use N', or create another session with --new-session")
        #expect(try spiegel("session", "open", "hoofd.xml").stdout.contains("session 1 holds this invitation already"))
        #expect(try spiegel("session", "open", "ander.xml", "--new-session").stdout.contains("session 3 created"))
    }

    @Test("an edit into another session's conversation or recording is refused, naming it; --allow-repeat insists")
    func edit() throws {
        try expectRefusal(
            ["session", "edit", "1", "coach=C10", "jongere=J120", "gesprek=1", "--date", "2026-11-21", "--yes"],
            "session 1: this conversation is already session 2 (2026-11-21 coach=C10 jongere=J120 gesprek=1); nothing was changed")
        try expectRefusal(
            ["session", "edit", "1", "--video", "ander.mp4", "--yes"], "session 1: this recording is already that of session 2")
        try spiegel("session", "edit", "1", "--video", "ander.mp4", "--yes", "--allow-repeat")
        let unrelated = try spiegel("session", "edit", "1", "doel=Stage", "--yes")
        #expect(unrelated.stdout.contains("session 1 changed"))
    }

    @Test("an empty file is refused as a recording wherever a video is given, and changes nothing")
    func emptyVideo() throws {
        try Data().write(to: folder.appending(path: "leeg.mp4"))
        let refusal = "--video leeg.mp4: is empty (0 bytes), not a recording"
        try expectRefusal(
            ["session", "create", "school2care-reflectie", "coach=C11", "jongere=J121", "--video", "leeg.mp4", "--duration", "1:00"],
            refusal
        )
        try expectRefusal(["session", "edit", "1", "--video", "leeg.mp4", "--yes"], refusal)
        try spiegel("session", "invite", "1", "--rater", "C07", "--role", "self", "-o", "uitnodiging.xml")
        let coach = ["SPIEGEL_STORE": folder.appending(path: "coach.sqlite").path]
        let opened = try spiegel("session", "open", "uitnodiging.xml", "--video", "leeg.mp4", input: nil, environment: coach, expect: 1)
        #expect(opened.stderr.contains(refusal), "\(opened.stderr)")
    }
}
