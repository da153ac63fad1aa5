import Foundation

/// The sqlite3 command-line shell, to make and inspect databases the way another program would.
public enum SQLite3 {
    /// Runs one SQL text (or a dot-command such as `.dump`) against the database at `path`.
    @discardableResult
    public static func run(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("sqlite3 failed on \(sql)") }
        return String(decoding: output, as: UTF8.self)
    }
}
