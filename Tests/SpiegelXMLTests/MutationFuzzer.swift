import Foundation
import SpiegelTestSupport

/// A seeded, reproducible mutation fuzzer for XML files: the same seed gives the same inputs.
///
/// Each input is a real file with one to three mutations: bytes flipped, the file cut short, a
/// range repeated, or a snippet inserted that targets a reader's weak spots (markup, entities,
/// DOCTYPEs, numbers no type holds, other encodings, many attributes). Attribute values are
/// replaced with hostile numbers too, because numeric attributes are where crashes hid.
struct MutationFuzzer {
    typealias Generator = SeededGenerator

    static let snippets: [[UInt8]] =
        [
            "<", ">", "</x>", "<x>", "/>", "\"", "'", "=", "&", "&amp;", "&lt", "&#0;", "&#x110000;", "&#xD800;", "&lol;",
            "<!DOCTYPE x [<!ENTITY lol \"lol\">]>", "<!ENTITY a SYSTEM \"file:///etc/passwd\">", "<![CDATA[", "]]>", "<!--", "-->", "--",
            "<?pi x?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", " xmlns:x=\"urn:x\"", " x:y=\"1\"", " xmlns=\"\"",
            " xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"/etc/passwd\"/",
            " xsi:schemaLocation=\"urn:x /etc/x.xsd\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            "-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "inf", "-inf", "nan", "NaN", "1e400",
            "0.0000001", "1000000000000", String(repeating: "9", count: 400), "\u{202E}", "\u{1B}[2J", "é", "\r\n",
        ].map { Array($0.utf8) } + [
            [0x00], [0xFF], [0xFE, 0xFF], [0xFF, 0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF],
            [0x3C, 0x00, 0x21, 0x00],
        ]

    static let hostileValues = [
        "-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "inf", "nan", "1e400", "-0", "",
        "1000000000000", String(repeating: "9", count: 400), "0.0000001", "2.5", "abc", "datum", " 7 ", "+3",
    ]

    var generator: Generator

    init(seed: UInt64) { generator = Generator(seed: seed) }

    /// A mutant of `original`: one to three mutations applied in turn.
    mutating func mutate(_ original: [UInt8]) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            bytes = mutateOnce(bytes)
        }
        return bytes
    }

    private mutating func mutateOnce(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return Self.snippets.randomElement(using: &generator) ?? [] }
        let at = Int.random(in: 0..<bytes.count, using: &generator)
        var result = bytes
        switch Int.random(in: 0..<7, using: &generator) {
        case 0:
            result[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
        case 1:
            result.removeSubrange(at...)
        case 2:
            let end = min(bytes.count, at + Int.random(in: 1...200, using: &generator))
            result.insert(contentsOf: bytes[at..<end], at: at)
        case 3, 4:
            result.insert(contentsOf: Self.snippets.randomElement(using: &generator) ?? [], at: at)
        case 5:
            result = replacingAttributeValue(bytes, near: at)
        default:
            result = repeatingAttribute(bytes, near: at)
        }
        return result
    }

    /// The value of the attribute at or after `index` replaced with a hostile value.
    private mutating func replacingAttributeValue(_ bytes: [UInt8], near index: Int) -> [UInt8] {
        guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "\"")),
            let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "\""))
        else { return bytes }
        var result = bytes
        result.replaceSubrange((open + 1)..<close, with: Array((Self.hostileValues.randomElement(using: &generator) ?? "").utf8))
        return result
    }

    /// The start tag at or after `index` given an attribute repeated many times under new names.
    private mutating func repeatingAttribute(_ bytes: [UInt8], near index: Int) -> [UInt8] {
        guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")), open + 1 < bytes.count,
            let space = bytes[(open + 1)...].prefix(80).firstIndex(of: UInt8(ascii: " "))
        else { return bytes }
        let count = Int.random(in: 2...120, using: &generator)
        let attributes = (0..<count).map { " f\($0)=\"1\"" }.joined()
        var result = bytes
        result.insert(contentsOf: Array(attributes.utf8), at: space)
        return result
    }
}
