import SpiegelCore
import SpiegelTestSupport
import Testing

/// Broken instruments give located, actionable errors: every problem, not only the first.
@Suite("Invalid instruments")
struct InvalidInstrumentTests {
    struct Expected: Sendable, CustomStringConvertible {
        var line: Int
        var column: Int
        var says: String
        var description: String { "\(line):\(column) \(says)" }
    }

    static let cases: [(file: String, expected: [Expected])] = [
        (
            "many-problems.xml",
            [
                Expected(line: 8, column: 14, says: "level 3 has value 2, lower than the 3 before it"),
                Expected(line: 10, column: 12, says: "duplicate scale 'drie'"),
                Expected(line: 10, column: 70, says: "scale 'drie' has value 1 twice"),
                Expected(line: 14, column: 21, says: "item 'k1' uses scale 'vier' that is not declared; declared scales: drie"),
                Expected(line: 15, column: 13, says: "duplicate item 'k1'"),
                Expected(line: 16, column: 5, says: "rating item 'k3' has no scale"),
                Expected(line: 16, column: 21, says: "attribute 'scal' is not allowed"),
                Expected(line: 16, column: 70, says: "duplicate indicator 'i1'"),
                Expected(line: 17, column: 5, says: "<bogus> is not allowed here"),
                Expected(line: 19, column: 59, says: "profile 'p' includes item 'k9', which does not exist"),
                Expected(line: 19, column: 86, says: "profile 'p' includes section 'zz', which does not exist; sections: s1"),
            ]
        ),
        (
            "malformed.xml",
            [
                Expected(line: 5, column: 14, says: "</instrument> does not close <section> opened on line 4; correct the end tag")
            ]
        ),
        (
            "translations.xml",
            [
                Expected(line: 3, column: 3, says: "<title> has no text in the instrument's language 'nl'"),
                Expected(line: 6, column: 5, says: "<title> is given twice in language 'nl'"),
            ]
        ),
        (
            "fields-and-numbers.xml",
            [
                Expected(line: 4, column: 16, says: "role 'peer' is built in"),
                Expected(line: 5, column: 11, says: "default scale 'geen' is not declared; declared scales: twee"),
                Expected(line: 6, column: 22, says: "discussion-threshold 5 is larger than the scale's range 1"),
                Expected(line: 9, column: 23, says: "the answer 'nee' would mean two things"),
                Expected(line: 13, column: 23, says: "'coach' holds a research code and must be of kind=\"code\""),
                Expected(line: 14, column: 34, says: "pattern '[A-Z': the class '[' at character 1 is not closed"),
                Expected(line: 15, column: 12, says: "duplicate header field 'code'"),
                Expected(line: 15, column: 37, says: "pattern but is of kind 'integer'"),
                Expected(line: 19, column: 29, says: "min 10 must be below max 0"),
                Expected(line: 19, column: 37, says: "step must be positive"),
                Expected(line: 22, column: 15, says: "offers 'sturend' twice"),
                Expected(line: 24, column: 20, says: "attribute 'level' is not allowed"),
                Expected(line: 24, column: 5, says: "item 'r' uses scale 'geen' that is not declared"),
            ]
        ),
        (
            "hostile-patterns.xml",
            [
                Expected(line: 11, column: 36, says: "pattern '(a+)+$': '(' at character 1 is not allowed"),
                Expected(line: 12, column: 37, says: "pattern 'a**b': '*' at character 3 repeats nothing"),
                Expected(line: 13, column: 37, says: "pattern '[a-z]\\1': '\\1' at character 6 is not allowed"),
                Expected(line: 14, column: 34, says: "pattern '[A-Z]{1,100000}': the repetition at character 6 exceeds 64"),
            ]
        ),
        (
            "wrong-root.xml",
            [
                Expected(line: 2, column: 1, says: "an instrument starts with <instrument xmlns=\"urn:spiegel:instrument:1\">")
            ]
        ),
    ]

    @Test("reports every problem at its line and column", arguments: cases.map(\.file))
    func reportsEveryProblem(file: String) throws {
        let expected = try #require(Self.cases.first { $0.file == file }).expected
        let result = Fixtures.loader.load(try Fixtures.bytes(of: Fixtures.fixture("invalid/\(file)")), source: file)
        #expect(result.instrument == nil)
        for expectation in expected {
            let match = result.diagnostics.first {
                $0.location?.line == expectation.line && $0.location?.column == expectation.column && $0.message.contains(expectation.says)
            }
            #expect(match != nil, "missing \(expectation) in:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count >= expected.count)
        #expect(errors.allSatisfy { $0.location?.file == file })
    }

    @Test("a message never carries libxml2's namespace braces")
    func messagesAreReadable() throws {
        let result = Fixtures.loader.load(try Fixtures.bytes(of: Fixtures.fixture("invalid/many-problems.xml")), source: "x.xml")
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("{urn:") })
    }

    @Test("an empty file and a binary file are refused, not crashed on")
    func emptyAndBinary() {
        for bytes in [[UInt8](), [0xFF, 0xFE, 0x00, 0x01, 0x02], Array("just text".utf8)] {
            let result = Fixtures.loader.load(bytes, source: "x.xml")
            #expect(result.instrument == nil)
            #expect(result.diagnostics.containsErrors)
        }
    }
}
