import Foundation
import GRDB

/// What of a withdrawn person the database file and its write-ahead log still hold, byte
/// for byte: the code and the removed texts, each counted only when no current row holds it
/// (a text another rating also has, or a code inside a longer one, is not a trace).
///
/// Texts shorter than three bytes are not looked for: they identify no one, and such bytes
/// turn up anywhere in a binary file.
struct StoreTraces {
    static let shortestText = 3

    var textsLeft = 0
    var codeLeft = false
    var isEmpty: Bool { textsLeft == 0 && !codeLeft }

    init(of code: String, texts: [String], in store: SQLiteStore) throws {
        let needles = ([code] + texts.filter { $0 != code }).map { Array($0.utf8) }.filter { $0.count >= Self.shortestText }
        let found = ByteSearch(needles).occurrences(in: [store.path, store.path + "-wal"])
        guard !found.isEmpty else { return }
        try store.pool.read { db in
            for index in found.sorted() where try !Self.currentRowsHold(needles[index], db) {
                if index == 0 && needles[0] == Array(code.utf8) { codeLeft = true } else { textsLeft += 1 }
            }
        }
    }

    /// Whether a text or blob column of any table (the schema included) holds the bytes.
    private static func currentRowsHold(_ needle: [UInt8], _ db: Database) throws -> Bool {
        var columns = [("sqlite_master", "name"), ("sqlite_master", "sql")]
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
            let rows = try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table])
            for row in rows where ["TEXT", "BLOB", ""].contains((row["type"] as String).uppercased()) {
                columns.append((table, row["name"]))
            }
        }
        let text = String(decoding: needle, as: UTF8.self)
        for (table, column) in columns {
            let sql =
                "SELECT EXISTS (SELECT 1 FROM \(table.quotedDatabaseIdentifier) WHERE instr(\(column.quotedDatabaseIdentifier), ?) > 0)"
            if try Bool.fetchOne(db, sql: sql, arguments: [text]) == true { return true }
        }
        return false
    }
}

/// Looks for many byte strings in files at once: one pass per file, a table of the strings'
/// first two bytes passing over most positions at a glance.
struct ByteSearch {
    let needles: [[UInt8]]
    private var byPrefix: [Int: [Int]] = [:]
    private var isPrefix = [Bool](repeating: false, count: 1 << 16)

    /// `needles` of two bytes or more.
    init(_ needles: [[UInt8]]) {
        self.needles = needles
        for (index, needle) in needles.enumerated() where needle.count >= 2 {
            let prefix = Int(needle[0]) << 8 | Int(needle[1])
            byPrefix[prefix, default: []].append(index)
            isPrefix[prefix] = true
        }
    }

    /// The indices of the needles found in any of the files (a missing file holds none).
    func occurrences(in paths: [String]) -> Set<Int> {
        let overlap = max(1, needles.map(\.count).max() ?? 1) - 1
        var found = Set<Int>()
        for path in paths {
            guard let handle = FileHandle(forReadingAtPath: path) else { continue }
            defer { try? handle.close() }
            var carried: [UInt8] = []
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                let buffer = carried + chunk
                search(buffer, into: &found)
                carried = Array(buffer.suffix(overlap))
            }
        }
        return found
    }

    private func search(_ buffer: [UInt8], into found: inout Set<Int>) {
        buffer.withUnsafeBufferPointer { bytes in
            guard bytes.count >= 2 else { return }
            for start in 0..<(bytes.count - 1) {
                let prefix = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                guard isPrefix[prefix] else { continue }
                for index in byPrefix[prefix] ?? [] where !found.contains(index) {
                    let needle = needles[index]
                    if start + needle.count <= bytes.count && bytes[start..<start + needle.count].elementsEqual(needle) {
                        found.insert(index)
                    }
                }
            }
        }
    }
}
