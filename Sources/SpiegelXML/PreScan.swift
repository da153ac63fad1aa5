/// A cheap linear pass over the raw bytes of a document, before libxml2 sees them.
///
/// It does two jobs. It refuses what no parser option can make safe on libxml2 2.9.14: any
/// DOCTYPE (external entities, entity-expansion bombs), absurd nesting, and absurd attribute
/// counts (tens of thousands of attributes on one element cost libxml2 seconds). And it
/// records the line and column of every start tag and of each of its attributes, in
/// document order, because libxml2's tree keeps only line numbers.
struct PreScan {
    struct Limits: Sendable {
        var maximumDepth = 48
        var maximumAttributesPerElement = 48
        var maximumElements = 50_000
    }

    struct Position: Hashable, Sendable {
        var line: Int
        var column: Int
    }

    /// A start tag: its qualified name, where its `<` stands, and where each attribute name starts.
    struct StartTag: Sendable {
        var name: String
        var position: Position
        var attributes: [(name: String, position: Position)]
    }

    /// Why a document was refused before parsing.
    struct Refusal: Error, Sendable {
        var message: String
        var position: Position
    }

    private let bytes: [UInt8]
    private let limits: Limits
    private var index = 0
    private var line = 1
    private var column = 1
    private(set) var startTags: [StartTag] = []

    init(_ bytes: [UInt8], limits: Limits = Limits()) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Scans the whole document; throws ``Refusal`` for a DOCTYPE or a limit exceeded.
    mutating func run() throws(Refusal) {
        var depth = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { advance(); continue }
            let here = Position(line: line, column: column)
            if matches("<!--") {
                skip(past: "-->")
            } else if matches("<![CDATA[") {
                skip(past: "]]>")
            } else if matches("<?") {
                skip(past: "?>")
            } else if matches("<!") {
                throw Refusal(
                    message:
                        "a DOCTYPE or other markup declaration is not allowed in a Spiegel file: Spiegel refuses DTDs and entities so that a file can never make it read another file or expand without bound",
                    position: here)
            } else if matches("</") {
                depth -= 1
                skip(past: ">")
            } else {
                let selfClosing = try startTag(at: here)
                if !selfClosing { depth += 1 }
                if depth > limits.maximumDepth {
                    throw Refusal(
                        message: "elements are nested more than \(limits.maximumDepth) deep; a Spiegel file needs only a handful of levels",
                        position: here)
                }
            }
        }
    }

    /// Reads one start tag; returns whether it closed itself (`/>`).
    private mutating func startTag(at position: Position) throws(Refusal) -> Bool {
        advance()  // <
        var tag = StartTag(name: name(), position: position, attributes: [])
        defer { startTags.append(tag) }
        if startTags.count >= limits.maximumElements {
            throw Refusal(
                message: "the document has more than \(limits.maximumElements) elements; an instrument has a few hundred",
                position: position)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { advance(); return false }
            if matches("/>") { advance(); advance(); return true }
            if Self.isNameByte(byte) {
                let attributePosition = Position(line: line, column: column)
                tag.attributes.append((name(), attributePosition))
                if tag.attributes.count > limits.maximumAttributesPerElement {
                    throw Refusal(
                        message: "element '\(tag.name)' has more than \(limits.maximumAttributesPerElement) attributes",
                        position: attributePosition)
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                advance()
                while index < bytes.count, bytes[index] != byte { advance() }
                advance()
            } else {
                advance()
            }
        }
        return false
    }

    private mutating func name() -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { advance() }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"),
            UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default:
            byte >= 0x80
        }
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        return true
    }

    private mutating func skip(past literal: StaticString) {
        while index < bytes.count, !matches(literal) { advance() }
        for _ in 0..<literal.utf8CodeUnitCount where index < bytes.count { advance() }
    }

    /// Moves one byte on, counting lines, and columns in characters (not UTF-8 bytes).
    private mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }
}
