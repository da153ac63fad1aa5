import SpiegelCore

/// Decides a document's encoding before anything else reads it: Spiegel reads UTF-8 only.
///
/// Every later check works on bytes and looks for ASCII markup (`<!`, `<`, quotes). In UTF-16
/// or UTF-32 that markup has NUL bytes between its characters, so a DOCTYPE would pass the
/// pre-scan unseen and libxml2 would then honour it. So a document is refused unless it is
/// UTF-8 — with or without a byte order mark — and its XML declaration names no other
/// encoding. libxml2 is then told the encoding and ignores any declaration.
enum DocumentEncoding {
    /// The bytes to parse (a UTF-8 byte order mark removed), or why the document is refused.
    static func utf8Body(of bytes: [UInt8]) throws(PreScan.Refusal) -> ArraySlice<UInt8> {
        if let name = foreignByteOrderMark(bytes) ?? foreignFirstCharacter(bytes) {
            throw refusal("the file is encoded as \(name)", at: PreScan.Position(line: 1, column: 1))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let declared = declaredEncoding(body), !["utf-8", "utf8"].contains(declared.lowercased()) {
            throw refusal(
                "the XML declaration names encoding \"\(declared.escapedForTerminal)\"", at: PreScan.Position(line: 1, column: 1),
                fix: "save the file as UTF-8 and write encoding=\"UTF-8\" in its first line, or leave the encoding out")
        }
        try checkUTF8(body)
        return body
    }

    private static func refusal(
        _ problem: String, at position: PreScan.Position,
        fix: String = "save it as UTF-8 (in most editors: Save As, encoding UTF-8)"
    ) -> PreScan.Refusal {
        PreScan.Refusal(message: "\(problem); Spiegel reads XML files in UTF-8 only: \(fix)", position: position)
    }

    /// The encoding a byte order mark other than UTF-8's announces.
    private static func foreignByteOrderMark(_ bytes: [UInt8]) -> String? {
        let marks: [([UInt8], String)] = [
            ([0x00, 0x00, 0xFE, 0xFF], "UTF-32"), ([0xFF, 0xFE, 0x00, 0x00], "UTF-32"),
            ([0xFE, 0xFF], "UTF-16"), ([0xFF, 0xFE], "UTF-16"),
        ]
        return marks.first { bytes.starts(with: $0.0) }?.1
    }

    /// The encoding a document without a byte order mark is in when its first character, `<`,
    /// is not one UTF-8 byte (the detection of XML 1.0, appendix F).
    private static func foreignFirstCharacter(_ bytes: [UInt8]) -> String? {
        let starts: [([UInt8], String)] = [
            ([0x00, 0x00, 0x00, 0x3C], "UTF-32"), ([0x3C, 0x00, 0x00, 0x00], "UTF-32"),
            ([0x00, 0x3C], "UTF-16"), ([0x3C, 0x00], "UTF-16"), ([0x4C, 0x6F, 0xA7, 0x94], "EBCDIC"),
        ]
        return starts.first { bytes.starts(with: $0.0) }?.1
    }

    /// Refuses the first byte that is not part of well-formed UTF-8, or a NUL byte, at its place.
    private static func checkUTF8(_ bytes: ArraySlice<UInt8>) throws(PreScan.Refusal) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var position = PreScan.Position(line: 1, column: 1)
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return
            case .error:
                throw refusal("line \(position.line), column \(position.column) holds bytes that are not UTF-8", at: position)
            case .scalarValue(let scalar) where scalar.value == 0:
                throw refusal("line \(position.line), column \(position.column) holds a NUL byte, which no XML text has", at: position)
            case .scalarValue(let scalar):
                position =
                    scalar == "\n"
                    ? PreScan.Position(line: position.line + 1, column: 1)
                    : PreScan.Position(line: position.line, column: position.column + 1)
            }
        }
    }

    /// The `encoding` of the XML declaration (`<?xml version="1.0" encoding="…"?>`), if any.
    static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let declaration = String(decoding: bytes.prefix(200).prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self)
        guard let name = declaration.firstRange(of: "encoding") else { return nil }
        let rest = declaration[name.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
