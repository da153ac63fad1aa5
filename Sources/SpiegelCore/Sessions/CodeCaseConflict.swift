/// A code that differs only in case from one already stored (`s01` beside `S01`).
///
/// Codes name people, and a person's code typed in another case is still that person: were
/// `s01` saved beside `S01`, one rater would count as two and a withdrawal of one would
/// leave the other. So such a code is refused, with the stored one as the hint, rather than
/// silently rewritten to it.
public struct CodeCaseConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// The code as given.
    public var given: String
    /// The code as the store holds it.
    public var existing: String

    public init(given: String, existing: String) {
        self.given = given
        self.existing = existing
    }

    public var description: String {
        "'\(given.escapedForTerminal)' differs only in case from the code \(existing.escapedForTerminal) already in the store: "
            + "did you mean \(existing.escapedForTerminal)? (codes name people, so they are compared ignoring case)"
    }
}
