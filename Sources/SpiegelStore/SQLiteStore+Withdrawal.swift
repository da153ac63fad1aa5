import GRDB
import SpiegelCore

extension SQLiteStore {
    /// Removes every trace of a person's code: the sessions about them (their code in a
    /// research-code header field), the ratings they made with all scores, feedback and
    /// evidence, and every other header value equal to the code. Then the freed pages are
    /// overwritten (`secure_delete`), the write-ahead log is emptied and the file vacuumed,
    /// so nothing of it can be recovered from the database file.
    public func withdraw(code: String, apply: Bool) throws -> WithdrawalReport {
        let report: WithdrawalReport = try pool.write { db in
            let report = try survey(code, db)
            if apply && !report.isEmpty { try remove(code, sessions: report.sessions, db) }
            return report
        }
        if apply && !report.isEmpty {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        return report
    }

    private func survey(_ code: String, _ db: Database) throws -> WithdrawalReport {
        var report = WithdrawalReport(code: code)
        report.sessions = try sessionsAbout(code, db)
        let sessionList = report.sessions.map { String($0.rawValue) }.joined(separator: ",")
        let inSessions = sessionList.isEmpty ? "0" : "r.session_id IN (\(sessionList))"
        let ratings = "SELECT r.id FROM rating r WHERE r.rater = ? OR \(inSessions)"
        report.ratings = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(ratings))", arguments: [code]) ?? 0
        report.scoreRevisions =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM score_revision WHERE rating_id IN (\(ratings))", arguments: [code]) ?? 0
        report.evidence = try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence WHERE rating_id IN (\(ratings))", arguments: [code]) ?? 0
        report.headerValues =
            try Int.fetchOne(
                db,
                sql:
                    "SELECT (SELECT count(*) FROM header_value WHERE value = ?) + (SELECT count(*) FROM session_revision_header WHERE value = ?)",
                arguments: [code, code]) ?? 0
        return report
    }

    /// Sessions in which the code stands in a header field that holds a research code.
    private func sessionsAbout(_ code: String, _ db: Database) throws -> [SessionID] {
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT h.session_id, h.field, s.instrument_hash FROM header_value h JOIN session s ON s.id = h.session_id WHERE h.value = ?",
            arguments: [code])
        var instruments: [String: Instrument] = [:]
        var sessions: [SessionID] = []
        for row in rows {
            let hash: String = row["instrument_hash"]
            if instruments[hash] == nil { instruments[hash] = try instrument(ContentHash(hex: hash), db) }
            let field = instruments[hash]?.headerFields.first { $0.id.rawValue == row["field"] as String }
            if field?.isResearchCode == true { sessions.append(SessionID(row["session_id"] as Int64)) }
        }
        return Array(Set(sessions)).sorted()
    }

    private func remove(_ code: String, sessions: [SessionID], _ db: Database) throws {
        for session in sessions {
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [session.rawValue])
        }
        try db.execute(sql: "DELETE FROM rating WHERE rater = ?", arguments: [code])
        try db.execute(sql: "DELETE FROM header_value WHERE value = ?", arguments: [code])
        // Past header values, kept by a session's edits and deletion.
        try db.execute(sql: "DELETE FROM session_revision_header WHERE value = ?", arguments: [code])
        try db.execute(sql: "UPDATE context SET rater = NULL WHERE rater = ?", arguments: [code])
    }
}
