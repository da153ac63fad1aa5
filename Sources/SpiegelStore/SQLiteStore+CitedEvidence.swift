import GRDB
import SpiegelCore

extension SQLiteStore {
    /// Refuses to delete `evidence` while a current score of its rating cites it.
    func refuseDeletingCited(_ evidence: StoredEvidence, _ db: Database) throws {
        guard
            let rating = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT rating_id FROM evidence WHERE id = ?"), arguments: [evidence.number])
        else { return }
        let citing = try currentScores(rating: rating, db).values.filter { $0.citations.contains(evidence.evidence.id) }
        guard !citing.isEmpty else { return }
        throw CitedEvidenceError(
            number: evidence.number, slot: evidence.slot, scores: citing.sorted { $0.item.rawValue < $1.item.rawValue })
    }
}
