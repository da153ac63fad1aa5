import Foundation
import SpiegelCore
import SpiegelTestSupport
import Testing

@testable import SpiegelStore

@Suite("The stored instrument snapshot")
struct InstrumentSnapshotTests {
    /// The bundled instruments and a form with every kind of item, header field and option.
    static let instruments =
        Fixtures.bundledInstrumentNames.map { Fixtures.instruments.appending(path: $0) } + [
            Fixtures.fixture("forms/every-kind.xml")
        ]

    static func load(_ url: URL) throws -> Instrument {
        let result = Fixtures.loader.load(try Fixtures.bytes(of: url), source: url.lastPathComponent)
        return try #require(result.instrument, "\(result.diagnostics)")
    }

    static func snapshot(_ instrument: Instrument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(instrument)
    }

    @Test("reads back as the instrument written, and as JSONDecoder reads it", arguments: instruments)
    func readsWhatWasWritten(file: URL) throws {
        let instrument = try Self.load(file)
        let data = try Self.snapshot(instrument)
        #expect(try InstrumentSnapshot.instrument(from: data) == instrument)
        #expect(try InstrumentSnapshot.instrument(from: data) == JSONDecoder().decode(Instrument.self, from: data))
    }

    @Test("every optional field and every kind survives the round trip through a store")
    func everyFieldThroughTheStore() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appending(path: "spiegel.sqlite").path)
        var instrument = try Self.load(Fixtures.fixture("forms/every-kind.xml"))
        let label = LocalizedText(
            "Zeer goed", translations: [.init(language: "de", text: "Sehr gut"), .init(language: "en", text: "Very good")])
        instrument.scales.append(
            Scale(
                id: "extra", title: label, levels: [Level(value: -3, code: "min", colour: "#ff0000", label: label, description: label)],
                notApplicable: [NotApplicable(code: "nvt", label: label)], discussionThreshold: 2))
        instrument.roles.append(RoleDeclaration(id: "observer", label: label))
        instrument.profiles.append(FocusProfile(id: "p", title: label, description: label, includes: [.item("1"), .section("s")]))
        instrument.sections[0].items.append(
            Item(
                id: "n9", prompt: label,
                kind: .number(NumberSpec(minimum: -0.25, maximum: 1e9, step: 0.1, asksDesired: true, discussionThreshold: 1.5))))
        let session = try store.createSession(SessionDraft(instrument: instrument, video: nil, header: [], date: "2026-12-08"))
        #expect(try store.instrument(session.instrument.hash) == instrument)
    }

    @Test(
        "a damaged snapshot is a store error naming what is wrong where",
        arguments: [
            (#"{"status": "gone"}"#, "instrument.status is not a known status"),
            ("[1, 2]", "instrument is not an object"),
            ("{", "it is not JSON"),
        ])
    func damaged(json: String, phrase: String) throws {
        #expect {
            try InstrumentSnapshot.instrument(from: Data(json.utf8))
        } throws: { error in
            (error as? StoreError)?.description.contains(phrase) == true
        }
    }

    @Test("a damaged item names its path in the snapshot")
    func damagedItem() throws {
        let instrument = try Self.load(Fixtures.fixture("forms/every-kind.xml"))
        var json = try #require(String(data: try Self.snapshot(instrument), encoding: .utf8))
        json = json.replacingOccurrences(of: #""kind":"rating""#, with: #""kind":"gauge""#)
        #expect {
            try InstrumentSnapshot.instrument(from: Data(json.utf8))
        } throws: { error in
            (error as? StoreError)?.description.contains("instrument.sections[0].items[0].kind is not a known item kind ('gauge')") == true
        }
    }
}
