extension RaterCode {
    /// A rater code typed or read from a file, checked: 1 to 32 letters, digits, `.`, `_` or
    /// `-`, starting with a letter or digit, with at least one digit (`C07`, `S01`, `peer-3`),
    /// so that a name typed in its place (`Marieke`, `Jan de Vries`) is refused.
    public init(checking text: String) throws(AnswerError) {
        guard Self.isWellFormed(text) else {
            throw AnswerError(
                "'\(text.escapedForTerminal)' is not a rater code: expected a research code such as C07 or S01 "
                    + "(letters, digits, . _ -, at least one digit, no spaces); never a name")
        }
        self.init(text)
    }

    /// Whether `text` has the form of a rater code (see ``init(checking:)``); checked by hand, without a regular
    /// expression, because it runs for every rating file of an import.
    public static func isWellFormed(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (1...32).contains(bytes.count), isAlphanumeric(bytes[0]) else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
            && bytes.contains { (0x30...0x39).contains($0) }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
