import Foundation
import SpiegelTestSupport
import Testing

/// A rating reaches the right session, and only that one: two stores (supervisor, coach),
/// videos that differ by a byte, invitations, and the user's means to choose.
@Suite("Session matching on import (end to end)")
struct SessionMatchingWorkflowTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder()
        var video = Data(repeating: 7, count: 50_000)
        try video.write(to: folder.appending(path: "gesprek3.mp4"))
        video[25_000] = 8
        try video.write(to: folder.appending(path: "gesprek3-coach.mp4"))
        try Data(repeating: 9, count: 50_000).write(to: folder.appending(path: "ander.mp4"))
    }

    @discardableResult
    func spiegel(_ store: String, _ arguments: [String], input: String? = nil, expect status: Int32 = 0) throws -> SpiegelBinary.Run {
        let environment = ["SPIEGEL_STORE": folder.appending(path: store).path, "HOME": folder.path]
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment, input: input)
        #expect(run.status == status, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stdout)\(run.stderr)")
        return run
    }

    func create(_ store: String, coach: String = "C07", jongere: String = "J112", video: String? = "gesprek3.mp4", extra: [String] = [])
        throws
    {
        try spiegel(
            store,
            [
                "session", "create", "school2care-reflectie", "coach=\(coach)", "jongere=\(jongere)", "gesprek=3", "--date", "2026-11-18",
                "--use",
            ]
                + (video.map { ["--video", $0, "--duration", "25:00"] } ?? []) + extra)
    }

    /// Rates the current session of `store` as C07 (self) and exports it to `file`.
    func rateAndExport(_ store: String, to file: String, rater: String = "C07", role: String = "self") throws {
        try spiegel(store, ["use", "--rater", rater, "--role", role])
        try spiegel(store, ["note", "2:10", "2e", "+", "Ik zeg dat hij het goed heeft gedaan op stage"])
        try spiegel(store, ["score", "1=2", "2=3", "3=2"])
        try spiegel(store, ["rating", "export", "-o", file])
    }

    func sessionCount(_ store: String) throws -> String {
        try SQLite3.run(folder.appending(path: store).path, "SELECT count(*) FROM session")
    }

    @Test("the coach's copy differs by a byte: the rating is attached to the same conversation, saying the recording differs")
    func copyDiffersByAByte() throws {
        try create("supervisor.sqlite")
        try create("coach.sqlite", video: "gesprek3-coach.mp4")
        try rateAndExport("coach.sqlite", to: "c07.xml")
        let run = try spiegel("supervisor.sqlite", ["rating", "import", "c07.xml"])
        #expect(run.stdout.hasPrefix("c07.xml: C07 (self) → session 1: 3 score changes"), "\(run.stdout)")
        #expect(run.stdout.contains("\n  note: the recording differs: 50000 bytes (sha256:"))
        #expect(try sessionCount("supervisor.sqlite") == "1\n")
    }

    @Test("another conversation in the same video is refused, naming the session; --session and --new-session decide")
    func sameVideoOtherConversation() throws {
        try create("supervisor.sqlite")
        try create("coach.sqlite", coach: "C08", jongere: "J200")
        try rateAndExport("coach.sqlite", to: "c08.xml", rater: "C08")
        let refused = try spiegel("supervisor.sqlite", ["rating", "import", "c08.xml"], expect: 1)
        #expect(refused.stderr.contains("c08.xml: error: the rating's recording is that of session 1, but its conversation is not: "))
        #expect(refused.stderr.contains("coach C08 in the file, C07 in session 1; jongere J200 in the file, J112 in session 1"))
        #expect(refused.stderr.contains("--session 1"))
        #expect(try sessionCount("supervisor.sqlite") == "1\n")
        #expect(try spiegel("supervisor.sqlite", ["session", "show", "1"]).stdout.contains("No ratings yet."))

        let chosen = try spiegel("supervisor.sqlite", ["rating", "import", "c08.xml", "--session", "1"])
        #expect(chosen.stdout.contains("→ session 1: 3 score changes"))
        #expect(chosen.stdout.contains("note: coach C08 in the file, C07 in session 1"))
    }

    @Test("--new-session makes a new session of a refused file, with a fresh id when its own is taken")
    func newSession() throws {
        try create("supervisor.sqlite")
        try create("coach.sqlite", coach: "C08", jongere: "J200")
        try rateAndExport("coach.sqlite", to: "c08.xml", rater: "C08")
        let run = try spiegel("supervisor.sqlite", ["rating", "import", "c08.xml", "--new-session"])
        #expect(run.stdout.hasPrefix("c08.xml: C08 (self) → new session 2"))
        let both = try spiegel("supervisor.sqlite", ["rating", "import", "c08.xml", "--session", "1", "--new-session"], expect: 64)
        #expect(both.stderr.contains("--session N and --new-session exclude each other"))
    }

    @Test("a conversation that fits two sessions is refused, naming both; nothing in common makes a new session")
    func twoCandidates() throws {
        try create("supervisor.sqlite", video: "gesprek3.mp4")
        // The same conversation twice, on purpose: 'session create' asks for --new-session.
        try create("supervisor.sqlite", video: "ander.mp4", extra: ["--new-session"])
        try create("coach.sqlite", video: "gesprek3-coach.mp4")
        try rateAndExport("coach.sqlite", to: "c07.xml")
        let refused = try spiegel("supervisor.sqlite", ["rating", "import", "c07.xml"], expect: 1)
        #expect(refused.stderr.contains("the rating fits sessions 1 and 2 (the same date, coach, jongere, gesprek)"), "\(refused.stderr)")
        #expect(try spiegel("supervisor.sqlite", ["rating", "import", "c07.xml", "--session", "2"]).stdout.contains("→ session 2"))

        try create("other.sqlite", coach: "C09", jongere: "J9", video: "ander.mp4")
        let new = try spiegel("other.sqlite", ["rating", "import", "c07.xml"])
        #expect(new.stdout.hasPrefix("c07.xml: C07 (self) → new session 2"))
    }

    @Test("import refuses what note and score refuse: evidence past the recording, a version that is not the hash's, a name as rater")
    func importChecks() throws {
        try create("supervisor.sqlite", video: "gesprek3.mp4", extra: [])
        try spiegel("supervisor.sqlite", ["session", "edit", "1", "--video", "gesprek3.mp4", "--duration", "2:00", "--yes"])
        try create("coach.sqlite", video: "gesprek3-coach.mp4")
        try rateAndExport("coach.sqlite", to: "c07.xml")
        let past = try spiegel("supervisor.sqlite", ["rating", "import", "c07.xml"], expect: 1)
        #expect(past.stderr.contains("does not fit session 1: 02:10 is past the end of the recording (02:00)"), "\(past.stderr)")

        let text = try Fixtures.text(of: folder.appending(path: "c07.xml"))
        let variants = [
            (
                "short.xml", text.replacingOccurrences(of: #"duration="25:00""#, with: #"duration="01:00""#),
                "is past the end of the recording (01:00)"
            ),
            (
                "version.xml", text.replacingOccurrences(of: #"version="1.0" hash"#, with: #"version="1.1" hash"#),
                "the file names instrument school2care-reflectie 1.1, but its hash"
            ),
            (
                "name.xml", text.replacingOccurrences(of: #"code="C07" role"#, with: #"code="Marieke" role"#),
                "'Marieke' is not a rater code"
            ),
        ]
        for (file, changed, expected) in variants {
            #expect(changed != text)
            try Data(changed.utf8).write(to: folder.appending(path: file))
            let run = try spiegel("new.sqlite", ["rating", "import", file], expect: 1)
            #expect(run.stderr.contains("\(file): error: ") && run.stderr.contains(expected), "\(run.stderr)")
        }
        #expect(try sessionCount("new.sqlite") == "0\n")

        // What the file says is saved as `session create` and `note` save it: a number as a number, an indicator's item.
        let loose = text.replacingOccurrences(of: #"<field id="gesprek">3</field>"#, with: #"<field id="gesprek"> 03 </field>"#)
            .replacingOccurrences(of: #" item="2" indicator="2e""#, with: #" indicator="2e""#)
        #expect(loose.contains("> 03 <") && !loose.contains(#"item="2" indicator"#))
        try Data(loose.utf8).write(to: folder.appending(path: "loose.xml"))
        try spiegel("new.sqlite", ["rating", "import", "loose.xml"])
        #expect(try spiegel("new.sqlite", ["session", "list"]).stdout.contains("coach=C07 jongere=J112 gesprek=3\n"))
        #expect(try SQLite3.run(folder.appending(path: "new.sqlite").path, "SELECT item, indicator FROM evidence_revision") == "2|2e\n")
    }

    @Test("an invitation carries the session to the coach, whose rating comes back to it by its id")
    func invitation() throws {
        try create("supervisor.sqlite")
        let invite = try spiegel(
            "supervisor.sqlite", ["session", "invite", "1", "--rater", "C07", "--role", "self", "-o", "uitnodiging.xml"])
        #expect(invite.stdout.contains("wrote uitnodiging.xml: session 1 for C07 (self)"))
        let opened = try spiegel("coach.sqlite", ["session", "open", "uitnodiging.xml", "--video", "gesprek3-coach.mp4"])
        #expect(opened.stdout.contains("note: the recording differs"))
        #expect(opened.stdout.contains("session 1 created: school2care-reflectie 1.0, 2026-11-18, coach=C07 jongere=J112 gesprek=3"))
        #expect(opened.stdout.contains("now rating as C07 (self)"))
        try spiegel("coach.sqlite", ["note", "2:10", "2e", "+", "Goed gedaan"])
        try spiegel("coach.sqlite", ["score", "1=2"])
        try spiegel("coach.sqlite", ["rating", "export", "-o", "c07.xml"])
        // The supervisor renamed the conversation's goal and got another one the same day: the id decides.
        try create("supervisor.sqlite", extra: ["--new-session"])
        let run = try spiegel("supervisor.sqlite", ["rating", "import", "c07.xml"])
        #expect(run.stdout.hasPrefix("c07.xml: C07 (self) → session 1: 1 score change"), "\(run.stdout)")
        #expect(try spiegel("coach.sqlite", ["session", "open", "uitnodiging.xml"]).stdout.contains("holds this invitation already"))

        let uuid = try #require(try Fixtures.text(of: folder.appending(path: "uitnodiging.xml")).firstMatch(of: /uuid="([^"]+)"/)).output.1
        let foreign = try Fixtures.text(of: folder.appending(path: "uitnodiging.xml"))
            .replacingOccurrences(of: #"version="1.0" hash"#, with: #"version="9.0" hash"#)
            .replacingOccurrences(of: String(uuid), with: "other")
        try Data(foreign.utf8).write(to: folder.appending(path: "vreemd.xml"))
        let refused = try spiegel("third.sqlite", ["session", "open", "vreemd.xml"], expect: 1)
        #expect(refused.stderr.contains("the invitation names instrument school2care-reflectie 9.0, but its hash"), "\(refused.stderr)")
        try Data("<invitation/>".utf8).write(to: folder.appending(path: "leeg.xml"))
        #expect(try spiegel("third.sqlite", ["session", "open", "leeg.xml"], expect: 1).stderr.contains("leeg.xml:1:"))
        #expect(try sessionCount("third.sqlite") == "0\n")
    }

    @Test("edit and delete keep history, ask for confirmation, and a withdrawal removes the history's codes too")
    func editAndDelete() throws {
        try create("s.sqlite")
        let unconfirmed = try spiegel("s.sqlite", ["session", "edit", "1", "jongere=J113"], expect: 1)
        #expect(unconfirmed.stderr.contains("not confirmed (no terminal to ask on); nothing was changed: add --yes"))
        let edit = try spiegel("s.sqlite", ["session", "edit", "1", "jongere=J113", "gesprek=", "--date", "2026-11-19", "--yes"])
        #expect(edit.stdout.contains("date: 2026-11-18 → 2026-11-19"))
        #expect(edit.stdout.contains("jongere: 'J112' → 'J113'"))
        #expect(edit.stdout.contains("gesprek: '3' → (none)"))
        let show = try spiegel("s.sqlite", ["session", "show", "1"]).stdout
        #expect(show.contains("Session 1  2026-11-19"))
        #expect(show.contains("History (what the session was before each change)"))
        #expect(show.contains("(edited): 2026-11-18"))
        try spiegel("s.sqlite", ["session", "edit", "1", "coach=Jan de Vries", "--yes"], expect: 1)
        try spiegel("s.sqlite", ["session", "edit", "1", "jongere=J113", "--yes"], expect: 1)

        let withdraw = try spiegel("s.sqlite", ["withdraw", "J112", "--yes"])
        #expect(withdraw.stdout.contains("1 header value equal to J112"), "\(withdraw.stdout)")
        let database = folder.appending(path: "s.sqlite").path
        #expect(try SQLite3.run(database, "SELECT count(*) FROM session_revision_header WHERE value = 'J112'") == "0\n")

        try create("coach.sqlite")
        try rateAndExport("coach.sqlite", to: "c07.xml")
        #expect(try spiegel("s.sqlite", ["rating", "import", "c07.xml", "--session", "1"]).stdout.contains("→ session 1"))
        try spiegel("s.sqlite", ["session", "delete", "1"], expect: 1)
        let deleted = try spiegel("s.sqlite", ["session", "delete", "1", "--yes"])
        #expect(deleted.stdout.contains("session 1 deleted"))
        #expect(try spiegel("s.sqlite", ["session", "list"]).stdout.contains("0 sessions"))
        #expect(try spiegel("s.sqlite", ["session", "show", "1"], expect: 1).stderr.contains("session 1 was deleted at "))
        let again = try spiegel("s.sqlite", ["rating", "import", "c07.xml"]).stdout
        #expect(again.hasPrefix("c07.xml: already imported (session 1); nothing added\n  note: session 1 was deleted at "), "\(again)")
        try spiegel("s.sqlite", ["rating", "export", "--session", "1", "--rater", "C07", "--role", "self"], expect: 1)
    }

    @Test("session show and list print typed and imported text escaped")
    func escaped() throws {
        try create("s.sqlite", extra: ["doel=rood\u{1B}[31m \u{202E}tekst"])
        let show = try spiegel("s.sqlite", ["session", "show", "1"]).stdout
        #expect(show.contains("rood\\u{1B}[31m \\u{202E}tekst"))
        #expect(!show.contains("\u{1B}"))
        let list = try spiegel("s.sqlite", ["session", "list"]).stdout
        #expect(list.contains(#"doel="rood\u{1B}[31m \u{202E}tekst""#))
    }
}
