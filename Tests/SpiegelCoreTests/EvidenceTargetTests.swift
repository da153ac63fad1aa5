import SpiegelCore
import SpiegelTestSupport
import Testing

/// The one reading of a typed item or indicator: every word the instrument could mean as an
/// id names exactly one item or indicator, or is refused with what it may have meant.
@Suite("Evidence target")
struct EvidenceTargetTests {
    static let reflectie: Instrument = try! Fixtures.bundled("school2care-reflectie.xml")
    static let observatie: Instrument = try! Fixtures.bundled("observatielijst-coachingsgesprekken.xml")
    static let kijkwijzer: Instrument = try! Fixtures.bundled("kijkwijzer-krachtige-leeromgeving.xml")

    @Test(
        "an id names its item or indicator",
        arguments: [
            (reflectie, "1", EvidenceTarget.item("1")), (reflectie, "14c", .indicator("14c", item: "14")),
            (observatie, "lk4", .item("lk4")), (kijkwijzer, "l1a", .indicator("l1a", item: "l1")),
        ])
    func resolves(instrument: Instrument, word: String, target: EvidenceTarget) throws {
        #expect(try instrument.evidenceTarget(inText: word) == target)
        #expect(try instrument.evidenceTarget(named: word) == target)
    }

    @Test(
        "a word the instrument could mean as an id is refused at the start of a note, with a hint",
        arguments: [
            (reflectie, "I", "'I' names section I of school2care-reflectie, not an item or an indicator; name one of its items (1, 2,"),
            (reflectie, "III", "names section III"), (reflectie, "1a1", "did you mean 1a?"), (reflectie, "01", "did you mean 1?"),
            (reflectie, "1A", "did you mean 1a?"), (reflectie, "16", "'16' is neither an item nor an indicator of school2care-reflectie"),
            (reflectie, "1z", "item 1 has indicators 1a, 1b, 1c, 1d, 1e"), (reflectie, "2024", "is neither an item nor an indicator"),
            (observatie, "lk4a", "did you mean lk4?"), (observatie, "LL1", "did you mean ll1?"), (observatie, "ll19", "lists them"),
            (kijkwijzer, "1", "'1' names section leerling"), (kijkwijzer, "leerling", "names section leerling"),
            (kijkwijzer, "l1a1", "did you mean l1a?"), (kijkwijzer, "l01", "did you mean l1?"),
        ])
    func refused(instrument: Instrument, word: String, message: String) {
        #expect {
            try instrument.evidenceTarget(inText: word)
        } throws: { error in
            (error as? EvidenceTargetError)?.description.contains(message) == true
        }
    }

    @Test(
        "a word of text that no id resembles starts the text",
        arguments: [
            (reflectie, "Hij"), (reflectie, "10:30"), (reflectie, "i"), (kijkwijzer, "Leerling"), (kijkwijzer, "2024"),
            (kijkwijzer, "3x"), (observatie, "Goed"),
        ])
    func text(instrument: Instrument, word: String) throws {
        #expect(try instrument.evidenceTarget(inText: word) == nil)
    }

    @Test("an indicator is asked for: an item is refused with its indicators")
    func indicatorOnly() throws {
        #expect(try Self.reflectie.indicator(named: "3b") == .indicator("3b", item: "3"))
        #expect(throws: EvidenceTargetError.notAnIndicator(word: "3", item: "3", indicators: ["3a", "3b", "3c", "3d"])) {
            try Self.reflectie.indicator(named: "3")
        }
    }
}
