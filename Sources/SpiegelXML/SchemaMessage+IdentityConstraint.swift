import SpiegelCore

/// Schema identity constraints (`xs:unique`, `xs:key`) of the bundled schemas in the words of
/// someone who edits the file: which value is given twice, and what to write instead.
extension SchemaMessage {
    /// The message for libxml2's `Duplicate key-sequence ['v'] in unique identity-constraint
    /// 'name'.`, nil for any other problem.
    var duplicateKey: String? {
        guard problem.hasPrefix("Duplicate key-sequence ["), let sequence = between("key-sequence [", "] in "),
            let constraint = between("identity-constraint '", "'")
        else { return nil }
        let value = Self.keyValue(sequence)
        switch constraint {
        case "header-field": return "header field \(value) is given twice: give it once"
        case "evidence-id": return "evidence id \(value) is given twice: give each piece of evidence its own id"
        case "scored-item": return "item \(value) is scored twice: give it one <score>"
        default: return "<\(element)>: \(value) is given twice, where each must be unique (\(constraint)): give it once"
        }
    }

    /// `'jongere'` from libxml2's key sequence `'jongere'` (fields joined by `, `), shortened
    /// and escaped for the terminal.
    static func keyValue(_ sequence: String) -> String {
        let short = sequence.count > 60 ? String(sequence.prefix(60)) + "…" : sequence
        return short.escapedForTerminal
    }
}
