import GRDB
import SpiegelCore

extension SQLiteStore {
    /// The row id of a rater's rating of a session, created on first use.
    func ratingID(for slot: RaterSlot, _ db: Database) throws -> Int64 { try findOrCreateRating(for: slot, db).id }

    /// The row id of a rater's rating of a session, and whether it was created just now.
    func findOrCreateRating(for slot: RaterSlot, _ db: Database) throws -> (id: Int64, created: Bool) {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM session WHERE id = ?"), arguments: [slot.session.rawValue]) != nil
        else {
            throw StoreError("there is no session \(slot.session); 'spiegel session list' shows the sessions")
        }
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM rating WHERE session_id = ? AND rater = ? AND role = ?"),
            arguments: [slot.session.rawValue, slot.rater.rawValue, slot.role.rawValue])
        {
            return (id, false)
        }
        return (try insertRating(for: slot, db), true)
    }

    /// Adds a rating that is not in the store yet; returns its row id. A rater code that
    /// differs only in case from a stored code is refused (``CodeCaseConflict``), and so is a
    /// rater who already rates the session in another role (``RoleConflict``).
    func insertRating(for slot: RaterSlot, _ db: Database) throws -> Int64 {
        try checkCase(of: slot.rater.rawValue, db)
        try checkOneRole(of: slot, db)
        try BoundStatement.execute("INSERT INTO rating (session_id, rater, role) VALUES (?, ?, ?)", in: db) {
            $0.bind(slot.session.rawValue)
            $0.bind(slot.rater.rawValue)
            $0.bind(slot.role.rawValue)
        }
        return db.lastInsertedRowID
    }

    /// Refuses a second role for a rater in one session (``RoleConflict``).
    private func checkOneRole(of slot: RaterSlot, _ db: Database) throws {
        let sql = "SELECT role FROM rating WHERE session_id = ? AND rater = ? COLLATE NOCASE AND role != ? LIMIT 1"
        let arguments: StatementArguments = [slot.session.rawValue, slot.rater.rawValue, slot.role.rawValue]
        guard let existing = try String.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) else { return }
        throw RoleConflict(rater: slot.rater, session: slot.session, existingRole: RoleID(existing), role: slot.role)
    }

    public func record(_ scores: [Score], feedback: FeedbackChoice?, for slot: RaterSlot, origin: String) throws -> Int {
        try pool.write { db in try record(scores, feedback: feedback, rating: try ratingID(for: slot, db), origin: origin, db) }
    }

    /// Records the scores that differ from the current ones, and the feedback when it
    /// differs. A rating created in the same transaction (`isNew`) has nothing current, so
    /// nothing is looked up or superseded, and its packed answers are the new revisions.
    func record(
        _ scores: [Score], feedback: FeedbackChoice?, rating: Int64, isNew: Bool = false, origin: String, _ db: Database
    ) throws -> Int {
        let current = isNew ? [:] : try currentScores(rating: rating, db)
        let now = Self.now()
        let revisions = Self.lastOfEach(scores, by: \.item).filter { current[$0.item] != $0 }.map(CurrentAnswers.Revision.init)
        try insertScoreRevisions(revisions, rating: rating, origin: origin, at: now, supersede: !isNew, db)
        var changed = revisions.count
        if let feedback, try (isNew ? FeedbackChoice() : currentFeedback(rating: rating, db)) != feedback {
            try insertFeedbackRevision(feedback, rating: rating, origin: origin, at: now, db)
            changed += 1
        }
        return changed
    }

    /// Records `choice` as the rating's current strong and work points.
    private func insertFeedbackRevision(_ choice: FeedbackChoice, rating: Int64, origin: String, at time: String, _ db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT INTO feedback_revision (rating_id, strengths, work_points, origin, recorded_at) VALUES (?, ?, ?, ?, ?)"
        ).execute(
            arguments: [
                rating, choice.strengths.map(\.rawValue).joined(separator: " "), choice.workPoints.map(\.rawValue).joined(separator: " "),
                origin, time,
            ])
    }

    public func change(_ change: RatingChange, for slot: RaterSlot, origin: String) throws -> RatingChangeOutcome {
        try pool.write { db in
            let rating = try ratingID(for: slot, db)
            var current = try currentScores(rating: rating, db)
            let now = Self.now()
            let set = Self.lastOfEach(change.scores, by: \.item).filter { current[$0.item] != $0 }
            try insertScoreRevisions(set.map(CurrentAnswers.Revision.init), rating: rating, origin: origin, at: now, supersede: true, db)
            for score in set { current[score.item] = score }
            let cleared = Self.lastOfEach(change.cleared, by: \.self).filter { current[$0] != nil }
            try insertScoreRevisions(
                cleared.map(CurrentAnswers.Revision.init(clearing:)), rating: rating, origin: origin, at: now, supersede: true, db)
            for item in cleared { current[item] = nil }
            let before = try currentFeedback(rating: rating, db)
            let after = try before.applying(change.feedback, rule: change.feedbackRule).checked(scores: current.values)
            if after != before { try insertFeedbackRevision(after, rating: rating, origin: origin, at: now, db) }
            return RatingChangeOutcome(
                changes: set.count + cleared.count + (after != before ? 1 : 0), scoredItems: current.count, feedback: after,
                feedbackChanged: after != before)
        }
    }

    public func feedbackHistory(for slot: RaterSlot) throws -> [Revision<FeedbackChoice>] {
        try pool.read { db in
            guard let rating = try existingRatingID(for: slot, db) else { return [] }
            return try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM feedback_revision WHERE rating_id = ? ORDER BY id"), arguments: [rating]
            ).map { Revision(recordedAt: $0["recorded_at"], origin: $0["origin"], value: Self.feedback(from: $0)) }
        }
    }

    /// The row id of a rater's rating of a session; nil when there is none.
    private func existingRatingID(for slot: RaterSlot, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM rating WHERE session_id = ? AND rater = ? AND role = ?"),
            arguments: [slot.session.rawValue, slot.rater.rawValue, slot.role.rawValue])
    }

    public func clearScores(_ items: [ItemID], for slot: RaterSlot, origin: String) throws -> Int {
        try pool.write { db in
            let rating = try ratingID(for: slot, db)
            let current = try currentScores(rating: rating, db)
            let revisions = Self.lastOfEach(items, by: \.self).filter { current[$0] != nil }.map(CurrentAnswers.Revision.init(clearing:))
            try insertScoreRevisions(revisions, rating: rating, origin: origin, at: Self.now(), supersede: true, db)
            return revisions.count
        }
    }

    /// The last element for each item, each at its last position: what writing them one after
    /// another leaves current (`score 1=3 1=4` records 4).
    private static func lastOfEach<Element>(_ elements: [Element], by item: (Element) -> ItemID) -> [Element] {
        var seen = Set<ItemID>()
        return elements.reversed().filter { seen.insert(item($0)).inserted }.reversed()
    }

    /// Adds the revisions as their items' current ones, then brings the rating's packed
    /// answers up to date. With `supersede` the revisions they replace are unmarked first;
    /// without, the rating has no revisions yet, so the packed answers are the new ones.
    /// Rows are inserted up to `rowsPerInsert` to a statement.
    private func insertScoreRevisions(
        _ revisions: [CurrentAnswers.Revision], rating: Int64, origin: String, at time: String, supersede: Bool, _ db: Database
    ) throws {
        guard !revisions.isEmpty else { return }
        if supersede {
            let update = try db.cachedStatement(
                sql: "UPDATE score_revision SET current = 0 WHERE rating_id = ? AND item = ? AND current = 1")
            for revision in revisions { try update.execute(arguments: [rating, revision.item]) }
        }
        let rowsPerInsert = 32
        for start in stride(from: 0, to: revisions.count, by: rowsPerInsert) {
            let chunk = revisions[start..<min(start + rowsPerInsert, revisions.count)]
            let rows = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, 1)", count: chunk.count).joined(separator: ", ")
            try BoundStatement.execute(
                "INSERT INTO score_revision (rating_id, item, kind, value, citations, origin, recorded_at, current) VALUES \(rows)", in: db
            ) { statement in
                for revision in chunk {
                    statement.bind(rating)
                    for text in [revision.item, revision.kind, revision.value, revision.citations, origin, time] { statement.bind(text) }
                }
            }
        }
        if supersede {
            try CurrentAnswers.refresh(rating: rating, db)
        } else {
            try CurrentAnswers.store(revisions, rating: rating, db)
        }
    }

    /// The latest revision of each item's score; cleared scores are absent.
    func currentScores(rating: Int64, _ db: Database) throws -> [ItemID: Score] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT item, kind, value, citations FROM score_revision WHERE rating_id = ? AND current = 1"),
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
        return Self.feedback(from: row)
    }

    private static func feedback(from row: Row) -> FeedbackChoice {
        FeedbackChoice(
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
            guard let rating = try existingRatingID(for: slot, db) else { return [] }
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
