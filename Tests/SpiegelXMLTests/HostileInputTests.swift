import Foundation
import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// Hostile files are refused with a clear error; nothing outside the file is ever read.
@Suite("Hostile input")
struct HostileInputTests {
    /// A file whose content must never show up anywhere.
    static func secretFile() throws -> (url: URL, secret: String) {
        let folder = try Fixtures.temporaryFolder()
        let secret = "SECRET-\(UUID().uuidString)"
        let url = folder.appending(path: "secret.txt")
        try Data(secret.utf8).write(to: url)
        return (url, secret)
    }

    static func load(_ fixture: String, secretPath: String) throws -> InstrumentLoader.Result {
        let text = try Fixtures.text(of: Fixtures.fixture("hostile/\(fixture)"))
            .replacingOccurrences(of: "SECRET_PATH", with: "file://" + secretPath)
        return Fixtures.load(xml: text, source: fixture)
    }

    @Test(
        "refused with a message that says why",
        arguments: [
            ("external-entity.xml", "DOCTYPE"),
            ("external-dtd.xml", "DOCTYPE"),
            ("network-entity.xml", "DOCTYPE"),
            ("billion-laughs.xml", "DOCTYPE"),
            ("xinclude.xml", "XInclude is not allowed"),
            ("schema-location.xml", "xsi:schemaLocation is not allowed"),
        ])
    func refused(fixture: String, reason: String) throws {
        let (secretURL, secret) = try Self.secretFile()
        let result = try Self.load(fixture, secretPath: secretURL.path)
        #expect(result.instrument == nil)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains(reason) == true, "\(errors)")
        #expect(errors.first?.location?.file == fixture)
        #expect(!result.diagnostics.map(\.description).joined().contains(secret))
    }

    @Test("very deep nesting is refused before parsing")
    func deepNesting() {
        let xml =
            "<instrument xmlns=\"urn:spiegel:instrument:1\">" + String(repeating: "<a>", count: 100_000)
            + String(repeating: "</a>", count: 100_000) + "</instrument>"
        let result = Fixtures.load(xml: xml)
        #expect(result.instrument == nil)
        #expect(result.diagnostics.first?.message.contains("nested more than") == true)
    }

    @Test("tens of thousands of attributes are refused before parsing")
    func manyAttributes() {
        let attributes = (0..<50_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let result = Fixtures.load(xml: "<instrument xmlns=\"urn:spiegel:instrument:1\" \(attributes)/>")
        #expect(result.instrument == nil)
        #expect(result.diagnostics.first?.message.contains("more than 48 attributes") == true)
    }

    @Test("an oversized file is refused unparsed")
    func oversized() {
        let xml =
            "<instrument xmlns=\"urn:spiegel:instrument:1\"><title>" + String(repeating: "x", count: 3 * 1024 * 1024)
            + "</title></instrument>"
        let result = Fixtures.load(xml: xml)
        #expect(result.instrument == nil)
        #expect(result.diagnostics.first?.message.contains("more than the 2 MB limit for an instrument") == true)
    }

    @Test("a DOCTYPE hidden after a comment is still found; markup inside comments and CDATA is not")
    func doctypeAfterComment() {
        let hidden = Fixtures.load(xml: "<?xml version=\"1.0\"?><!-- <!DOCTYPE in a comment --><!DOCTYPE x [<!ENTITY a 'b'>]><x/>")
        #expect(hidden.diagnostics.first?.message.contains("DOCTYPE") == true)
        #expect(hidden.diagnostics.first?.location?.column == 53)
        let harmless = Fixtures.load(
            xml: """
                <instrument xmlns="urn:spiegel:instrument:1" id="x" version="1"><!-- <!DOCTYPE --><title><![CDATA[<!DOCTYPE x>]]></title>\
                <section id="s"><title>t</title><text id="a"><prompt>p</prompt></text></section></instrument>
                """)
        #expect(harmless.diagnostics == [])
        #expect(harmless.instrument?.title.original == "<!DOCTYPE x>")
    }
}
