import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelTestSupport
import Testing

@Suite("Rating changes in the SQLite store")
struct RatingChangeTests {
    let store: SQLiteStore
    let instrument: Instrument
    let slot: RaterSlot

    init() throws {
        let folder = try Fixtures.temporaryFolder()
        store = try SQLiteStore(path: folder.appending(path: "spiegel.sqlite").path)
        instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let header = try HeaderValues.check([(field: "coach", value: "C07"), (field: "jongere", value: "J112")], against: instrument)
        let session = try store.createSession(SessionDraft(instrument: instrument, video: nil, header: header, date: "2026-11-18"))
        slot = RaterSlot(session: session.id, rater: "S01", role: "supervisor")
    }

    func change(_ scores: [Score] = [], cleared: [ItemID] = [], _ feedback: FeedbackChange = FeedbackChange()) throws -> RatingChangeOutcome
    {
        try store.change(
            RatingChange(scores: scores, cleared: cleared, feedback: feedback, feedbackRule: instrument.feedback), for: slot,
            origin: "score")
    }

    @Test("scores, clearing and feedback in one write; the outcome counts the items scored without reading the rating again")
    func outcome() throws {
        let first = try change(
            [Score(item: "1", answer: .level(3)), Score(item: "2", answer: .level(2))], FeedbackChange(addedStrengths: ["1", "2"]))
        #expect(
            first
                == RatingChangeOutcome(changes: 3, scoredItems: 2, feedback: FeedbackChoice(strengths: ["1", "2"]), feedbackChanged: true))
        let second = try change([Score(item: "3", answer: .level(2))], cleared: ["1"], FeedbackChange(addedWorkPoints: ["10"]))
        #expect(second.scoredItems == 2)
        #expect(second.feedback == FeedbackChoice(strengths: ["1", "2"], workPoints: ["10"]))
        #expect(try store.ratings(in: slot.session).first?.feedback == second.feedback)
        #expect(try store.ratings(in: slot.session).first?.scores.map(\.item) == ["2", "3"])
    }

    @Test("a refused feedback change saves none of the scores given with it")
    func allOrNothing() throws {
        _ = try change([], FeedbackChange(addedStrengths: ["1", "2"]))
        #expect(throws: FeedbackError.self) {
            try change([Score(item: "4", answer: .level(3))], FeedbackChange(addedStrengths: ["3"]))
        }
        #expect(try store.ratings(in: slot.session).first?.scores.isEmpty == true)
    }

    @Test("every feedback revision stays in the history, oldest first")
    func history() throws {
        _ = try change([], FeedbackChange(addedStrengths: ["1", "2"]))
        _ = try change([], FeedbackChange(addedWorkPoints: ["10"]))
        _ = try change([], FeedbackChange(removedStrengths: ["2"]))
        _ = try change([], FeedbackChange(addedWorkPoints: ["10"]))
        #expect(
            try store.feedbackHistory(for: slot).map(\.value) == [
                FeedbackChoice(strengths: ["1", "2"]), FeedbackChoice(strengths: ["1", "2"], workPoints: ["10"]),
                FeedbackChoice(strengths: ["1"], workPoints: ["10"]),
            ])
    }
}
