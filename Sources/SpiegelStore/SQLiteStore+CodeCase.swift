import GRDB
import SpiegelCore

extension SQLiteStore {
    /// Refuses a rater or header code that differs only in case from a code the store holds
    /// (a rater's code or a header value), so that `s01` never becomes a second `S01`.
    ///
    /// Looked up through the store's case-blind indexes (migration v5), so that a bulk import
    /// checks each new rating in a few index steps.
    func checkCase(of code: String, _ db: Database) throws {
        let sql = """
            SELECT rater FROM rating WHERE rater = ?1 COLLATE NOCASE AND rater != ?1
            UNION ALL SELECT value FROM header_value WHERE value = ?1 COLLATE NOCASE AND value != ?1
            LIMIT 1
            """
        guard let existing = try String.fetchOne(db.cachedStatement(sql: sql), arguments: [code]) else { return }
        throw CodeCaseConflict(given: code, existing: existing)
    }

    /// Checks the values of the header's code fields (``checkCase(of:_:)``).
    func checkCase(ofCodesIn header: [HeaderValue], of instrument: Instrument, _ db: Database) throws {
        let codeFields = Set(instrument.headerFields.filter { $0.kind == .code }.map(\.id))
        for value in header where codeFields.contains(value.field) { try checkCase(of: value.value, db) }
    }
}
