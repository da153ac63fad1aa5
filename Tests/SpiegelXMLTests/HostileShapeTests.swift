import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// The costliest shapes a file can take within the reader's limits are still read quickly:
/// the work is bounded on any input, not only on the attacks already known.
@Suite("Hostile shapes within the limits")
struct HostileShapeTests {
    static let open = "<instrument xmlns=\"urn:spiegel:instrument:1\" id=\"x\" version=\"1\"><title>T</title>"

    static func repeated(_ count: Int, _ make: (Int) -> String) -> String { (0..<count).map(make).joined() }

    static let shapes: [(name: String, xml: String)] = [
        (
            "thousands of items on an undeclared scale",
            open + "<section id=\"s\"><title>S</title>"
                + repeated(6_000) { "<rating id=\"r\($0)\" scale=\"nee\"><prompt>p</prompt></rating>" } + "</section></instrument>"
        ),
        (
            "a scale of thousands of levels",
            open + "<scales><scale id=\"v\">"
                + repeated(16_000) { "<level value=\"\($0 % 2000 - 1000)\" code=\"c\($0 % 7)\"><label>l</label></level>" }
                + "</scale></scales><section id=\"s\"><title>S</title><rating id=\"r\" scale=\"v\"><prompt>p</prompt></rating></section></instrument>"
        ),
        (
            "profiles naming thousands of missing items",
            open + "<section id=\"s\"><title>S</title>" + repeated(4_000) { "<check id=\"c\($0)\"><prompt>p</prompt></check>" }
                + "</section><profiles><profile id=\"p\"><title>P</title>" + repeated(4_000) { "<include-item ref=\"m\($0)\"/>" }
                + "</profile></profiles></instrument>"
        ),
        (
            "48 attributes on every one of thousands of elements",
            open + "<section id=\"s\"><title>S</title>"
                + repeated(4_000) { i in "<check id=\"c\(i)\"" + repeated(46) { " a\($0)=\"\(i)\"" } + "><prompt>p</prompt></check>" }
                + "</section></instrument>"
        ),
        (
            "an id of almost two megabytes",
            open + "<section id=\"" + String(repeating: "a", count: 2_000_000) + "\"><title>S</title></section></instrument>"
        ),
        (
            "thousands of unexpected elements",
            open + "<section id=\"s\"><title>S</title>" + repeated(30_000) { _ in "<x/>" } + "</section></instrument>"
        ),
        (
            "a megabyte of character references",
            open + "<section id=\"s\"><title>" + String(repeating: "&amp;&#233;", count: 100_000)
                + "</title><text id=\"t\"><prompt>p</prompt></text></section></instrument>"
        ),
    ]

    /// A debug build on a loaded machine reads these in about a second; a quadratic step would
    /// take minutes.
    @Test("each shape gives a result within seconds, not minutes", arguments: shapes.map(\.name))
    func bounded(name: String) throws {
        let xml = try #require(Self.shapes.first { $0.name == name }).xml
        var result: InstrumentLoader.Result?
        let elapsed = ContinuousClock().measure { result = Fixtures.load(xml: xml) }
        #expect(elapsed < .seconds(10), "\(name) took \(elapsed)")
        #expect(result?.instrument != nil || result?.diagnostics.containsErrors == true)
    }
}
