import GRDB
import SpiegelCore

extension SQLiteStore {
    public func addEvidence(_ evidence: Evidence, to slot: RaterSlot) throws -> StoredEvidence {
        try pool.write { db in
            let rating = try ratingID(for: slot, db)
            let number = try insertEvidence(evidence, rating: rating, rater: slot.rater, origin: "note", db)
            return StoredEvidence(number: number, slot: slot, evidence: evidence, revisionCount: 1)
        }
    }

    func insertEvidence(_ evidence: Evidence, rating: Int64, rater: RaterCode, origin: String, _ db: Database) throws -> Int64 {
        try BoundStatement.execute("INSERT INTO evidence (uuid, rating_id) VALUES (?, ?)", in: db) {
            $0.bind(evidence.id.rawValue)
            $0.bind(rating)
        }
        let number = db.lastInsertedRowID
        try insertRevision(of: number, evidence, deleted: false, rater: rater, origin: origin, db)
        return number
    }

    /// Records a version of a piece of evidence, with the rater who made it.
    func insertRevision(of number: Int64, _ evidence: Evidence, deleted: Bool, rater: RaterCode, origin: String, _ db: Database) throws {
        try BoundStatement.execute(
            """
            INSERT INTO evidence_revision (evidence_id, start_ms, end_ms, item, indicator, valence, text, deleted, origin, recorded_at, rater)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db
        ) {
            $0.bind(number)
            $0.bind(Int64(evidence.start.milliseconds))
            $0.bind(evidence.end.map { Int64($0.milliseconds) })
            $0.bind(evidence.item?.rawValue)
            $0.bind(evidence.indicator?.rawValue)
            $0.bind(evidence.valence.rawValue)
            $0.bind(evidence.text)
            $0.bind(deleted ? 1 : 0)
            $0.bind(origin)
            $0.bind(Self.now())
            $0.bind(rater.rawValue)
        }
    }

    /// Changes evidence `number` to `evidence`; refused unless `rater` is the one it belongs to.
    public func updateEvidence(_ number: Int64, to evidence: Evidence, by rater: RaterCode) throws -> StoredEvidence {
        try pool.write { db in
            let current = try ownedEvidence(number, by: rater, db)
            try insertRevision(of: number, evidence, deleted: false, rater: rater, origin: "edit", db)
            return StoredEvidence(number: number, slot: current.slot, evidence: evidence, revisionCount: current.revisionCount + 1)
        }
    }

    /// Deletes evidence `number`, keeping its history; refused unless `rater` is the one it belongs to,
    /// and while a current score cites it (``CitedEvidenceError``).
    public func deleteEvidence(_ number: Int64, by rater: RaterCode) throws -> StoredEvidence {
        try pool.write { db in
            let current = try ownedEvidence(number, by: rater, db)
            try refuseDeletingCited(current, db)
            try insertRevision(of: number, current.evidence, deleted: true, rater: rater, origin: "delete", db)
            return current
        }
    }

    /// The current evidence `number`, checked to belong to `rater` in the same transaction
    /// that changes it.
    private func ownedEvidence(_ number: Int64, by rater: RaterCode, _ db: Database) throws -> StoredEvidence {
        guard let current = try currentEvidence(db, where: "e.id = ?", arguments: [number]).first else {
            throw StoreError("there is no evidence #\(number); 'spiegel evidence list' shows the numbers")
        }
        try current.checkOwner(rater)
        return current
    }

    public func evidence(number: Int64) throws -> StoredEvidence? {
        try pool.read { db in try currentEvidence(db, where: "e.id = ?", arguments: [number]).first }
    }

    public func evidence(in session: SessionID) throws -> [StoredEvidence] {
        try pool.read { db in try currentEvidence(db, where: "r.session_id = ?", arguments: [session.rawValue]) }
    }

    /// The latest revision of each piece of evidence that is not deleted, in time order.
    func currentEvidence(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [StoredEvidence] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.id AS number, e.uuid, r.session_id, r.rater, r.role, v.*,
                    (SELECT count(*) FROM evidence_revision c WHERE c.evidence_id = e.id) AS revisions
                FROM evidence e JOIN rating r ON r.id = e.rating_id
                JOIN evidence_revision v ON v.id = (SELECT max(id) FROM evidence_revision WHERE evidence_id = e.id)
                WHERE v.deleted = 0 AND \(condition)
                ORDER BY v.start_ms, e.id
                """,
            arguments: arguments)
        return rows.map { row in
            StoredEvidence(
                number: row["number"],
                slot: RaterSlot(
                    session: SessionID(row["session_id"] as Int64), rater: RaterCode(row["rater"] as String),
                    role: RoleID(row["role"] as String)),
                evidence: Self.evidence(from: row, id: EvidenceID(row["uuid"] as String)),
                revisionCount: row["revisions"])
        }
    }

    static func evidence(from row: Row, id: EvidenceID) -> Evidence {
        Evidence(
            id: id, start: VideoTime(milliseconds: row["start_ms"]), end: (row["end_ms"] as Int?).map(VideoTime.init(milliseconds:)),
            item: (row["item"] as String?).map { ItemID($0) }, indicator: (row["indicator"] as String?).map { IndicatorID($0) },
            valence: Valence(rawValue: row["valence"]) ?? .neutral, text: row["text"])
    }

    public func evidenceHistory(_ number: Int64) throws -> [Revision<Evidence>] {
        try pool.read { db in
            guard let uuid = try String.fetchOne(db.cachedStatement(sql: "SELECT uuid FROM evidence WHERE id = ?"), arguments: [number])
            else {
                throw StoreError("there is no evidence #\(number); 'spiegel evidence list' shows the numbers")
            }
            return try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM evidence_revision WHERE evidence_id = ? ORDER BY id"), arguments: [number]
            ).map {
                row in
                Revision(
                    recordedAt: row["recorded_at"], origin: row["origin"], rater: (row["rater"] as String?).map { RaterCode($0) },
                    value: (row["deleted"] as Bool) ? nil : Self.evidence(from: row, id: EvidenceID(uuid)))
            }
        }
    }
}
