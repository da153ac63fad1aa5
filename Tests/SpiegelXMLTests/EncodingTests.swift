import Foundation
import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// The encoding is decided before anything reads the document: UTF-8 only, said plainly.
@Suite("Document encoding")
struct EncodingTests {
    @Test(
        "a document not in UTF-8 is refused before parsing, saying which encoding and what to do",
        arguments: [
            ("utf16-doctype.xml", "encoded as UTF-16"),
            ("utf16-no-bom.xml", "encoded as UTF-16"),
            ("declared-latin1.xml", "names encoding \"ISO-8859-1\""),
            ("declared-utf16.xml", "names encoding \"UTF-16\""),
            ("not-utf8.xml", "line 3, column 13 holds bytes that are not UTF-8"),
            ("nul-byte.xml", "line 3, column 11 holds a NUL byte"),
        ])
    func refused(file: String, says: String) throws {
        let clock = ContinuousClock()
        var result: InstrumentLoader.Result?
        let elapsed = try clock.measure {
            result = Fixtures.loader.load(try Fixtures.bytes(of: Fixtures.fixture("hostile/\(file)")), source: file)
        }
        let diagnostics = try #require(result).diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains(says) == true, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("Spiegel reads XML files in UTF-8 only") == true)
        #expect(diagnostics.first?.location?.file == file)
        #expect(elapsed < .milliseconds(100))
    }

    @Test("UTF-32 and EBCDIC are named too", arguments: [("utf-32le", "UTF-32"), ("utf-32be", "UTF-32")])
    func wideEncodings(encoding: String, name: String) {
        let text = "<instrument xmlns=\"urn:spiegel:instrument:1\"/>"
        let bytes: [UInt8] =
            encoding == "utf-32le"
            ? text.unicodeScalars.flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }
            : text.unicodeScalars.flatMap { [0, 0, 0, UInt8($0.value & 0xFF)] }
        let result = Fixtures.loader.load(bytes, source: "x.xml")
        #expect(result.diagnostics.first?.message.contains("encoded as \(name)") == true, "\(result.diagnostics)")
        let ebcdic = Fixtures.loader.load([0x4C, 0x6F, 0xA7, 0x94, 0x93], source: "x.xml")
        #expect(ebcdic.diagnostics.first?.message.contains("encoded as EBCDIC") == true)
    }

    @Test("UTF-8 with a byte order mark, and a declaration of UTF-8 in any spelling, are read; positions stay right")
    func utf8Accepted() throws {
        let original = try Fixtures.bytes(of: Fixtures.instruments.appending(path: "kijkwijzer-vlekjesmethode.xml"))
        #expect(Fixtures.loader.load([0xEF, 0xBB, 0xBF] + original, source: "bom.xml").instrument != nil)
        let lower = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding='utf-8'")
        #expect(Fixtures.load(xml: lower).instrument != nil)
        let broken = Fixtures.loader.load(
            [0xEF, 0xBB, 0xBF] + Array("<instrument xmlns=\"urn:spiegel:instrument:1\" id=\"x\" version=\"1\" bogus=\"1\"/>".utf8),
            source: "bom.xml")
        #expect(broken.diagnostics.contains { $0.location?.line == 1 && $0.location?.column == 65 }, "\(broken.diagnostics)")
    }

    @Test("a file over the size limit is refused with both sizes as a person reads them")
    func oversizedInWords() {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: (2 << 20) + 400 * 1024)
        let result = Fixtures.loader.load(bytes, source: "groot.xml")
        #expect(result.diagnostics.first?.message == "the file is 2.4 MB, more than the 2 MB limit for an instrument")
    }
}
