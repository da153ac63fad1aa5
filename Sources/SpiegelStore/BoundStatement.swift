import GRDB
import GRDBSQLite

/// Runs a cached statement with its values bound through SQLite's C API.
///
/// For the import's inserts, which run hundreds of thousands of times: GRDB's
/// `StatementArguments` boxes each value and converts it to a `DatabaseValue`, which costs
/// more than SQLite's own insert (GRDB documents its `sqliteStatement` for such direct use).
/// The statement comes from GRDB's cache, so it is prepared once per connection, and any
/// error is thrown as GRDB's `DatabaseError`, with SQLite's extended result code.
struct BoundStatement {
    private let statement: Statement
    private var index: Int32 = 1

    /// Runs `sql` once, after `bind` has bound every parameter in order.
    static func execute(_ sql: String, in db: Database, bind: (inout BoundStatement) -> Void) throws {
        var bound = BoundStatement(statement: try db.cachedStatement(sql: sql))
        let handle = bound.statement.sqliteStatement
        sqlite3_reset(handle)
        bind(&bound)
        precondition(bound.index == sqlite3_bind_parameter_count(handle) + 1, "\(bound.index - 1) values bound for: \(sql)")
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let extended = sqlite3_extended_errcode(db.sqliteConnection)
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: sql)
        }
        sqlite3_reset(handle)
    }

    mutating func bind(_ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
        index += 1
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    mutating func bind(_ value: Int64?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bind(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            // SQLite copies the bytes (SQLITE_TRANSIENT). An empty buffer may have no address,
            // and a null pointer would bind NULL, not ''.
            guard let start = bytes.baseAddress, !bytes.isEmpty else {
                return _ = sqlite3_bind_text(statement.sqliteStatement, index, "", 0, Self.transient)
            }
            _ = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(statement.sqliteStatement, index, $0, Int32(bytes.count), Self.transient)
            }
        }
        index += 1
    }

    mutating func bind(_ text: String?) {
        if let text { bind(text) } else { bindNull() }
    }

    mutating func bind(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            if let start = buffer.baseAddress, !buffer.isEmpty {
                _ = sqlite3_bind_blob(statement.sqliteStatement, index, start, Int32(buffer.count), Self.transient)
            } else {
                _ = sqlite3_bind_zeroblob(statement.sqliteStatement, index, 0)
            }
        }
        index += 1
    }

    private mutating func bindNull() {
        sqlite3_bind_null(statement.sqliteStatement, index)
        index += 1
    }

    /// SQLITE_TRANSIENT: SQLite makes its own copy of the value before the call returns.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
