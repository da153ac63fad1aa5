import SpiegelCore
import SpiegelTestSupport
import Testing

/// Numbers no computation can hold, or no form can draw, are refused at their attribute:
/// never a crash, never a value silently replaced by a default.
@Suite("Hostile numbers in instruments")
struct HostileNumberTests {
    static let cases: [ExpectedDiagnostic] = [
        ExpectedDiagnostic(file: "number-inf.xml", line: 6, column: 20, says: "number item 'n': min=\"inf\" is not a decimal number from"),
        ExpectedDiagnostic(file: "number-nan.xml", line: 6, column: 28, says: "number item 'n': max=\"nan\" is not a decimal number"),
        ExpectedDiagnostic(file: "number-nan.xml", line: 6, column: 38, says: "number item 'n': step=\"NaN\" is not a decimal number"),
        ExpectedDiagnostic(file: "number-huge.xml", line: 6, column: 20, says: "min=\"-100000000000000000000000000000000000000…\" is not"),
        ExpectedDiagnostic(
            file: "number-too-wide.xml", line: 6, column: 28, says: "max=\"1000000000000\" is out of range; give a decimal number"),
        ExpectedDiagnostic(file: "number-too-wide.xml", line: 6, column: 65, says: "discussion-threshold=\"1e3\" is not a decimal number"),
        ExpectedDiagnostic(
            file: "number-digits.xml", line: 6, column: 36,
            says:
                "step=\"0.1000000000000000000001\" is not a decimal number from -1000000000 to 1000000000 with at most 6 digits after the point"
        ),
        ExpectedDiagnostic(file: "scale-overflow.xml", line: 7, column: 14, says: "level value 9223372036854775807 is out of range"),
        ExpectedDiagnostic(
            file: "scale-beyond-int.xml", line: 5, column: 23, says: "discussion-threshold=\"99999999999999999999\" is not a whole number"),
        ExpectedDiagnostic(
            file: "scale-beyond-int.xml", line: 6, column: 14,
            says: "scale 'groot': value=\"-9223372036854775809\" is not a whole number from -1000 to 1000"),
        ExpectedDiagnostic(file: "scale-beyond-int.xml", line: 7, column: 14, says: "value=\"9223372036854775808\" is not a whole number"),
        ExpectedDiagnostic(
            file: "text-lines-huge.xml", line: 6, column: 18,
            says: "text item 't': lines=\"1000000000\" is out of range; give a whole number from 1 to 100"),
        ExpectedDiagnostic(
            file: "feedback-huge.xml", line: 4, column: 13,
            says: "feedback strengths=\"4294967296\" is out of range; give a whole number from 0 to 20"),
        ExpectedDiagnostic(file: "feedback-huge.xml", line: 4, column: 36, says: "feedback work-points=\"100\" is out of range"),
    ]

    @Test("each bad number is an error at its attribute, and the file gives no instrument", arguments: cases)
    func refused(_ expected: ExpectedDiagnostic) throws {
        let bytes = try Fixtures.bytes(of: Fixtures.fixture("hostile/\(expected.file)"))
        let result = Fixtures.loader.load(bytes, source: expected.file)
        #expect(result.instrument == nil)
        #expect(
            expected.match(in: result.diagnostics) != nil,
            "missing \(expected) in:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("one attribute gets one says: the schema's is dropped where the reader says what is expected")
    func oneMessagePerAttribute() throws {
        let result = Fixtures.loader.load(try Fixtures.bytes(of: Fixtures.fixture("hostile/number-inf.xml")), source: "x.xml")
        #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
    }

    @Test("every attribute of a number item is range-checked and every level value too")
    func ranges() {
        for (min, max, step) in [("0", "10", "0.5"), ("-1000000000", "1000000000", "1"), ("0", "100", "100")] {
            let result = Fixtures.load(xml: Self.numberInstrument(min: min, max: max, step: step))
            #expect(result.instrument != nil, "\(min) \(max) \(step): \(result.diagnostics)")
        }
        for (min, max, step) in [("0", "1000000001", "1"), ("-1000000001", "0", "1"), ("0", "10", "20"), ("0", "10", "0")] {
            let result = Fixtures.load(xml: Self.numberInstrument(min: min, max: max, step: step))
            #expect(result.instrument == nil, "\(min) \(max) \(step) accepted")
        }
    }

    static func numberInstrument(min: String, max: String, step: String) -> String {
        """
        <instrument xmlns="urn:spiegel:instrument:1" id="n" version="1"><title>N</title>
        <section id="s"><title>S</title><number id="n" min="\(min)" max="\(max)" step="\(step)"><prompt>P</prompt></number></section>
        </instrument>
        """
    }
}
