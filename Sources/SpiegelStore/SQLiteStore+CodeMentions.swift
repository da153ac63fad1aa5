import GRDB
import SpiegelCore

/// A past revision's text that mentions a withdrawn code: history no command edits, so a
/// withdrawal empties it.
struct PastText: Hashable {
    var table: String
    var column: String
    var row: Int64
}

extension SQLiteStore {
    /// Every text of every table that mentions `code` as a word, in any case
    /// (``CodeMention/occurs(_:in:)``): the current ones as places the user can edit, the
    /// past revisions apart.
    func mentions(of code: String, _ db: Database) throws -> (current: [CodeMention], past: [PastText]) {
        var current: [CodeMention] = [], past: [PastText] = []
        for (table, column) in try Self.textColumns(db) {
            let sql = """
                SELECT rowid, CAST(\(column.quotedDatabaseIdentifier) AS TEXT) FROM \(table.quotedDatabaseIdentifier)
                WHERE instr(lower(CAST(\(column.quotedDatabaseIdentifier) AS TEXT)), lower(?)) > 0
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: [code]) {
                let (rowID, text): (Int64, String) = (row[0], row[1])
                guard CodeMention.occurs(code, in: text) else { continue }
                if let place = try place(of: rowID, table: table, column: column, db) {
                    current.append(CodeMention(place: place, text: text))
                } else {
                    past.append(PastText(table: table, column: column, row: rowID))
                }
            }
        }
        return (current, past)
    }

    /// Empties past revisions' texts (a path becomes NULL).
    func empty(_ texts: [PastText], _ db: Database) throws {
        for text in texts {
            let value = text.column == "video_path" ? "NULL" : "''"
            try db.execute(
                sql: "UPDATE \(text.table.quotedDatabaseIdentifier) SET \(text.column.quotedDatabaseIdentifier) = \(value) WHERE rowid = ?",
                arguments: [text.row])
        }
    }

    /// The text and blob columns of the store's own tables, but the packed current answers
    /// (a copy of the current score revisions, which are searched).
    static func textColumns(_ db: Database) throws -> [(String, String)] {
        var columns: [(String, String)] = []
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'")
        for table in tables {
            let rows = try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table])
            for row in rows where ["TEXT", "BLOB", ""].contains((row["type"] as String).uppercased()) {
                let column: String = row["name"]
                if !(table == "rating" && column == "answers") { columns.append((table, column)) }
            }
        }
        return columns
    }

    /// Where a row's text is for the user, or nil for a past revision.
    private func place(of rowID: Int64, table: String, column: String, _ db: Database) throws -> CodeMention.Place? {
        switch (table, column) {
        case ("header_value", _):
            let row = try Row.fetchOne(db, sql: "SELECT session_id, field FROM header_value WHERE rowid = ?", arguments: [rowID])
            return row.map { .header(session: SessionID($0[0] as Int64), field: FieldID($0[1] as String)) }
        case ("session", "video_path"):
            return .video(session: SessionID(rowID))
        case ("evidence_revision", _):
            return try currentEvidence(revision: rowID, db)
        case ("score_revision", _):
            return try currentAnswer(revision: rowID, db)
        case ("session_revision", _), ("session_revision_header", _):
            return nil
        default:
            return .other(table: table, column: column)
        }
    }

    /// The evidence whose current revision this is; nil for an earlier revision or a deleted piece.
    private func currentEvidence(revision: Int64, _ db: Database) throws -> CodeMention.Place? {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT e.id, r.session_id, r.rater, r.role FROM evidence_revision v JOIN evidence e ON e.id = v.evidence_id
                JOIN rating r ON r.id = e.rating_id
                WHERE v.id = ? AND v.deleted = 0 AND v.id = (SELECT max(id) FROM evidence_revision WHERE evidence_id = e.id)
                """, arguments: [revision])
        return row.map { .evidence(number: $0[0], slot: Self.slot($0, from: 1)) }
    }

    /// The answer whose current revision this is; nil for an earlier revision.
    private func currentAnswer(revision: Int64, _ db: Database) throws -> CodeMention.Place? {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT v.item, r.session_id, r.rater, r.role FROM score_revision v JOIN rating r ON r.id = v.rating_id
                WHERE v.id = ? AND v.id = (SELECT max(id) FROM score_revision WHERE rating_id = v.rating_id AND item = v.item)
                """, arguments: [revision])
        return row.map { .answer(slot: Self.slot($0, from: 1), item: ItemID($0[0] as String)) }
    }

    private static func slot(_ row: Row, from index: Int) -> RaterSlot {
        RaterSlot(
            session: SessionID(row[index] as Int64), rater: RaterCode(row[index + 1] as String), role: RoleID(row[index + 2] as String))
    }
}
