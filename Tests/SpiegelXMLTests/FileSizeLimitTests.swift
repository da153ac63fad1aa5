import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// The one size limit per kind of file, at its boundary, in every reader.
@Suite("File size limits")
struct FileSizeLimitTests {
    /// The example rating file padded with trailing spaces (which XML allows) to `size` bytes.
    static func ratingFile(ofSize size: Int) -> [UInt8] {
        let bytes = Array(RatingFileExample.xml.utf8)
        return bytes + [UInt8](repeating: UInt8(ascii: " "), count: size - bytes.count)
    }

    @Test("a rating file larger than an instrument's limit but within its own is read")
    func ratingFileOverInstrumentLimit() {
        let result = RatingFileExample.reader.read(Self.ratingFile(ofSize: 3 << 20), source: "groot.xml")
        #expect(result.file != nil, "\(result.diagnostics)")
    }

    @Test("a rating file of exactly the limit is read; one byte more is refused naming the rating-file limit")
    func ratingFileBoundary() {
        let limit = FileKind.ratingFile.maximumSize
        #expect(RatingFileExample.reader.read(Self.ratingFile(ofSize: limit), source: "rand.xml").file != nil)
        let over = RatingFileExample.reader.read(Self.ratingFile(ofSize: limit + 1), source: "te-groot.xml")
        #expect(over.file == nil)
        #expect(over.diagnostics.map(\.message) == ["the file is 8 MB, more than the 8 MB limit for a rating file"])
    }

    @Test("each kind states its limit and names itself in the refusal")
    func refusalWording() {
        #expect(FileKind.instrument.sizeRefusal(2 << 20) == nil)
        #expect(FileKind.instrument.sizeRefusal((2 << 20) + 1) == "the file is 2 MB, more than the 2 MB limit for an instrument")
        #expect(FileKind.ratingFile.sizeRefusal(9_856_000) == "the file is 9.4 MB, more than the 8 MB limit for a rating file")
        #expect(FileKind.invitation.sizeRefusal((1 << 20) + 1)?.hasSuffix("limit for an invitation") == true)
        #expect(FileKind.allCases.allSatisfy { $0.maximumSize >= 1 << 20 })
    }
}
