import GRDB
import SpiegelCore

extension SQLiteStore {
    /// The row id of a rater's rating of a session, created on first use.
    func ratingID(for slot: RaterSlot, _ db: Database) throws -> Int64 {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM session WHERE id = ?"), arguments: [slot.session.rawValue]) != nil
        else {
            throw StoreError("there is no session \(slot.session); 'spiegel session list' shows the sessions")
        }
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM rating WHERE session_id = ? AND rater = ? AND role = ?"),
            arguments: [slot.session.rawValue, slot.rater.rawValue, slot.role.rawValue])
        {
            return id
        }
        try db.cachedStatement(
            sql: "INSERT INTO rating (session_id, rater, role) VALUES (?, ?, ?)"
        ).execute(
            arguments: [slot.session.rawValue, slot.rater.rawValue, slot.role.rawValue])
        return db.lastInsertedRowID
    }

    public func record(_ scores: [Score], feedback: FeedbackChoice?, for slot: RaterSlot, origin: String) throws -> Int {
        try pool.write { db in try record(scores, feedback: feedback, rating: try ratingID(for: slot, db), origin: origin, db) }
    }

    func record(_ scores: [Score], feedback: FeedbackChoice?, rating: Int64, origin: String, _ db: Database) throws -> Int {
        let current = try currentScores(rating: rating, db)
        let now = Self.now()
        var changed = 0
        for score in scores where current[score.item] != score {
            let (kind, value) = AnswerCodec.encode(score.answer)
            try insertScoreRevision(
                rating: rating, item: score.item, kind: kind, value: value, citations: score.citations, origin: origin, at: now, db)
            changed += 1
        }
        if changed > 0 { try CurrentAnswers.refresh(rating: rating, db) }
        if let feedback, try currentFeedback(rating: rating, db) != feedback {
            try db.cachedStatement(
                sql: "INSERT INTO feedback_revision (rating_id, strengths, work_points, origin, recorded_at) VALUES (?, ?, ?, ?, ?)"
            ).execute(
                arguments: [
                    rating, feedback.strengths.map(\.rawValue).joined(separator: " "),
                    feedback.workPoints.map(\.rawValue).joined(separator: " "), origin, now,
                ])
            changed += 1
        }
        return changed
    }

    public func clearScores(_ items: [ItemID], for slot: RaterSlot, origin: String) throws -> Int {
        try pool.write { db in
            let rating = try ratingID(for: slot, db)
            let current = try currentScores(rating: rating, db)
            let now = Self.now()
            var cleared = 0
            for item in items where current[item] != nil {
                try insertScoreRevision(rating: rating, item: item, kind: "cleared", value: "", citations: [], origin: origin, at: now, db)
                cleared += 1
            }
            if cleared > 0 { try CurrentAnswers.refresh(rating: rating, db) }
            return cleared
        }
    }

    private func insertScoreRevision(
        rating: Int64, item: ItemID, kind: String, value: String, citations: [EvidenceID], origin: String, at time: String, _ db: Database
    ) throws {
        try db.cachedStatement(
            sql: "UPDATE score_revision SET current = 0 WHERE rating_id = ? AND item = ? AND current = 1"
        ).execute(
            arguments: [rating, item.rawValue])
        try db.cachedStatement(
            sql: """
                INSERT INTO score_revision (rating_id, item, kind, value, citations, origin, recorded_at, current)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                """
        ).execute(
            arguments: [rating, item.rawValue, kind, value, AnswerCodec.citations(citations), origin, time])
    }

    /// The latest revision of each item's score; cleared scores are absent.
    func currentScores(rating: Int64, _ db: Database) throws -> [ItemID: Score] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT item, kind, value, citations FROM score_revision WHERE rating_id = ? AND current = 1
                """,
            arguments: [rating])
        var scores: [ItemID: Score] = [:]
        for row in rows {
            let item = ItemID(row["item"] as String)
            if let answer = try AnswerCodec.decode(kind: row["kind"], value: row["value"]) {
                scores[item] = Score(item: item, answer: answer, citations: AnswerCodec.citations(row["citations"] as String))
            }
        }
        return scores
    }

    func currentFeedback(rating: Int64, _ db: Database) throws -> FeedbackChoice {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM feedback_revision WHERE rating_id = ? ORDER BY id DESC LIMIT 1"), arguments: [rating]
            )
        else { return FeedbackChoice() }
        return FeedbackChoice(
            strengths: (row["strengths"] as String).split(separator: " ").map { ItemID(String($0)) },
            workPoints: (row["work_points"] as String).split(separator: " ").map { ItemID(String($0)) })
    }

    public func ratings(in session: SessionID) throws -> [Rating] {
        try pool.read { db in
            let rows = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM rating WHERE session_id = ? ORDER BY id"), arguments: [session.rawValue])
            let evidence = try currentEvidence(db, where: "r.session_id = ?", arguments: [session.rawValue])
            return try rows.map { row in
                let id: Int64 = row["id"]
                let slot = RaterSlot(session: session, rater: RaterCode(row["rater"] as String), role: RoleID(row["role"] as String))
                let scores = try currentScores(rating: id, db).values.sorted { $0.item < $1.item }
                return Rating(
                    rater: slot.rater, role: slot.role, scores: scores, feedback: try currentFeedback(rating: id, db),
                    evidence: evidence.filter { $0.slot == slot }.map(\.evidence))
            }
        }
    }

    public func scoreHistory(for slot: RaterSlot) throws -> [(item: ItemID, revisions: [Revision<Score>])] {
        try pool.read { db in
            guard
                let rating = try Int64.fetchOne(
                    db.cachedStatement(sql: "SELECT id FROM rating WHERE session_id = ? AND rater = ? AND role = ?"),
                    arguments: [slot.session.rawValue, slot.rater.rawValue, slot.role.rawValue])
            else { return [] }
            var history: [ItemID: [Revision<Score>]] = [:]
            var order: [ItemID] = []
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM score_revision WHERE rating_id = ? ORDER BY id"), arguments: [rating])
            {
                let item = ItemID(row["item"] as String)
                if history[item] == nil { order.append(item) }
                let answer = try AnswerCodec.decode(kind: row["kind"], value: row["value"])
                let score = answer.map { Score(item: item, answer: $0, citations: AnswerCodec.citations(row["citations"] as String)) }
                history[item, default: []].append(Revision(recordedAt: row["recorded_at"], origin: row["origin"], value: score))
            }
            return order.map { ($0, history[$0] ?? []) }
        }
    }
}
