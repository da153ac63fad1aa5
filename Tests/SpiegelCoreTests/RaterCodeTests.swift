import SpiegelCore
import Testing

@Suite struct RaterCodeTests {
    @Test(arguments: ["C07", "S01", "J112", "peer-3", "AB.12_x", "7"])
    func researchCodesAreAccepted(code: String) throws {
        #expect(try RaterCode(checking: code).rawValue == code)
    }

    @Test(arguments: ["Marieke", "Jan de Vries", "", "-C07", "C07 ", "C\u{202E}07", String(repeating: "C1", count: 17), "Zoë1"])
    func namesAndMalformedCodesAreRefused(code: String) {
        #expect(throws: AnswerError.self) { try RaterCode(checking: code) }
    }
}
