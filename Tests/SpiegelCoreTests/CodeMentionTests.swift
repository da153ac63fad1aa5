import SpiegelCore
import Testing

@Suite("A code mentioned in free text")
struct CodeMentionTests {
    @Test(
        "a code is found as a word, in any case",
        arguments: ["J112", "met j112.", "(J112)", "gesprek J112, daarna", "J112-", "zie: j112", "J112\nvolgende"])
    func found(_ text: String) {
        #expect(CodeMention.occurs("J112", in: text))
    }

    @Test(
        "a code inside a longer code or word is not a mention",
        arguments: ["J1123", "XJ112", "X-J112", "J112-2", "J112.5", "J112_b", "1.J112", "J11", "J112é", ""])
    func notFound(_ text: String) {
        #expect(!CodeMention.occurs("J112", in: text))
    }
}
