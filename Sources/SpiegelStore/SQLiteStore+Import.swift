import GRDB
import SpiegelCore

extension SQLiteStore {
    public func importRating(_ rating: Rating, session draft: SessionDraft, digest: String, target: ImportTarget) throws -> ImportOutcome {
        try pool.write { db in try importRating(rating, session: draft, digest: digest, target: target, db) }
    }

    /// Imports many ratings in one transaction: all of them or none. For bulk loads such as
    /// a research corpus, where one transaction per rating would spend its time in fsync.
    public func importRatings(_ batch: [(rating: Rating, session: SessionDraft, digest: String)], target: ImportTarget) throws
        -> [ImportOutcome]
    {
        try pool.write { db in
            try batch.map { try importRating($0.rating, session: $0.session, digest: $0.digest, target: target, db) }
        }
    }

    private func importRating(
        _ rating: Rating, session draft: SessionDraft, digest: String, target: ImportTarget, _ db: Database
    ) throws -> ImportOutcome {
        if let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT r.session_id, s.deleted_at FROM imported_file f JOIN rating r ON r.id = f.rating_id
                    JOIN session s ON s.id = r.session_id WHERE f.digest = ?
                    """),
            arguments: [digest])
        {
            var outcome = ImportOutcome(
                session: SessionID(row[0] as Int64), createdSession: false, imported: false, changedScores: 0, addedEvidence: 0,
                changedEvidence: 0)
            if let deleted = row[1] as String? { outcome.notes = ["session \(outcome.session) was deleted at \(deleted)"] }
            return outcome
        }
        let match = try matchingSession(for: draft, target: target, db)
        let (session, created) = try match.session.map { ($0, false) } ?? (try insertSession(newDraft(draft, target, db), db).id, true)
        if !created, let stored = try self.session(session, db) { try Self.checkEvidence(of: rating, draft.instrument, within: stored) }
        let slot = RaterSlot(session: session, rater: rating.rater, role: rating.role)
        // A session created just now has no ratings to look up.
        let (ratingRow, isNew) = created ? (try insertRating(for: slot, db), true) : try findOrCreateRating(for: slot, db)
        let changedScores = try record(rating.scores, feedback: rating.feedback, rating: ratingRow, isNew: isNew, origin: "import", db)
        let (added, changed) =
            isNew
            ? (try insertNewEvidence(rating.evidence, rating: ratingRow, rater: slot.rater, db), 0)
            : try mergeEvidence(rating.evidence, rating: ratingRow, slot: slot, db)
        try BoundStatement.execute("INSERT INTO imported_file (digest, rating_id, imported_at) VALUES (?, ?, ?)", in: db) {
            $0.bind(digest)
            $0.bind(ratingRow)
            $0.bind(Self.now())
        }
        var outcome = ImportOutcome(
            session: session, createdSession: created, imported: true, changedScores: changedScores, addedEvidence: added,
            changedEvidence: changed)
        outcome.notes = match.notes
        return outcome
    }

    /// The draft of a new session: the file's session id, unless a session here has it
    /// already (`--new-session` for a file whose session is known), then a fresh one.
    private func newDraft(_ draft: SessionDraft, _ target: ImportTarget, _ db: Database) throws -> SessionDraft {
        guard target == .newSession, let uuid = draft.uuid,
            try session(uuid: uuid, db) != nil
        else { return draft }
        var fresh = draft
        fresh.uuid = nil
        return fresh
    }

    /// Refuses evidence that does not fit the session it is imported into (a time past the end
    /// of that session's recording), by the check every path uses.
    private static func checkEvidence(of rating: Rating, _ instrument: Instrument, within session: Session) throws {
        for evidence in rating.evidence {
            do {
                _ = try evidence.checked(against: instrument, duration: session.video?.duration)
            } catch {
                throw StoreError("evidence '\(evidence.id.rawValue.escapedForTerminal)' does not fit session \(session.id): \(error)")
            }
        }
    }

    /// The session a rating file belongs to (nil: a new one), by ``SessionMatch`` or as the
    /// user named it; the session's instrument must be the file's.
    private func matchingSession(for draft: SessionDraft, target: ImportTarget, _ db: Database) throws -> SessionMatch {
        let match: SessionMatch
        switch target {
        case .newSession:
            return SessionMatch(session: nil)
        case .session(let id):
            guard let session = try session(id, db) else {
                throw StoreError("there is no session \(id); 'spiegel session list' shows the sessions")
            }
            match = SessionMatch.chosen(session, for: draft)
        case .automatic:
            let known = try draft.uuid.flatMap { try session(uuid: $0, db) }
            match = try SessionMatch.deciding(
                draft, byUUID: known?.session, uuidDeleted: known?.deleted ?? false,
                candidates: known == nil ? try candidates(for: draft, db) : [])
        }
        if let id = match.session { try checkInstrument(of: id, against: draft, db) }
        return match
    }

    public func sessions(like draft: SessionDraft) throws -> [Session] {
        try pool.read { db in try candidates(for: draft, db) }
    }

    /// Stored sessions (not deleted) made with the draft's instrument id that have its
    /// recording, or its day and the values of its required identifying fields (which every
    /// session of the instrument has); each found through an index.
    private func candidates(for draft: SessionDraft, _ db: Database) throws -> [Session] {
        var found: [Session] = []
        if let fingerprint = draft.video?.fingerprint, !fingerprint.isEmpty {
            found = try fetchSessions(
                db, where: "s.video_fingerprint = ? AND i.id = ?", arguments: [fingerprint, draft.instrument.id.rawValue])
        }
        let required = draft.instrument.headerFields.filter { $0.isRequired && ConversationIdentity.identifies($0) }.map(\.id)
        let values = draft.header.filter { required.contains($0.field) }
        var condition = "s.date = ? AND i.id = ?"
        var arguments: [any DatabaseValueConvertible] = [draft.date, draft.instrument.id.rawValue]
        for value in values {
            condition += " AND s.id IN (SELECT session_id FROM header_value WHERE field = ? AND value = ?)"
            arguments += [value.field.rawValue, value.value]
        }
        for session in try fetchSessions(db, where: condition, arguments: StatementArguments(arguments))
        where !found.contains(where: { $0.id == session.id }) {
            found.append(session)
        }
        return found
    }

    /// Refuses a rating made with another instrument than the session's, saying what differs.
    private func checkInstrument(of id: SessionID, against draft: SessionDraft, _ db: Database) throws {
        guard let session = try session(id, db) else { throw StoreError("session \(id) vanished during the import") }
        let hash = draft.reference.hash
        guard session.instrument.hash != hash else { return }
        let stored = try instrument(session.instrument.hash, db)
        let differences = stored.map { InstrumentDifference.describe(draft.instrument, $0) } ?? []
        throw StoreError(
            "the rating was made with \(draft.instrument.id) \(draft.instrument.version) (\(hash.short)), but session \(id) uses "
                + "\(session.instrument.id) \(session.instrument.version) (\(session.instrument.hash.short)); they differ (the rating's against the session's): "
                + (differences.isEmpty ? "in structure" : differences.joined(separator: "; ")))
    }

    /// Adds the evidence of a rating created just now: none of it can be in the store yet, unless
    /// the file reuses the ids of another rating's evidence, which the unique ids refuse.
    private func insertNewEvidence(_ incoming: [Evidence], rating: Int64, rater: RaterCode, _ db: Database) throws -> Int {
        for evidence in incoming {
            do {
                _ = try insertEvidence(evidence, rating: rating, rater: rater, origin: "import", db)
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
                    try insertRevision(of: number, evidence, deleted: false, rater: slot.rater, origin: "import", db)
                    changed += 1
                }
            } else {
                _ = try insertEvidence(evidence, rating: rating, rater: slot.rater, origin: "import", db)
                added += 1
            }
        }
        return (added, changed)
    }
}
