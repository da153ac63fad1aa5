import SpiegelCore
import SpiegelTestSupport
import Testing

/// Schema and well-formedness errors in the words of someone editing the file: the allowed
/// values, the fix, and the line and column.
@Suite("Readable XML messages")
struct ReadableMessageTests {
    static let cases: [ExpectedDiagnostic] = [
        ExpectedDiagnostic(
            file: "field-kind-datum.xml", line: 5, column: 23,
            says: "attribute 'kind' of <field>: 'datum' is not allowed; write one of 'code', 'text', 'integer', 'date'"),
        ExpectedDiagnostic(
            file: "unescaped-ampersand.xml", line: 3, column: 18,
            says: "an '&' that does not start an entity reference; write '&amp;' for an ampersand in text or in an attribute value"),
        ExpectedDiagnostic(
            file: "undefined-entity.xml", line: 3, column: 21,
            says:
                "'&eacute;' is not an entity XML knows; only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are allowed (for an ampersand write '&amp;')"
        ),
        ExpectedDiagnostic(
            file: "unclosed-tag.xml", line: 7, column: 1,
            says: "the file ends before <section> (opened on line 4) is closed; add </section>"),
        ExpectedDiagnostic(
            file: "malformed.xml", line: 5, column: 14,
            says: "</instrument> does not close <section> opened on line 4; correct the end tag"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 2, column: 59,
            says: "attribute 'version' of <instrument>: 'een' is not a version such as 1 or 2.1"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 2, column: 73,
            says: "attribute 'status' of <instrument>: 'klaar' is not allowed; write one of 'published', 'example', 'draft'"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 4, column: 13, says: "feedback: strengths=\"twee\" is not a whole number from 0 to 20"),
        ExpectedDiagnostic(file: "schema-words.xml", line: 6, column: 5, says: "<field> needs the attribute 'id'; add it"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 8, column: 3,
            says: "<section> holds text directly; text belongs inside an element such as <title>, <label> or <prompt>"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 15, column: 5,
            says: "<bogus> is not allowed here"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 10, column: 19,
            says: "attribute 'desired' is not allowed on <check>; remove it or correct its spelling"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 11, column: 37, says: "attribute 'desired' of <number>: 'ja' is not true or false"),
        ExpectedDiagnostic(file: "schema-words.xml", line: 12, column: 5, says: "<rating> is missing an element; expected <prompt>"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 13, column: 11,
            says:
                "attribute 'id' of <text>: 'met spatie' is not an id: a letter or digit, then at most 63 letters, digits, '_', '.' or '-'"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 13, column: 27,
            says: "text item 'met spatie': lines=\"-2\" is out of range; give a whole number from 1 to 100"),
        ExpectedDiagnostic(
            file: "schema-words.xml", line: 14, column: 19, says: "text item 't2': lines=\"0.5\" is not a whole number from 1 to 100"),
    ]

    @Test("each message names what is wrong and what to write, at its line and column", arguments: cases)
    func reworded(_ expected: ExpectedDiagnostic) throws {
        let result = Fixtures.loader.load(try Fixtures.bytes(of: Fixtures.fixture("invalid/\(expected.file)")), source: expected.file)
        #expect(result.instrument == nil)
        #expect(
            expected.match(in: result.diagnostics) != nil,
            "\(expected) in:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test(
        "no message carries libxml2's wording, namespace braces or an empty set",
        arguments: ["schema-words.xml", "field-kind-datum.xml", "many-problems.xml"])
    func noLibXMLWording(file: String) throws {
        let result = Fixtures.loader.load(try Fixtures.bytes(of: Fixtures.fixture("invalid/\(file)")), source: file)
        for diagnostic in result.diagnostics {
            for libxml in ["{urn:", "set .", "Element '", "atomic type", "[facet", "xmlParse", "Expected is"] {
                #expect(!diagnostic.message.contains(libxml), "\(diagnostic)")
            }
        }
    }

    @Test(
        "a well-formedness error never quotes the document, and says what to write",
        arguments: [
            ("<x><!-- a -- b --></x>", "a comment holds '--'"),
            ("<x a=\"1></x>", "'<' inside an attribute value"),
            ("<x a></x>", "the attribute 'a' has no value; write a=\"…\""),
            ("<x>]]></x>", "']]>' may not stand in text"),
            ("<x><?pi \n\n", "processing instruction is not closed"),
            ("<x><![CDATA[ \n geheim", "a CDATA section is not closed"),
        ])
    func wellFormedness(xml: String, says: String) {
        let diagnostics = Fixtures.load(xml: xml).diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains(says) == true, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { !$0.message.contains("\n") && !$0.message.contains("geheim") })
    }

    @Test("a value in a message is shortened and escaped, so a file cannot write to the terminal")
    func valuesEscaped() {
        let value = "\u{202E}" + String(repeating: "x", count: 200)
        let result = Fixtures.load(
            xml: "<instrument xmlns=\"urn:spiegel:instrument:1\" id=\"x\" version=\"1\" status=\"\(value)\"><title>T</title></instrument>")
        let message = result.diagnostics.first { $0.message.contains("'status'") }?.message ?? ""
        #expect(!message.contains("\u{202E}"), "\(message)")
        #expect(message.count < 200)
    }
}
