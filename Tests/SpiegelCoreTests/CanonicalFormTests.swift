import SpiegelCore
import Testing

@Suite("Canonical form")
struct CanonicalFormTests {
    static func instrument(title: String) -> Instrument {
        Instrument(
            id: "t", version: "1", title: LocalizedText(title),
            sections: [
                Section(id: "s", title: LocalizedText("S"), items: [Item(id: "a", prompt: LocalizedText("p"), kind: .text(lines: 2))])
            ])
    }

    @Test("a text cannot forge a record: tabs, line feeds and backslashes are escaped")
    func escaping() {
        let forged = CanonicalForm(of: Self.instrument(title: "x\nsection\tfake")).text
        #expect(forged.contains("title\tx\\nsection\\tfake\n"))
        #expect(ContentHash(of: Self.instrument(title: "a\\tb")) != ContentHash(of: Self.instrument(title: "a\tb")))
    }

    @Test("translations are ordered by language, so their order in a file does not count")
    func translationOrder() {
        let a = LocalizedText("titel", translations: [.init(language: "en", text: "title"), .init(language: "de", text: "Titel")])
        let b = LocalizedText("titel", translations: [.init(language: "de", text: "Titel"), .init(language: "en", text: "title")])
        var first = Self.instrument(title: "x"), second = Self.instrument(title: "x")
        first.title = a
        second.title = b
        #expect(ContentHash(of: first) == ContentHash(of: second))
    }

    @Test("whitespace collapsing joins line breaks and trims")
    func collapsing() {
        #expect("  De coach\n     luistert  goed \t".collapsingWhitespace == "De coach luistert goed")
    }
}
