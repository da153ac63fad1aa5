import SpiegelCore
import SpiegelTestSupport
import Testing

/// An export without text holds no free text a person typed: no evidence quote, no answer to
/// a text item, no free-text header value, in any table or format.
@Suite("Research export without text")
struct ResearchExportTextTests {
    static let vlekjes: Instrument = try! Fixtures.bundled("kijkwijzer-vlekjesmethode.xml")
    static let secret = "Jan de Vries"

    /// A vlekjesmethode session whose text answer, evidence and free-text header name a person.
    static func sessions(_ instrument: Instrument, vak: String) -> [(session: Session, ratings: [Rating])] {
        let session = Session(
            id: SessionID(1), uuid: "u1", instrument: InstrumentReference(instrument), video: nil,
            header: [HeaderValue(field: "leerkracht", value: "L04"), HeaderValue(field: "vak", value: vak)],
            date: "2026-11-12")
        let rating = Rating(
            rater: "L09", role: "observer",
            scores: [Score(item: "l1", answer: .level(2)), Score(item: "opm", answer: .text("Opmerkingen over \(secret)"))],
            evidence: [Evidence(id: "e1", start: VideoTime(milliseconds: 1000), item: "l1", text: "\(secret) zegt")])
        return [(session, [rating])]
    }

    static func export(_ instruments: [Instrument], includeText: Bool) -> ResearchExport {
        let all = instruments.enumerated().flatMap { index, instrument in
            Self.sessions(instrument, vak: instrument == vlekjes ? "wiskunde bij \(secret)" : "7").map { entry in
                var session = entry.session
                session.id = SessionID(Int64(index + 1))
                return (session: session, ratings: entry.ratings)
            }
        }
        return ResearchExport(
            instruments: Dictionary(uniqueKeysWithValues: instruments.map { ($0.contentHash, $0) }), sessions: all,
            includeText: includeText)
    }

    static func json(_ export: ResearchExport) throws -> String {
        var bytes: [UInt8] = []
        try ResearchExport.writeJSON(parts: { each in try each(export) }, to: { bytes += $0 })
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("without text: neither the scores nor the evidence table, in CSV or JSON, holds a typed text")
    func noText() throws {
        let export = Self.export([Self.vlekjes], includeText: false)
        for text in [export.scores.csv(delimiter: ","), export.evidence.csv(delimiter: ";"), try Self.json(export)] {
            #expect(!text.contains(Self.secret), "\(text)")
        }
        #expect(!export.scores.rows.contains { $0.contains("opm") })
        #expect(export.scores.rows.count == 1)
        #expect(!export.evidence.columns.contains("text"))
    }

    @Test("with text: the text item's answer and the quotes are exported, a free-text header field never")
    func withText() throws {
        let export = Self.export([Self.vlekjes], includeText: true)
        #expect(export.scores.rows.contains { $0.contains("Opmerkingen over \(Self.secret)") })
        #expect(export.evidence.rows.contains { $0.last == "\(Self.secret) zegt" })
        #expect(!(try Self.json(export)).contains("wiskunde"))
    }

    @Test("a header field is exported only from the sessions whose own instrument declares it exportable")
    func fieldPerInstrument() throws {
        var other = Self.vlekjes
        other.id = "andere-kijkwijzer"
        other.headerFields = other.headerFields.map { field in
            var field = field
            if field.id == "vak" { field.kind = .integer }
            return field
        }
        let export = Self.export([Self.vlekjes, other], includeText: true)
        #expect(export.scores.columns.contains("vak"))
        let csv = export.scores.csv(delimiter: ",")
        #expect(!csv.contains("wiskunde"))
        #expect(csv.contains("andere-kijkwijzer,1.0,\(other.contentHash.hex),2,u1,2026-11-12,L04,,7,"))
    }
}
