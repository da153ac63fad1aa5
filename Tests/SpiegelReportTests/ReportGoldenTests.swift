import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

/// Golden files: the session report of every bundled instrument in every format, compared
/// byte for byte with `Tests/Fixtures/golden/report-<instrument>.{txt,md,html}`.
///
/// A change of layout is recorded on purpose, never by accident: run the tests with
/// `SPIEGEL_RECORD_GOLDEN=1 swift test --filter ReportGoldenTests` to rewrite the files, then
/// read the diff before committing it.
@Suite("Session report golden files")
struct ReportGoldenTests {
    static let instruments = [
        "school2care-reflectie", "observatielijst-coachingsgesprekken", "kijkwijzer-krachtige-leeromgeving", "kijkwijzer-vlekjesmethode",
    ]

    @Test("text, Markdown and HTML equal the recorded files", arguments: instruments)
    func golden(_ id: String) throws {
        let instrument = try Fixtures.bundled("\(id).xml")
        let report = Self.report(for: instrument)
        let templates = try ReportTemplates(folder: Fixtures.repository.appending(path: "Templates"))
        let outputs = [
            ("txt", report.text(evidence: true)), ("md", try templates.render(report, template: "report.md")),
            ("html", try templates.render(report, template: "report.html")),
        ]
        for (format, output) in outputs {
            let file = Fixtures.fixture("golden/report-\(id).\(format)")
            if ProcessInfo.processInfo.environment["SPIEGEL_RECORD_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(output.utf8).write(to: file)
                continue
            }
            let recorded = try String(contentsOf: file, encoding: .utf8)
            #expect(output == recorded, "report-\(id).\(format) differs from the golden file; see the test's doc comment")
        }
    }

    /// A deterministic session on `instrument`: up to three raters in the instrument's roles,
    /// answers cycling through each scale, n.v.t. where allowed, and two pieces of evidence.
    static func report(for instrument: Instrument) -> SessionReport {
        let roles = Array(instrument.roleIDs.filter { $0 != "peer" }.prefix(2)) + [RoleID("peer")]
        let ratings = roles.enumerated().map { rater, role in
            var rating = Rating(rater: RaterCode("R0\(rater + 1)"), role: role)
            rating.scores = instrument.items.enumerated().compactMap { index, item in
                answer(item, index: index + rater, instrument: instrument).map { Score(item: item.id, answer: $0) }
            }
            return rating
        }
        var withEvidence = ratings
        let items = instrument.items
        withEvidence[0].evidence = [
            Evidence(
                id: "e1", start: VideoTime(milliseconds: 95_000), item: items[0].id, valence: .strength,
                text: "Vat samen wat er is besproken"),
            Evidence(
                id: "e2", start: VideoTime(milliseconds: 754_500), end: VideoTime(milliseconds: 770_000), item: items[1].id,
                valence: .workPoint,
                text: "Onderbreekt de leerling | \"laat maar\""),
        ]
        let header = instrument.headerFields.compactMap { field -> HeaderValue? in
            switch field.kind {
            case .code: HeaderValue(field: field.id, value: "C0\(field.id.rawValue.count)")
            case .integer: HeaderValue(field: field.id, value: "3")
            case .date: HeaderValue(field: field.id, value: "2026-11-18")
            case .text: HeaderValue(field: field.id, value: "Vrije tekst met een naam: Jan")
            }
        }
        let session = Session(
            id: SessionID(12), uuid: "golden", instrument: InstrumentReference(instrument),
            video: VideoReference(path: "/video/gesprek 3.mp4", size: 1, fingerprint: "x", duration: VideoTime(milliseconds: 1_500_000)),
            header: header, date: "2026-11-18")
        return SessionReport(
            session: session, ratings: withEvidence, instrument: instrument,
            video: SessionReport.VideoLink(source: "../video/gesprek%203.mp4", isAvailable: false))
    }

    static func answer(_ item: Item, index: Int, instrument: Instrument) -> Answer? {
        switch item.kind {
        case .rating(let scale, _):
            guard let scale = scale.flatMap(instrument.scale) else { return nil }
            if index % 7 == 6 { return scale.notApplicable.first.map { .notApplicable($0.code) } }
            if index % 11 == 10 { return nil }
            return .level(scale.levels[index % scale.levels.count].value)
        case .check: return .check(index % 3 != 0)
        case .choice(let options, _): return options.isEmpty ? nil : .option(options[index % options.count].id)
        case .number(let spec): return .number(current: spec.minimum, desired: nil)
        case .text: return .text("Opmerking \(index)")
        }
    }
}
