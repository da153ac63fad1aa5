/// A place where a person's code still stands in free text the store keeps (a header value,
/// an evidence text, a text answer), which only the user can rewrite.
public struct CodeMention: Hashable, Sendable {
    /// Where the text is.
    public enum Place: Hashable, Sendable {
        /// A header value of a session.
        case header(session: SessionID, field: FieldID)
        /// The recording's path of a session.
        case video(session: SessionID)
        /// A piece of evidence (its number, as `evidence list` shows it).
        case evidence(number: Int64, slot: RaterSlot)
        /// The answer of a rating to an item.
        case answer(slot: RaterSlot, item: ItemID)
        /// Any other column (a text Spiegel keeps that no command edits).
        case other(table: String, column: String)
    }

    public var place: Place
    /// The text that holds the code.
    public var text: String

    public init(place: Place, text: String) {
        self.place = place
        self.text = text
    }

    /// Whether `text` mentions `code` as a word, ignoring case: `J112` in "met j112." but not
    /// in "J1123" or "X-J112" (a code's own characters, letters, digits, `_`, and `.` or `-`
    /// before a letter or digit, continue it).
    public static func occurs(_ code: String, in text: String) -> Bool {
        let needle = Array(code.utf8).map(folded), haystack = Array(text.utf8).map(folded)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            if !continues(haystack, from: start - 1, step: -1) && !continues(haystack, from: start + needle.count, step: 1) {
                return true
            }
        }
        return false
    }

    /// Whether the byte at `index` (and, for `.` and `-`, the next one in the direction of
    /// `step`) continues a code.
    private static func continues(_ bytes: [UInt8], from index: Int, step: Int) -> Bool {
        guard bytes.indices.contains(index) else { return false }
        let byte = bytes[index]
        if isWordByte(byte) { return true }
        guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") else { return false }
        return bytes.indices.contains(index + step) && isWordByte(bytes[index + step])
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// ASCII upper case folded to lower case.
    private static func folded(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
