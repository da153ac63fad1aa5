import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Header values")
struct HeaderValuesTests {
    static func check(_ pairs: [(String, String)]) throws -> [HeaderValue] {
        try HeaderValues.check(pairs.map { (field: $0.0, value: $0.1) }, against: try Fixtures.bundled("school2care-reflectie.xml"))
    }

    @Test("valid values come back in the instrument's field order")
    func valid() throws {
        let values = try Self.check([("gesprek", "3"), ("jongere", "J112"), ("coach", "C07"), ("datum-supervisie", "2026-11-20")])
        #expect(values.map(\.field) == ["coach", "jongere", "gesprek", "datum-supervisie"])
    }

    @Test(
        "refusals",
        arguments: [
            ([("jongere", "J112")], "'coach' (Naam* coach) is required"),
            ([("coach", "Jan de Vries"), ("jongere", "J112")], "takes a research code matching [A-Z]{1,3}[0-9]{1,4}, not 'Jan de Vries'"),
            ([("coach", "C07"), ("jongere", "J112"), ("gesprek", "derde")], "takes a whole number"),
            (
                [("coach", "C07"), ("jongere", "J112"), ("datum-supervisie", "2026-02-30")],
                "takes a day as yyyy-mm-dd from 1900-01-01 to 2199-12-31"
            ),
            ([("coach", "C07"), ("jongere", "J112"), ("kleur", "rood")], "'kleur' is not a header field"),
            ([("coach", "C07"), ("coach", "C08"), ("jongere", "J112")], "given twice"),
            ([("coach", "C07"), ("jongere", "J112"), ("supervisor", "Marieke Jansen")], "never type a name"),
        ])
    func refused(pairs: [(String, String)], expected: String) {
        #expect {
            try Self.check(pairs)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test("a day that is no day is not a date", arguments: ["0000-01-01", "2026-02-30", "1899-12-31", "2200-01-01", "+026-01-01"])
    func impossibleDays(text: String) {
        #expect(CalendarDate(text) == nil)
    }
}
