import GRDB
import SpiegelCore

extension SQLiteStore {
    /// Every matching session with all its current ratings, in a handful of queries however
    /// many sessions there are: what comparisons across sessions, agreement, history and
    /// research exports read. With `evidence: false` the ratings come without their evidence,
    /// which statistics do not need.
    ///
    /// The cost is linear in the number of rows: each table is scanned once, rows are read by
    /// column position, and each rating is found by an array index, not a hash lookup.
    public func sessionsWithRatings(
        matching filter: SessionFilter, evidence: Bool = true
    ) throws -> [(session: Session, ratings: [Rating])] {
        try pool.read { db in
            let sessions = try sessions(matching: filter, db)
            return try withRatings(sessions, scanning: true, evidence: evidence, db)
        }
    }

    /// The matching sessions, and their ratings a chunk of sessions at a time, all from one
    /// snapshot of the store (writers may go on meanwhile): how a corpus too large to hold
    /// in memory at once is exported.
    public func readCorpus<T>(matching filter: SessionFilter, evidence: Bool, _ body: (CorpusReader) throws -> T) throws -> T {
        try pool.read { db in
            try body(CorpusReader(store: self, database: db, sessions: try sessions(matching: filter, db), evidence: evidence))
        }
    }

    /// A snapshot of matching sessions. Valid only inside the closure of
    /// ``SQLiteStore/readCorpus(matching:evidence:_:)``: do not keep it or return it.
    public struct CorpusReader {
        let store: SQLiteStore
        let database: Database
        /// The matching sessions, as ``SQLiteStore/sessions(matching:)`` orders them.
        public let sessions: [Session]
        let evidence: Bool

        /// The exact instrument a session was made with.
        public func instrument(_ hash: ContentHash) throws -> Instrument? { try store.instrument(hash, database) }

        /// Hands over the sessions with their ratings `size` sessions at a time, in order.
        public func forEachChunk(of size: Int, _ body: ([(session: Session, ratings: [Rating])]) throws -> Void) throws {
            for start in stride(from: 0, to: sessions.count, by: max(1, size)) {
                let chunk = Array(sessions[start..<min(start + max(1, size), sessions.count)])
                try body(try store.withRatings(chunk, scanning: false, evidence: evidence, database))
            }
        }
    }

    /// The sessions with their current ratings: `scanning` reads each table whole (for most
    /// of the store), else only the rows of these sessions (for a chunk).
    private func withRatings(
        _ sessions: [Session], scanning: Bool, evidence: Bool, _ db: Database
    ) throws -> [(session: Session, ratings: [Rating])] {
        guard !sessions.isEmpty else { return [] }
        // A chunk's sessions as an SQL list; nil when scanning.
        let chunk = scanning ? nil : sessions.map { String($0.id.rawValue) }.joined(separator: ",")
        var shells = try RatingShells(
            db, wanted: Set(sessions.map(\.id.rawValue)), where: chunk.map { "WHERE session_id IN (\($0))" } ?? "")
        let ofChunk = { (column: String) in chunk.map { "AND \(column) IN (SELECT id FROM rating WHERE session_id IN (\($0)))" } ?? "" }
        try fillFeedback(&shells, where: ofChunk("f.rating_id"), db)
        if evidence { try fillEvidence(&shells, where: ofChunk("e.rating_id"), db) }
        var bySession: [Int64: [Rating]] = [:]
        for index in shells.ratings.indices { bySession[shells.sessions[index], default: []].append(shells.ratings[index]) }
        return sessions.map { ($0, bySession[$0.id.rawValue] ?? []) }
    }

    /// The wanted ratings in id order with their current scores (from each rating's packed
    /// ``CurrentAnswers``), and where each rating id sits in that order.
    private struct RatingShells {
        var ratings: [Rating] = []
        var sessions: [Int64] = []
        /// Rating id − `firstID` → position; rating ids are dense, so an array serves as the map.
        var positions: [Int32] = []
        /// The first (lowest) wanted rating id.
        var firstID: Int64 = 0

        init(_ db: Database, wanted: Set<Int64>, where condition: String) throws {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, session_id, rater, role, answers FROM rating \(condition) ORDER BY id")
            var decoder = CurrentAnswers.Decoder()
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let session: Int64 = row[1]
                guard wanted.contains(session) else { continue }
                if ratings.isEmpty { firstID = id }
                let slot = Int(id - firstID)
                if slot >= positions.count { positions += Array(repeating: -1, count: slot - positions.count + 1) }
                positions[slot] = Int32(ratings.count)
                let scores: [Score]
                do {
                    scores = try row.withUnsafeData(atIndex: 4) { data in
                        try data.map { try $0.withUnsafeBytes { try decoder.scores($0) } } ?? []
                    }
                } catch let error as StoreError {
                    throw StoreError("rating \(id) (session \(session)): \(error)")
                }
                ratings.append(Rating(rater: RaterCode(row[2] as String), role: RoleID(row[3] as String), scores: scores))
                sessions.append(session)
            }
        }

        func position(of id: Int64) -> Int? {
            guard id >= firstID, id - firstID < positions.count, positions[Int(id - firstID)] >= 0 else { return nil }
            return Int(positions[Int(id - firstID)])
        }
    }

    /// Each rating's latest feedback; `condition` (`AND …`) narrows the rows.
    private func fillFeedback(_ shells: inout RatingShells, where condition: String, _ db: Database) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT f.rating_id, f.strengths, f.work_points FROM feedback_revision f
                WHERE NOT EXISTS (SELECT 1 FROM feedback_revision g WHERE g.rating_id = f.rating_id AND g.id > f.id) \(condition)
                """)
        while let row = try rows.next() {
            guard let position = shells.position(of: row[0]) else { continue }
            shells.ratings[position].feedback = FeedbackChoice(
                strengths: (row[1] as String).split(separator: " ").map { ItemID(String($0)) },
                workPoints: (row[2] as String).split(separator: " ").map { ItemID(String($0)) })
        }
    }

    /// Each rating's current evidence in time order; `condition` (`AND …`) narrows the rows.
    private func fillEvidence(_ shells: inout RatingShells, where condition: String, _ db: Database) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.rating_id, e.uuid, v.start_ms, v.end_ms, v.item, v.indicator, v.valence, v.text FROM evidence e
                JOIN evidence_revision v ON v.id = (SELECT max(id) FROM evidence_revision WHERE evidence_id = e.id)
                WHERE v.deleted = 0 \(condition) ORDER BY e.rating_id, v.start_ms, e.id
                """)
        while let row = try rows.next() {
            guard let position = shells.position(of: row[0]) else { continue }
            shells.ratings[position].evidence.append(
                Evidence(
                    id: EvidenceID(row[1] as String), start: VideoTime(milliseconds: row[2]),
                    end: (row[3] as Int?).map(VideoTime.init(milliseconds:)), item: (row[4] as String?).map { ItemID($0) },
                    indicator: (row[5] as String?).map { IndicatorID($0) }, valence: Valence(rawValue: row[6]) ?? .neutral, text: row[7]))
        }
    }
}
