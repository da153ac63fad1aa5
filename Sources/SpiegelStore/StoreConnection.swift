import GRDB

/// The store's connection, which refuses to write when the store was opened for reading.
///
/// GRDB runs each read with `PRAGMA query_only` on; the check here keeps a command that only
/// reads from ever starting a write transaction, so its store is left byte for byte as it was.
struct StoreConnection: Sendable {
    let queue: DatabaseQueue
    let access: SQLiteStore.Access

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.read(body)
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try checkWritable()
        return try queue.write(body)
    }

    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try checkWritable()
        return try queue.writeWithoutTransaction(body)
    }

    private func checkWritable() throws {
        guard access != .read else {
            throw DatabaseError(resultCode: .SQLITE_READONLY, message: "the store was opened for reading only")
        }
    }
}
