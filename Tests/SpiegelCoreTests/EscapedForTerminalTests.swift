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

@Suite struct InvisibleCharacterEscapeTests {
    @Test(arguments: [
        ("zero\u{200B}width", "zero\\u{200B}width"),
        ("\u{FEFF}bom", "\\u{FEFF}bom"),
        ("word\u{2060}joiner", "word\\u{2060}joiner"),
        ("zacht\u{AD}koppel", "zacht\\u{AD}koppel"),
        ("j\u{200D}oin\u{200C}", "j\\u{200D}oin\\u{200C}"),
        ("tag\u{E0041}", "tag\\u{E0041}"),
        ("filler\u{3164}\u{115F}", "filler\\u{3164}\\u{115F}"),
        ("cgj\u{34F}", "cgj\\u{34F}"),
        ("mongolian\u{180E}", "mongolian\\u{180E}"),
        ("nel\u{85}", "nel\\u{85}"),
    ])
    func invisibleFormatCharactersAreShownAsEscapes(text: String, shown: String) {
        #expect(text.escapedForTerminal == shown)
    }

    @Test(arguments: ["café, financiële, ’t is z’n beurt", "non\u{A0}breaking", "❤\u{FE0F} rood hart", "Ελληνικά, 日本語"])
    func visibleTextAndVariationSelectorsAreKept(text: String) {
        #expect(text.escapedForTerminal == text)
    }

    @Test func escapingTwiceChangesNothing() {
        let once = "a\u{1B}[2J\u{202E}\u{200B}\nb".escapedForTerminal
        #expect(once.escapedForTerminal == once)
    }

    @Test func blocksKeepTheirLineBreaksAndEscapeTheRest() {
        #expect("regel 1\nregel\u{1B}[31m 2\r\u{200B}\n".escapedForTerminalKeepingLineBreaks == "regel 1\nregel\\u{1B}[31m 2\\r\\u{200B}\n")
    }
}
