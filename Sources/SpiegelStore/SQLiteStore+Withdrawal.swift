import GRDB
import SpiegelCore

/// A withdrawal whose rows are deleted but whose content the database file still holds.
public struct WithdrawalIncomplete: Error, Hashable, Sendable {
    /// What was deleted from the store's tables.
    public var report: WithdrawalReport
    /// How many of the removed texts (evidence, text answers, header values) the file still holds.
    public var textsLeft: Int
    /// Whether the file still holds the code itself.
    public var codeLeft: Bool
    /// Whether another connection kept SQLite from rewriting the file (a reader in a transaction).
    public var blockedByReader: Bool
    /// Current texts of other sessions that still mention the code.
    public var mentions: [CodeMention] = []
}

extension SQLiteStore {
    /// Removes every trace of a person's code: the sessions about them (their code in a
    /// research-code header field), the ratings they made with all scores, feedback and
    /// evidence, and every other header value equal to the code, compared ignoring case; past
    /// revisions whose text mentions the code are emptied. Then the file is vacuumed and
    /// the write-ahead log copied into it and emptied, and the database file and its log are
    /// searched for the code and the removed texts: only when none is left does it return;
    /// otherwise it throws ``WithdrawalIncomplete``, also when a current text still mentions
    /// the code (``CodeMention``: only the user can rewrite it). With `apply: false` it only reads and
    /// reports what it would remove. Applied when nothing refers to the code any more, it
    /// finishes an earlier withdrawal that could not rewrite the file.
    public func withdraw(code: String, apply: Bool) throws -> WithdrawalReport {
        guard apply else { return try pool.writeWithoutTransaction { db in try rehearse(code, db) } }
        let (report, texts) = try pool.write { db in
            var report = try survey(code, db)
            guard !report.isEmpty else { return (report, [String]()) }
            let texts = try removedTexts(code, sessions: report.sessions, db)
            report.mentions = try remove(code, report, db)
            return (report, texts + report.storedCodes)
        }
        try finishRemoval(of: code, texts: texts, report: report)
        return report
    }

    /// What a withdrawal would do, found by doing it in a transaction that is rolled back, so
    /// that the texts it lists as left are exactly those that stay.
    private func rehearse(_ code: String, _ db: Database) throws -> WithdrawalReport {
        var report = WithdrawalReport(code: code)
        try db.inTransaction {
            report = try survey(code, db)
            report.mentions = try remove(code, report, db)
            return .rollback
        }
        return report
    }

    /// Rewrites the file until neither the code nor any removed text is left in it.
    private func finishRemoval(of code: String, texts: [String], report: WithdrawalReport) throws {
        let mentions = try pool.read { db in try self.mentions(of: code, db).current }
        if report.isEmpty, mentions.isEmpty, try StoreTraces(of: code, texts: texts, in: self).isEmpty { return }
        let completed = try pool.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            // (busy, log frames, frames copied): complete when no reader kept it from copying them all.
            let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            return row.map { $0[0] as Int == 0 && $0[1] as Int == $0[2] as Int } ?? false
        }
        let traces = try StoreTraces(of: code, texts: texts, in: self)
        guard traces.isEmpty, mentions.isEmpty else {
            throw WithdrawalIncomplete(
                report: report, textsLeft: traces.textsLeft, codeLeft: traces.codeLeft, blockedByReader: !completed && !traces.isEmpty,
                mentions: mentions)
        }
    }

    private func survey(_ code: String, _ db: Database) throws -> WithdrawalReport {
        var report = WithdrawalReport(code: code)
        report.storedCodes = try String.fetchAll(
            db,
            sql: """
                SELECT rater FROM rating WHERE rater = ?1 COLLATE NOCASE UNION SELECT value FROM header_value WHERE value = ?1 COLLATE NOCASE
                UNION SELECT value FROM session_revision_header WHERE value = ?1 COLLATE NOCASE
                """, arguments: [code])
        report.sessions = try sessionsAbout(code, db)
        let ratings = ratingsToRemove(report.sessions)
        report.ratings = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(ratings))", arguments: [code]) ?? 0
        report.scoreRevisions =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM score_revision WHERE rating_id IN (\(ratings))", arguments: [code]) ?? 0
        report.evidence = try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence WHERE rating_id IN (\(ratings))", arguments: [code]) ?? 0
        report.headerValues =
            try Int.fetchOne(
                db,
                sql:
                    "SELECT (SELECT count(*) FROM header_value WHERE value = ? COLLATE NOCASE) + (SELECT count(*) FROM session_revision_header WHERE value = ? COLLATE NOCASE)",
                arguments: [code, code]) ?? 0
        report.pastTexts = try mentions(of: code, db).past.count
        report.clearsContext =
            try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM context WHERE rater = ? COLLATE NOCASE", arguments: [code]) ?? false
        return report
    }

    /// The ids of the ratings a withdrawal removes: the person's own, and every rating of the
    /// sessions about them (one argument: the code).
    private func ratingsToRemove(_ sessions: [SessionID]) -> String {
        let sessionList = sessions.map { String($0.rawValue) }.joined(separator: ",")
        let inSessions = sessionList.isEmpty ? "0" : "r.session_id IN (\(sessionList))"
        return "SELECT r.id FROM rating r WHERE r.rater = ? COLLATE NOCASE OR \(inSessions)"
    }

    /// Every text the withdrawal deletes: each revision of each piece of evidence and of each
    /// answer, and the header values and recordings of the sessions about the person.
    private func removedTexts(_ code: String, sessions: [SessionID], _ db: Database) throws -> [String] {
        let ratings = ratingsToRemove(sessions)
        let sessionList = sessions.map { String($0.rawValue) }.joined(separator: ",")
        let queries: [(String, StatementArguments)] = [
            ("SELECT v.text FROM evidence_revision v JOIN evidence e ON e.id = v.evidence_id WHERE e.rating_id IN (\(ratings))", [code]),
            ("SELECT value FROM score_revision WHERE rating_id IN (\(ratings))", [code]),
            ("SELECT value FROM header_value WHERE session_id IN (\(sessionList))", []),
            ("SELECT video_path FROM session WHERE id IN (\(sessionList)) AND video_path IS NOT NULL", []),
        ]
        var texts = Set<String>()
        for (query, arguments) in queries { texts.formUnion(try String.fetchAll(db, sql: query, arguments: arguments)) }
        return texts.sorted()
    }

    /// Sessions in which the code stands in a header field that holds a research code.
    private func sessionsAbout(_ code: String, _ db: Database) throws -> [SessionID] {
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT h.session_id, h.field, s.instrument_hash FROM header_value h JOIN session s ON s.id = h.session_id WHERE h.value = ? COLLATE NOCASE",
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

    /// Deletes the rows about the person, empties the past texts that mention them and clears
    /// the `use` context that holds their code; returns the current texts that still mention it.
    private func remove(_ code: String, _ report: WithdrawalReport, _ db: Database) throws -> [CodeMention] {
        try removeRows(code, sessions: report.sessions, db)
        try empty(try mentions(of: code, db).past, db)
        return try mentions(of: code, db).current
    }

    private func removeRows(_ code: String, sessions: [SessionID], _ db: Database) throws {
        for session in sessions {
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [session.rawValue])
        }
        try db.execute(sql: "DELETE FROM rating WHERE rater = ? COLLATE NOCASE", arguments: [code])
        try db.execute(sql: "DELETE FROM header_value WHERE value = ? COLLATE NOCASE", arguments: [code])
        // Past header values, kept by a session's edits and deletion.
        try db.execute(sql: "DELETE FROM session_revision_header WHERE value = ? COLLATE NOCASE", arguments: [code])
        try db.execute(sql: "UPDATE context SET rater = NULL, role = NULL WHERE rater = ? COLLATE NOCASE", arguments: [code])
    }
}
