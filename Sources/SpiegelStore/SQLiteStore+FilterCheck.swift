import GRDB
import SpiegelCore

extension SQLiteStore {
    /// Refuses a session filter that matches nothing only because of how it was typed: an
    /// instrument id the store holds no instrument of (``UnknownInstrumentFilter``), or a
    /// header code that differs only in case from a stored one (``CodeCaseConflict``, with
    /// the stored code as the hint), rather than answering with no sessions.
    func checkCanMatch(_ filter: SessionFilter, _ db: Database) throws {
        if let instrument = filter.instrument {
            let held = try String.fetchAll(db, sql: "SELECT DISTINCT id FROM instrument ORDER BY id").map { InstrumentID($0) }
            guard held.contains(instrument) else { throw UnknownInstrumentFilter(given: instrument, held: held) }
        }
        for value in filter.fields where RaterCode.isWellFormed(value.value) { try checkCase(of: value.value, db) }
    }

    /// Refuses a code to look for that differs only in case from a code the store holds
    /// (``CodeCaseConflict``): a rater's code or a header value typed as `s01` beside `S01`.
    public func checkCodeCase(_ code: String) throws {
        try pool.read { db in try checkCase(of: code, db) }
    }
}
