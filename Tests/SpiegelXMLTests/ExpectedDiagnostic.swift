import SpiegelCore

/// A diagnostic a fixture must produce: the file, the place, and what its message says.
struct ExpectedDiagnostic: Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var says: String

    var description: String { "\(file) \(line):\(column) \(says)" }

    /// The diagnostic at this place whose message says it, if any.
    func match(in diagnostics: [Diagnostic]) -> Diagnostic? {
        diagnostics.first { $0.location?.line == line && $0.location?.column == column && $0.message.contains(says) }
    }
}
