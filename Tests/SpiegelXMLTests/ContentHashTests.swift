import Foundation
import SpiegelCore
import SpiegelTestSupport
import Testing

/// The content hash is stable under layout and changed by any change of structure or text.
@Suite("Content hash")
struct ContentHashTests {
    static let original = """
        <?xml version="1.0" encoding="UTF-8"?>
        <instrument xmlns="urn:spiegel:instrument:1" id="mini" version="1.0">
          <title>Mini</title>
          <scales><scale id="drie" discussion-threshold="2">
            <level value="1"><label>laag</label></level>
            <level value="2"><label>midden</label></level>
            <level value="3"><label>hoog</label></level>
          </scale></scales>
          <section id="s" number="I">
            <title>Sectie</title>
            <rating id="1" number="1" scale="drie">
              <prompt>De coach luistert</prompt>
              <indicator id="1a"><label>Vat samen</label></indicator>
            </rating>
          </section>
        </instrument>
        """

    /// The same instrument: other whitespace, attribute order, comments, a namespace prefix,
    /// line breaks inside a text.
    static let relaidOut = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment -->
        <s:instrument version="1.0" xmlns:s="urn:spiegel:instrument:1" id="mini"><s:title>Mini</s:title>
        <s:scales><s:scale discussion-threshold="2" id="drie"><s:level value="1"><s:label>laag</s:label></s:level><!-- x -->
        <s:level value="2"><s:label>  midden </s:label></s:level><s:level value="3"><s:label>hoog</s:label></s:level></s:scale></s:scales>
        <s:section number="I" id="s"><s:title>Sectie</s:title><s:rating scale="drie" number="1" id="1"><s:prompt>De coach
             luistert</s:prompt><s:indicator id="1a"><s:label>Vat samen</s:label></s:indicator></s:rating></s:section></s:instrument>
        """

    func hash(_ xml: String) throws -> ContentHash {
        let result = Fixtures.load(xml: xml)
        return try #require(result.instrument, "\(result.diagnostics)").contentHash
    }

    @Test("stable under whitespace, attribute order, comments and prefixes")
    func stableUnderLayout() throws {
        #expect(try hash(Self.original) == hash(Self.relaidOut))
        #expect(try hash(Self.original).hex.count == 64)
    }

    @Test(
        "changed by any change of structure or text",
        arguments: [
            ("<label>Vat samen</label>", "<label>Vat samen.</label>"),
            ("id=\"mini\" version=\"1.0\"", "id=\"mini\" version=\"1.1\""),
            ("discussion-threshold=\"2\"", "discussion-threshold=\"1\""),
            ("id=\"1a\"", "id=\"1b\""),
            ("number=\"I\"", "number=\"II\""),
            ("<title>Sectie</title>", "<title>Sectie</title><title xml:lang=\"en\">Section</title>"),
            ("<label>laag</label>", "<label>Laag</label>"),
        ])
    func changedByContent(from: String, to: String) throws {
        let changed = Self.original.replacingOccurrences(of: from, with: to)
        #expect(changed != Self.original)
        #expect(try hash(Self.original) != hash(changed))
    }

    @Test("the hash is the SHA-256 of the canonical form, as sha256sum computes it")
    func matchesSha256sum() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let form = CanonicalForm(of: instrument).text
        #expect(form.hasPrefix("spiegel-instrument-canonical\t1\n"))
        #expect(form.contains("indicator\t14c\n"))
        let file = try Fixtures.temporaryFolder().appending(path: "canonical.txt")
        try Data(form.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.split(separator: " ").first.map(String.init) == instrument.contentHash.hex)
    }
}
