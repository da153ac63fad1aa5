import SpiegelCore
import SpiegelTestSupport
import Testing

/// The rule that attaches an imported rating to a session.
@Suite("Session matching")
struct SessionMatchTests {
    let instrument: Instrument

    init() throws { instrument = try Fixtures.bundled("school2care-reflectie.xml") }

    static func video(_ fingerprint: String, size: Int64 = 1000) -> VideoReference {
        VideoReference(path: "/v/\(fingerprint).mp4", size: size, fingerprint: fingerprint, duration: nil)
    }

    static func header(coach: String = "C07", jongere: String = "J112", gesprek: String? = "3", doel: String? = nil) -> [HeaderValue] {
        [HeaderValue(field: "coach", value: coach), HeaderValue(field: "jongere", value: jongere)]
            + [doel.map { HeaderValue(field: "doel", value: $0) }, gesprek.map { HeaderValue(field: "gesprek", value: $0) }].compactMap {
                $0
            }
    }

    func session(_ id: Int64, header: [HeaderValue] = header(), date: String = "2026-11-18", video: VideoReference? = video("a"))
        -> Session
    {
        Session(id: SessionID(id), uuid: "s\(id)", instrument: InstrumentReference(instrument), video: video, header: header, date: date)
    }

    func draft(header: [HeaderValue] = header(), date: String = "2026-11-18", video: VideoReference? = video("a")) -> SessionDraft {
        SessionDraft(uuid: "file", instrument: instrument, video: video, header: header, date: date)
    }

    @Test("a known uuid is that session, and what differs is said")
    func byUUID() throws {
        let known = session(4, header: Self.header(coach: "C08"))
        let match = try SessionMatch.deciding(draft(), byUUID: known, candidates: [])
        #expect(match.session == SessionID(4))
        #expect(match.notes == ["coach C07 in the file, C08 in session 4"])
    }

    @Test("a deleted session with the file's uuid refuses, saying how to go on")
    func deletedUUID() {
        #expect(throws: SessionMatchError.self) {
            try SessionMatch.deciding(draft(), byUUID: session(4), uuidDeleted: true, candidates: [])
        }
    }

    @Test("the same conversation with a recording that differs by a byte attaches, saying the recording differs")
    func sameConversationOtherRecording() throws {
        let match = try SessionMatch.deciding(
            draft(header: Self.header(doel: "anders verwoord"), video: Self.video("b", size: 1001)), byUUID: nil, candidates: [session(1)])
        #expect(match.session == SessionID(1))
        #expect(match.notes.count == 1)
        #expect(match.notes[0].hasPrefix("the recording differs: 1001 bytes (b…) in the file, 1000 bytes (a…) in session 1"))
    }

    @Test("the same recording with another conversation refuses, naming the session and what differs")
    func sameRecordingOtherConversation() {
        #expect {
            try SessionMatch.deciding(draft(header: Self.header(coach: "C08", jongere: "J200")), byUUID: nil, candidates: [session(1)])
        } throws: { error in
            let error = error as? SessionMatchError
            return error?.candidates == [SessionID(1)]
                && error?.description.contains("recording is that of session 1, but its conversation is not") == true
                && error?.description.contains("coach C08 in the file, C07 in session 1; jongere J200 in the file, J112 in session 1")
                    == true
                && error?.description.contains("--session 1") == true
        }
    }

    @Test("another conversation number or day is another conversation")
    func otherNumberOrDay() throws {
        for other in [draft(header: Self.header(gesprek: "4")), draft(date: "2026-11-19")] {
            #expect(throws: SessionMatchError.self) { try SessionMatch.deciding(other, byUUID: nil, candidates: [session(1)]) }
        }
        let elsewhere = draft(date: "2026-11-19", video: Self.video("c"))
        #expect(try SessionMatch.deciding(elsewhere, byUUID: nil, candidates: [session(1)]).session == nil)
    }

    @Test("a conversation that fits two sessions refuses, naming both; the recording decides when it can")
    func twoSessions() throws {
        let candidates = [session(1, video: Self.video("x")), session(3, video: Self.video("y"))]
        #expect {
            try SessionMatch.deciding(draft(video: Self.video("z")), byUUID: nil, candidates: candidates)
        } throws: { error in
            (error as? SessionMatchError)?.candidates == [SessionID(1), SessionID(3)]
                && "\(error)".contains("the rating fits sessions 1 and 3 (the same date, coach, jongere, gesprek)")
        }
        #expect(try SessionMatch.deciding(draft(video: Self.video("y")), byUUID: nil, candidates: candidates).session == SessionID(3))
    }

    @Test("a conversation of one session filmed in another session's recording refuses, naming both")
    func conversationAndRecordingDisagree() {
        let candidates = [session(1, video: Self.video("x")), session(2, header: Self.header(jongere: "J9"), video: Self.video("a"))]
        #expect {
            try SessionMatch.deciding(draft(video: Self.video("a")), byUUID: nil, candidates: candidates)
        } throws: { error in
            (error as? SessionMatchError)?.candidates == [SessionID(1), SessionID(2)]
                && "\(error)".contains(
                    "conversation is that of session 1 (2026-11-18 coach=C07 jongere=J112 gesprek=3), but its recording is that of session 2"
                )
        }
    }

    @Test("nothing in common: a new session; a field only one side fills does not disagree")
    func nothingMatches() throws {
        #expect(
            try SessionMatch.deciding(draft(header: Self.header(coach: "C99"), video: nil), byUUID: nil, candidates: [session(1)]).session
                == nil)
        #expect(
            try SessionMatch.deciding(draft(header: Self.header(gesprek: nil)), byUUID: nil, candidates: [session(1)]).session
                == SessionID(1))
    }

    @Test("a new session that repeats a stored conversation or recording is named by the import's rule; another one is not")
    func repeatingOnCreate() throws {
        let stored = [session(1), session(2, header: Self.header(gesprek: "2"), date: "2026-10-06", video: Self.video("b"))]
        let same = try #require(SessionMatch.repeating(draft(), candidates: stored, insist: "--new-session"))
        #expect(same.candidates == [SessionID(1)])
        #expect(
            same.description.contains(
                "this conversation is already session 1 (2026-11-18 coach=C07 jongere=J112 gesprek=3), with the same recording"))
        let filmed = try #require(
            SessionMatch.repeating(
                draft(header: Self.header(coach: "C08"), video: Self.video("b")), candidates: stored, insist: "--new-session"))
        #expect(filmed.candidates == [SessionID(2)])
        #expect(filmed.description.contains("this recording is already that of session 2, another conversation (date 2026-11-18 given"))
        #expect(
            SessionMatch.repeating(draft(header: Self.header(gesprek: "4"), video: Self.video("c")), candidates: stored, insist: "--x")
                == nil)
    }

    @Test("an empty recording (0 bytes) is no recording: two empty files are not the same recording")
    func emptyRecording() throws {
        let stored = [session(1, header: Self.header(coach: "C08"), video: Self.video("leeg", size: 0))]
        #expect(SessionMatch.repeating(draft(video: Self.video("leeg", size: 0)), candidates: stored, insist: "--new-session") == nil)
        #expect(try SessionMatch.deciding(draft(video: Self.video("leeg", size: 0)), byUUID: nil, candidates: stored).session == nil)
    }
}
