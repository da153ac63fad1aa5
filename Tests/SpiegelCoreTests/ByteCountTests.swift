import SpiegelCore
import Testing

/// Sizes in messages as a person reads them.
@Suite("Byte counts")
struct ByteCountTests {
    @Test(
        "sizes read as a person reads them",
        arguments: [
            (0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1 KB"), (48 * 1024 + 100, "48.1 KB"), (8 << 20, "8 MB"),
            (9_856_614, "9.4 MB"), (8 << 20 + 1, "8 MB"), (Int.max, "8589934592 GB"),
        ])
    func byteCounts(bytes: Int, text: String) {
        #expect(ByteCount(bytes).description == text)
    }
}
