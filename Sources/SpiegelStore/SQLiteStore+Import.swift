import GRDB
import SpiegelCore

extension SQLiteStore {
    public func importRating(_ rating: Rating, session draft: SessionDraft, digest: String) throws -> ImportOutcome {
        try pool.write { db in try importRating(rating, session: draft, digest: digest, db) }
    }

    /// Imports many ratings in one transaction: all of them or none. For bulk loads such as
    /// a research corpus, where one transaction per rating would spend its time in fsync.
    public func importRatings(_ batch: [(rating: Rating, session: SessionDraft, digest: String)]) throws -> [ImportOutcome] {
        try pool.write { db in try batch.map { try importRating($0.rating, session: $0.session, digest: $0.digest, db) } }
    }

    private func importRating(_ rating: Rating, session draft: SessionDraft, digest: String, _ db: Database) throws -> ImportOutcome {
        if let session = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT r.session_id FROM imported_file f JOIN rating r ON r.id = f.rating_id WHERE f.digest = ?"),
            arguments: [digest])
        {
            return ImportOutcome(
                session: SessionID(session), createdSession: false, imported: false, changedScores: 0, addedEvidence: 0,
                changedEvidence: 0)
        }
        let (session, created) = try matchingSession(for: draft, db)
        let slot = RaterSlot(session: session, rater: rating.rater, role: rating.role)
        // A session created just now has no ratings to look up.
        let (ratingRow, isNew) = created ? (try insertRating(for: slot, db), true) : try findOrCreateRating(for: slot, db)
        let changedScores = try record(rating.scores, feedback: rating.feedback, rating: ratingRow, isNew: isNew, origin: "import", db)
        let (added, changed) =
            isNew
            ? (try insertNewEvidence(rating.evidence, rating: ratingRow, db), 0)
            : try mergeEvidence(rating.evidence, rating: ratingRow, slot: slot, db)
        try BoundStatement.execute("INSERT INTO imported_file (digest, rating_id, imported_at) VALUES (?, ?, ?)", in: db) {
            $0.bind(digest)
            $0.bind(ratingRow)
            $0.bind(Self.now())
        }
        return ImportOutcome(
            session: session, createdSession: created, imported: true, changedScores: changedScores, addedEvidence: added,
            changedEvidence: changed)
    }

    /// The session a rating file belongs to: the same session (by uuid), else the same
    /// recording scored with the same instrument, else a new session. Returns its id and
    /// whether it was created; only the session's instrument hash is read to check it.
    private func matchingSession(for draft: SessionDraft, _ db: Database) throws -> (SessionID, Bool) {
        let hash = draft.reference.hash
        var found: Row?
        if let uuid = draft.uuid {
            found = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, instrument_hash FROM session WHERE uuid = ?"), arguments: [uuid])
        }
        if found == nil, let fingerprint = draft.video?.fingerprint, !fingerprint.isEmpty {
            found = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT s.id, s.instrument_hash FROM session s JOIN instrument i ON i.hash = s.instrument_hash
                        WHERE s.video_fingerprint = ? AND i.id = ? ORDER BY s.id LIMIT 1
                        """),
                arguments: [fingerprint, draft.instrument.id.rawValue])
        }
        guard let found else { return (try insertSession(draft, db).id, true) }
        let id = SessionID(found[0] as Int64)
        guard found[1] as String == hash.hex else {
            guard let session = try session(id, db) else { throw StoreError("session \(id) vanished during the import") }
            let stored = try instrument(session.instrument.hash, db)
            let differences = stored.map { InstrumentDifference.describe(draft.instrument, $0) } ?? []
            throw StoreError(
                "the rating was made with \(draft.instrument.id) \(draft.instrument.version) (\(hash.short)), but session \(id) uses "
                    + "\(session.instrument.id) \(session.instrument.version) (\(session.instrument.hash.short)); they differ (the rating's against the session's): "
                    + (differences.isEmpty ? "in structure" : differences.joined(separator: "; ")))
        }
        return (id, false)
    }

    /// Adds the evidence of a rating created just now: none of it can be in the store yet, unless
    /// the file reuses the ids of another rating's evidence, which the unique ids refuse.
    private func insertNewEvidence(_ incoming: [Evidence], rating: Int64, _ db: Database) throws -> Int {
        for evidence in incoming {
            do {
                _ = try insertEvidence(evidence, rating: rating, origin: "import", db)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw Self.foreignEvidence(evidence.id)
            }
        }
        return incoming.count
    }

    private static func foreignEvidence(_ id: EvidenceID) -> StoreError {
        StoreError("evidence \(id) in the file belongs to another rating in this store; the file was altered or mixes raters")
    }

    /// Adds new evidence and records changed evidence as new revisions, matched by id.
    private func mergeEvidence(_ incoming: [Evidence], rating: Int64, slot: RaterSlot, _ db: Database) throws -> (added: Int, changed: Int)
    {
        var added = 0
        var changed = 0
        for evidence in incoming {
            if let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, rating_id FROM evidence WHERE uuid = ?"), arguments: [evidence.id.rawValue])
            {
                let number: Int64 = row["id"]
                guard row["rating_id"] as Int64 == rating else { throw Self.foreignEvidence(evidence.id) }
                let current = try currentEvidence(db, where: "e.id = ?", arguments: [number]).first?.evidence
                if current != evidence {
                    try insertRevision(of: number, evidence, deleted: false, origin: "import", db)
                    changed += 1
                }
            } else {
                _ = try insertEvidence(evidence, rating: rating, origin: "import", db)
                added += 1
            }
        }
        return (added, changed)
    }
}
