import Foundation

/// Another program reading the store: a `sqlite3` shell in its own process that holds a read
/// transaction open until ``finish()``, as a second terminal or a backup tool may.
public final class SQLiteReader {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    /// Starts the shell and waits until its transaction has read from `table`.
    public init(_ path: String, table: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data("BEGIN; SELECT 'reading', count(*) FROM \(table);\n".utf8))
        // The shell answers once the SELECT has run: from then on its snapshot is held.
        var answer = Data()
        while !answer.contains(10), let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            answer += byte
        }
        guard String(decoding: answer, as: UTF8.self).hasPrefix("reading|") else {
            throw FixtureError("sqlite3 did not start reading \(path): \(String(decoding: answer, as: UTF8.self))")
        }
    }

    /// Ends the transaction and the shell.
    public func finish() throws {
        try input.fileHandleForWriting.write(contentsOf: Data("COMMIT;\n.quit\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
