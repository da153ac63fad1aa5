import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelTestSupport
import Testing

/// Evidence belongs to its rater: only that rater changes or deletes it, and every revision
/// says which rater made it.
@Suite("Evidence ownership")
struct EvidenceOwnershipTests {
    let folder: URL
    let store: SQLiteStore
    let own: StoredEvidence

    init() throws {
        folder = try Fixtures.temporaryFolder()
        store = try SQLiteStore(path: folder.appending(path: "spiegel.sqlite").path)
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let header = try HeaderValues.check(
            [(field: "coach", value: "C07"), (field: "jongere", value: "J112"), (field: "gesprek", value: "3")], against: instrument)
        let session = try store.createSession(SessionDraft(instrument: instrument, video: nil, header: header, date: "2026-11-18"))
        own = try store.addEvidence(
            Evidence(id: "e1", start: VideoTime(milliseconds: 60_000), item: "1", text: "Vat samen"),
            to: RaterSlot(session: session.id, rater: "C07", role: "self"))
    }

    @Test("another rater's change or deletion is refused, naming whose it is, and nothing is written")
    func othersRefused() throws {
        var changed = own.evidence
        changed.text = "overschreven"
        let refusal = EvidenceOwnershipError(number: own.number, owner: "C07", role: "self", rater: "S01")
        #expect(throws: refusal) { try store.updateEvidence(own.number, to: changed, by: "S01") }
        #expect(throws: refusal) { try store.deleteEvidence(own.number, by: "S01") }
        #expect(refusal.description == "evidence #\(own.number) is rater C07's (self): only C07 can change or delete it, not S01")
        #expect(try store.evidenceHistory(own.number).count == 1)
        #expect(try store.evidence(number: own.number)?.evidence == own.evidence)
    }

    @Test("every revision records the rater who made it")
    func historyNamesRater() throws {
        var changed = own.evidence
        changed.text = "Vat kort samen"
        _ = try store.updateEvidence(own.number, to: changed, by: "C07")
        _ = try store.deleteEvidence(own.number, by: "C07")
        let history = try store.evidenceHistory(own.number)
        #expect(history.map(\.origin) == ["note", "edit", "delete"])
        #expect(history.map(\.rater) == ["C07", "C07", "C07"])
    }

    @Test("a store from before the rater was recorded: notes get their rater, earlier edits stay unknown")
    func migration() throws {
        var changed = own.evidence
        changed.text = "Vat kort samen"
        _ = try store.updateEvidence(own.number, to: changed, by: "C07")
        let path = folder.appending(path: "spiegel.sqlite").path
        try SQLite3.run(
            path,
            """
            ALTER TABLE evidence_revision DROP COLUMN rater;
            DELETE FROM grdb_migrations WHERE identifier = 'v5-evidence-revision-rater';
            """)
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.evidenceHistory(own.number).map(\.rater) == ["C07", nil])
    }
}
