import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelTestSupport
import Testing

@Suite("SQLite store")
struct StoreTests {
    let folder: URL
    let store: SQLiteStore
    let instrument: Instrument

    init() throws {
        folder = try Fixtures.temporaryFolder()
        store = try SQLiteStore(path: folder.appending(path: "spiegel.sqlite").path)
        instrument = try Fixtures.bundled("school2care-reflectie.xml")
    }

    func session(coach: String = "C07", jongere: String = "J112", date: String = "2026-11-18") throws -> Session {
        let header = try HeaderValues.check(
            [(field: "coach", value: coach), (field: "jongere", value: jongere), (field: "gesprek", value: "3")], against: instrument)
        let video = VideoReference(
            path: "/videos/gesprek3.mp4", size: 123_456, fingerprint: "sha256:abc", duration: VideoTime(milliseconds: 1_500_000))
        return try store.createSession(SessionDraft(instrument: instrument, video: video, header: header, date: date))
    }

    @Test("a session reads back as created, with the exact instrument it was made with")
    func sessionRoundTrip() throws {
        let created = try session()
        #expect(try store.session(created.id) == created)
        #expect(try store.instrument(created.instrument.hash) == instrument)
        #expect(created.instrument.hash == instrument.contentHash)
    }

    @Test("sessions filter by instrument, header value and date")
    func filters() throws {
        let first = try session(coach: "C07", date: "2026-09-01")
        let second = try session(coach: "C07", jongere: "J200", date: "2026-10-01")
        let third = try session(coach: "C08", date: "2026-11-01")
        #expect(try store.sessions(matching: SessionFilter()).map(\.id) == [first.id, second.id, third.id])
        #expect(
            try store.sessions(matching: SessionFilter(fields: [HeaderValue(field: "coach", value: "C07")])).map(\.id) == [
                first.id, second.id,
            ])
        #expect(try store.sessions(matching: SessionFilter(from: "2026-09-15", to: "2026-10-31")).map(\.id) == [second.id])
        // An instrument the store holds none of cannot match: refused with the ids it does hold.
        #expect(throws: UnknownInstrumentFilter(given: "observatielijst-coachingsgesprekken", held: [first.instrument.id])) {
            try store.sessions(matching: SessionFilter(instrument: "observatielijst-coachingsgesprekken"))
        }
        // A code in another case than the stored one is refused with the stored one as the hint.
        #expect(throws: CodeCaseConflict(given: "c07", existing: "C07")) {
            try store.sessions(matching: SessionFilter(fields: [HeaderValue(field: "coach", value: "c07")]))
        }
    }

    @Test("a corrected score is a new revision; the earlier value stays in the history")
    func revisions() throws {
        let slot = RaterSlot(session: try session().id, rater: "C07", role: "self")
        #expect(
            try store.record(
                [Score(item: "1", answer: .level(2)), Score(item: "2", answer: .level(3))], feedback: nil, for: slot, origin: "score") == 2)
        #expect(try store.record([Score(item: "1", answer: .level(2))], feedback: nil, for: slot, origin: "score") == 0)
        #expect(
            try store.record(
                [Score(item: "1", answer: .level(3))], feedback: FeedbackChoice(strengths: ["2"], workPoints: ["1"]), for: slot,
                origin: "score") == 2)
        let rating = try #require(try store.ratings(in: slot.session).first)
        #expect(rating.answer(for: "1") == .level(3))
        #expect(rating.feedback == FeedbackChoice(strengths: ["2"], workPoints: ["1"]))
        let history = try store.scoreHistory(for: slot)
        #expect(history.first { $0.item == "1" }?.revisions.map { $0.value?.answer } == [.level(2), .level(3)])
        #expect(try store.clearScores(["2"], for: slot, origin: "clear") == 1)
        #expect(try store.ratings(in: slot.session).first?.answer(for: "2") == nil)
        #expect(try store.scoreHistory(for: slot).first { $0.item == "2" }?.revisions.count == 2)
    }

    @Test("evidence: added in any order, listed in time order, edited and deleted with history")
    func evidence() throws {
        let slot = RaterSlot(session: try session().id, rater: "S01", role: "supervisor")
        let late = try store.addEvidence(
            Evidence(
                id: "e1", start: VideoTime(milliseconds: 754_000), item: "1", indicator: "1d", valence: .strength,
                text: "Dus als ik het goed begrijp…"), to: slot)
        let early = try store.addEvidence(
            Evidence(id: "e2", start: VideoTime(milliseconds: 75_000), item: "6", valence: .workPoint, text: "Laat het onderwerp schieten"),
            to: slot)
        #expect(try store.evidence(in: slot.session).map(\.number) == [early.number, late.number])
        var changed = late.evidence
        changed.text = "Vat samen: dus jij wil eerst je stage afmaken"
        _ = try store.updateEvidence(late.number, to: changed, by: "S01")
        _ = try store.deleteEvidence(early.number, by: "S01")
        #expect(try store.evidence(in: slot.session).map(\.evidence) == [changed])
        #expect(
            try store.evidenceHistory(late.number).map { $0.value?.text } == [
                "Dus als ik het goed begrijp…", "Vat samen: dus jij wil eerst je stage afmaken",
            ])
        #expect(try store.evidenceHistory(early.number).last?.value == nil)
        #expect(throws: StoreError.self) { try store.deleteEvidence(early.number, by: "S01") }
    }

    @Test("an unknown session is refused and nothing is written")
    func unknownSession() throws {
        #expect(throws: StoreError.self) {
            try store.addEvidence(
                Evidence(id: "x", start: VideoTime(milliseconds: 0), text: "t"),
                to: RaterSlot(session: SessionID(99), rater: "C07", role: "self"))
        }
        #expect(try store.sessions(matching: SessionFilter()).isEmpty)
    }

    @Test("the database file is readable by its owner only")
    func permissions() throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("the context remembers session, rater and role")
    func context() throws {
        let id = try session().id
        try store.setContext(RatingContext(session: id, rater: "S01", role: "supervisor"))
        #expect(try store.context() == RatingContext(session: id, rater: "S01", role: "supervisor"))
    }
}

extension StoreTests {
    @Test("the bulk read gives each rating's latest scores, also for a store written before the current-score flag")
    func bulkReadAndMigration() throws {
        let first = RaterSlot(session: try session().id, rater: "C07", role: "self")
        let second = RaterSlot(session: try session(jongere: "J200").id, rater: "S01", role: "supervisor")
        _ = try store.record(
            [Score(item: "1", answer: .level(2)), Score(item: "2", answer: .level(3))], feedback: nil, for: first, origin: "t")
        _ = try store.record([Score(item: "1", answer: .level(3))], feedback: nil, for: first, origin: "t")
        _ = try store.record([Score(item: "4", answer: .notApplicable("nvt"))], feedback: nil, for: second, origin: "t")
        _ = try store.clearScores(["2"], for: first, origin: "t")
        let expected = [
            first.session: [Score(item: "1", answer: .level(3))], second.session: [Score(item: "4", answer: .notApplicable("nvt"))],
        ]
        func read(_ store: SQLiteStore) throws -> [SessionID: [Score]] {
            Dictionary(
                uniqueKeysWithValues: try store.sessionsWithRatings(matching: SessionFilter()).map {
                    ($0.session.id, $0.ratings.flatMap(\.scores))
                })
        }
        #expect(try read(store) == expected)
        #expect(try store.ratings(in: first.session).first?.scores == expected[first.session])

        // Back to the first schema: no flag, no packed answers, no record of the later migrations. Opening migrates it.
        let path = folder.appending(path: "spiegel.sqlite").path
        try SQLite3.run(
            path,
            """
            ALTER TABLE score_revision DROP COLUMN current; ALTER TABLE rating DROP COLUMN answers;
            DELETE FROM grdb_migrations WHERE identifier IN ('v2-current-score-flag', 'v3-current-answers');
            """)
        let reopened = try SQLiteStore(path: path)
        #expect(try read(reopened) == expected)
        #expect(try SQLite3.run(path, "SELECT count(*) FROM score_revision WHERE current = 1;") == "3\n")
    }

    @Test("the packed current answers equal the revisions after every kind of write, for every kind of answer")
    func packedAnswers() throws {
        let slot = RaterSlot(session: try session().id, rater: "C07", role: "self")
        let long = String(repeating: "Zij vatte samen wat de jongere zei — “echt goed”. ", count: 12)
        #expect(long.utf8.count > 300)
        let scores = [
            Score(item: "1", answer: .level(2), citations: ["e1", "e2"]),
            Score(item: "2", answer: .notApplicable("nvt")),
            Score(item: "3", answer: .check(true)),
            Score(item: "4", answer: .option("b")),
            Score(item: "5", answer: .number(current: 2.5, desired: 4)),
            Score(item: "6", answer: .text(long + "\n\u{1}\t;=")),
            Score(item: "7", answer: .level(-1)),
            Score(item: "8", answer: .text("")),
        ]
        func bulk() throws -> [Score] {
            try #require(try store.sessionsWithRatings(matching: SessionFilter(), evidence: false).first?.ratings.first).scores
        }
        func revisions() throws -> [Score] { try #require(try store.ratings(in: slot.session).first).scores }
        _ = try store.record(scores, feedback: nil, for: slot, origin: "t")
        #expect(try bulk() == scores)
        _ = try store.record([Score(item: "1", answer: .level(3))], feedback: nil, for: slot, origin: "t")
        _ = try store.clearScores(["4", "6"], for: slot, origin: "t")
        #expect(try bulk().sorted { $0.item < $1.item } == (try revisions()))
        #expect(try bulk().map(\.item) == ["2", "3", "5", "7", "8", "1"], "in the order the current revisions were written")
        _ = try store.clearScores(scores.map(\.item), for: slot, origin: "t")
        #expect(try bulk().isEmpty)
    }

    @Test("a corpus read in chunks gives the same sessions and ratings as one read, in the same order")
    func chunkedRead() throws {
        for (index, date) in ["2026-10-05", "2026-09-01", "2026-11-20", "2026-09-15", "2026-10-30"].enumerated() {
            let id = try session(jongere: "J\(index)", date: date).id
            for (rater, role) in [("C07", "self"), ("S01", "supervisor")] where index != 2 || role == "self" {
                let slot = RaterSlot(session: id, rater: RaterCode(rater), role: RoleID(role))
                _ = try store.record(
                    [Score(item: "1", answer: .level(1 + index % 3)), Score(item: "2", answer: .notApplicable("nvt"))],
                    feedback: FeedbackChoice(strengths: ["1"], workPoints: ["2"]), for: slot, origin: "t")
                _ = try store.addEvidence(
                    Evidence(id: EvidenceID("e\(index)-\(rater)"), start: VideoTime(milliseconds: 1_000 * index), text: "citaat \(index)"),
                    to: slot)
            }
        }
        let whole = try store.sessionsWithRatings(matching: SessionFilter())
        for size in [1, 2, 5, 9] {
            let chunks = try store.readCorpus(matching: SessionFilter(), evidence: true) { corpus in
                var chunks: [[(session: Session, ratings: [Rating])]] = []
                try corpus.forEachChunk(of: size) { chunks.append($0) }
                #expect(corpus.sessions == whole.map(\.session))
                return chunks
            }
            #expect(chunks.count == (whole.count + size - 1) / size)
            let joined = chunks.flatMap { $0 }
            #expect(joined.map(\.session) == whole.map(\.session))
            #expect(joined.map(\.ratings) == whole.map(\.ratings))
        }
        #expect(whole.map(\.session.date) == ["2026-09-01", "2026-09-15", "2026-10-05", "2026-10-30", "2026-11-20"])
        #expect(whole.allSatisfy { !$0.ratings.isEmpty && $0.ratings.allSatisfy { $0.evidence.count == 1 && !$0.feedback.isEmpty } })
    }

    @Test("an item given twice in one write ends with its last value, once, in the revisions and the packed answers")
    func itemTwiceInOneWrite() throws {
        let slot = RaterSlot(session: try session().id, rater: "C07", role: "self")
        let scores = [Score(item: "1", answer: .level(3)), Score(item: "2", answer: .level(2)), Score(item: "1", answer: .level(1))]
        #expect(try store.record(scores, feedback: nil, for: slot, origin: "t") == 2)
        let expected = [Score(item: "2", answer: .level(2)), Score(item: "1", answer: .level(1))]
        #expect(try store.sessionsWithRatings(matching: SessionFilter()).first?.ratings.first?.scores == expected)
        #expect(try store.ratings(in: slot.session).first?.scores == expected.sorted { $0.item < $1.item })
        _ = try store.record(scores, feedback: nil, for: slot, origin: "t")
        #expect(try store.clearScores(["2", "2"], for: slot, origin: "t") == 1)
        #expect(try store.ratings(in: slot.session).first?.scores == [Score(item: "1", answer: .level(1))])
        let path = folder.appending(path: "spiegel.sqlite").path
        #expect(try SQLite3.run(path, "SELECT count(*) FROM score_revision WHERE current = 1 GROUP BY item ORDER BY item;") == "1\n1\n")
    }

    @Test("a damaged or newer packed answer blob is refused with a clear error")
    func damagedAnswers() throws {
        let slot = RaterSlot(session: try session().id, rater: "C07", role: "self")
        _ = try store.record([Score(item: "1", answer: .level(2))], feedback: nil, for: slot, origin: "t")
        let path = folder.appending(path: "spiegel.sqlite").path
        for (blob, message) in [("x'010131'", "damaged"), ("x'01FFFFFFFFFF01'", "damaged"), ("x'02'", "format 2")] {
            try SQLite3.run(path, "UPDATE rating SET answers = \(blob);")
            let error = try #require(throws: StoreError.self) { try store.sessionsWithRatings(matching: SessionFilter()) }
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test("header values read back in their position order, however the rows lie in the table")
    func headerOrder() throws {
        let created = try session()
        let path = folder.appending(path: "spiegel.sqlite").path
        try SQLite3.run(path, "UPDATE header_value SET position = 10 - position WHERE session_id = \(created.id.rawValue);")
        let reversed = Array(created.header.reversed())
        #expect(try store.session(created.id)?.header == reversed)
        _ = try session(jongere: "J200")
        #expect(try store.sessions(matching: SessionFilter()).first { $0.id == created.id }?.header == reversed)
    }
}
