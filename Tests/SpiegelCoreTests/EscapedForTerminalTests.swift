import SpiegelCore
import Testing

@Suite struct EscapedForTerminalTests {
    @Test(arguments: [
        ("Dus als ik het goed begrijp, z'n auto's", "Dus als ik het goed begrijp, z'n auto's"),
        ("één — “citaat” 😀", "één — “citaat” 😀"),
        ("a\u{1B}[31mrood", "a\\u{1B}[31mrood"),
        ("regel 1\nregel 2\tx\r", "regel 1\\nregel 2\\tx\\r"),
        ("abc\u{202E}fdp.exe", "abc\\u{202E}fdp.exe"),
        ("\u{2066}x\u{2069}\u{200F}", "\\u{2066}x\\u{2069}\\u{200F}"),
        ("nul\u{0}del\u{7F}c1\u{9B}", "nul\\u{0}del\\u{7F}c1\\u{9B}"),
    ])
    func controlAndBidiCharactersAreShownAsEscapes(text: String, shown: String) {
        #expect(text.escapedForTerminal == shown)
    }
}
