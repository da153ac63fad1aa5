import GRDB
import SpiegelCore

extension SQLiteStore {
    /// Every matching session with all its current ratings, in a handful of queries however
    /// many sessions there are: what comparisons across sessions, agreement, history and
    /// research exports read. With `evidence: false` the ratings come without their evidence,
    /// which statistics do not need.
    public func sessionsWithRatings(
        matching filter: SessionFilter, evidence: Bool = true
    ) throws -> [(session: Session, ratings: [Rating])] {
        let sessions = try sessions(matching: filter)
        guard !sessions.isEmpty else { return [] }
        return try pool.read { db in
            let wanted = Set(sessions.map(\.id.rawValue))
            var ratings = try ratingShells(db, wanted: wanted)
            try fillScores(&ratings, db)
            try fillFeedback(&ratings, db)
            if evidence { try fillEvidence(&ratings, db) }
            var bySession: [Int64: [Rating]] = [:]
            for (key, rating) in ratings.sorted(by: { $0.key.id < $1.key.id }) { bySession[key.session, default: []].append(rating) }
            return sessions.map { ($0, bySession[$0.id.rawValue] ?? []) }
        }
    }

    private struct RatingKey: Hashable {
        var id: Int64
        var session: Int64
    }

    private func ratingShells(_ db: Database, wanted: Set<Int64>) throws -> [RatingKey: Rating] {
        var ratings: [RatingKey: Rating] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, session_id, rater, role FROM rating") where wanted.contains(row["session_id"]) {
            ratings[RatingKey(id: row["id"], session: row["session_id"])] = Rating(
                rater: RaterCode(row["rater"] as String), role: RoleID(row["role"] as String))
        }
        return ratings
    }

    private func fillScores(_ ratings: inout [RatingKey: Rating], _ db: Database) throws {
        let keys = Dictionary(ratings.keys.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT rating_id, item, kind, value, citations FROM score_revision
                WHERE id IN (SELECT max(id) FROM score_revision GROUP BY rating_id, item) ORDER BY rating_id, id
                """)
        while let row = try rows.next() {
            guard let key = keys[row["rating_id"]], let answer = try AnswerCodec.decode(kind: row["kind"], value: row["value"]) else {
                continue
            }
            let citations = AnswerCodec.citations(row["citations"] as String)
            ratings[key]?.scores.append(Score(item: ItemID(row["item"] as String), answer: answer, citations: citations))
        }
    }

    private func fillFeedback(_ ratings: inout [RatingKey: Rating], _ db: Database) throws {
        let keys = Dictionary(ratings.keys.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM feedback_revision WHERE id IN (SELECT max(id) FROM feedback_revision GROUP BY rating_id)")
        for row in rows {
            guard let key = keys[row["rating_id"]] else { continue }
            ratings[key]?.feedback = FeedbackChoice(
                strengths: (row["strengths"] as String).split(separator: " ").map { ItemID(String($0)) },
                workPoints: (row["work_points"] as String).split(separator: " ").map { ItemID(String($0)) })
        }
    }

    private func fillEvidence(_ ratings: inout [RatingKey: Rating], _ db: Database) throws {
        let keys = Dictionary(ratings.keys.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.rating_id, e.uuid, v.* FROM evidence e
                JOIN evidence_revision v ON v.id = (SELECT max(id) FROM evidence_revision WHERE evidence_id = e.id)
                WHERE v.deleted = 0 ORDER BY e.rating_id, v.start_ms, e.id
                """)
        while let row = try rows.next() {
            guard let key = keys[row["rating_id"]] else { continue }
            ratings[key]?.evidence.append(Self.evidence(from: row, id: EvidenceID(row["uuid"] as String)))
        }
    }
}
