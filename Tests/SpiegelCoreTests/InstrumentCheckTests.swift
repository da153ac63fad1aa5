import SpiegelCore
import Testing

/// The semantic checks on instrument values built in code, without XML.
@Suite("Instrument checks")
struct InstrumentCheckTests {
    static let drie = Scale(
        id: "drie",
        levels: [
            Level(value: 1, label: LocalizedText("Verdient aandacht")),
            Level(value: 2, label: LocalizedText("Acceptabel")),
            Level(value: 3, label: LocalizedText("Goed")),
        ], notApplicable: [NotApplicable(code: "nvt", label: LocalizedText("n.v.t."))], discussionThreshold: 2)

    static func rating(_ id: ItemID, scale: ScaleID? = "drie", indicators: [IndicatorID] = []) -> Item {
        Item(
            id: id, prompt: LocalizedText("Item \(id)"),
            kind: .rating(scale: scale, indicators: indicators.map { Indicator(id: $0, label: LocalizedText("Indicator \($0)")) }))
    }

    static func instrument(scales: [Scale] = [drie], items: [Item], profiles: [FocusProfile] = []) -> Instrument {
        Instrument(
            id: "test", version: "1", title: LocalizedText("Test"), scales: scales,
            sections: [Section(id: "s", title: LocalizedText("S"), items: items)], profiles: profiles)
    }

    @Test("a sound instrument has no findings")
    func sound() {
        let instrument = Self.instrument(items: [Self.rating("1", indicators: ["1a", "1b"]), Self.rating("2", indicators: ["2a"])])
        #expect(InstrumentCheck(instrument).findings == [])
    }

    @Test("duplicate item and indicator ids are found at the repeat")
    func duplicates() {
        let instrument = Self.instrument(items: [Self.rating("1", indicators: ["x"]), Self.rating("1", indicators: ["x"])])
        let findings = InstrumentCheck(instrument).findings
        #expect(findings.map(\.path) == [.item(section: 0, item: 1), .indicator(section: 0, item: 1, indicator: 0)])
        #expect(findings.allSatisfy { $0.message.hasPrefix("duplicate") })
    }

    @Test("levels out of order, and repeated values, are found")
    func levelOrder() {
        var scale = Self.drie
        scale.levels = [scale.levels[0], scale.levels[2], scale.levels[1], scale.levels[1]]
        let findings = InstrumentCheck(Self.instrument(scales: [scale], items: [Self.rating("1")])).findings
        #expect(findings.map(\.path) == [.level(scale: 0, level: 2), .level(scale: 0, level: 3)])
        #expect(findings[0].message.contains("lower than the 3 before it"))
        #expect(findings[1].message.contains("has value 2 twice"))
    }

    @Test("a rating item without a scale, or with an undeclared one")
    func scaleReferences() {
        let findings = InstrumentCheck(Self.instrument(items: [Self.rating("1", scale: nil), Self.rating("2", scale: "vier")])).findings
        #expect(findings.count == 2)
        #expect(findings[0].message.contains("has no scale"))
        #expect(findings[1].message == "item '2' uses scale 'vier' that is not declared; declared scales: drie")
        #expect(findings[1].attribute == "scale")
    }

    @Test("profiles must name existing sections and items")
    func profiles() {
        let profile = FocusProfile(id: "p", title: LocalizedText("P"), includes: [.item("1"), .item("9"), .section("zz")])
        let findings = InstrumentCheck(Self.instrument(items: [Self.rating("1")], profiles: [profile])).findings
        #expect(findings.map(\.path) == [.inclusion(profile: 0, index: 1), .inclusion(profile: 0, index: 2)])
    }

    @Test("the profile's items come in form order, each once")
    func profileItems() {
        let profile = FocusProfile(id: "p", title: LocalizedText("P"), includes: [.item("3"), .section("s"), .item("1")])
        let instrument = Self.instrument(items: [Self.rating("1"), Self.rating("2"), Self.rating("3")], profiles: [profile])
        #expect(instrument.items(in: profile) == ["1", "2", "3"])
    }

    @Test("the discussion threshold defaults to the range of the scale")
    func threshold() {
        var scale = Self.drie
        #expect(scale.effectiveDiscussionThreshold == 2)
        scale.discussionThreshold = nil
        scale.levels.append(Level(value: 4, label: LocalizedText("Uitstekend")))
        #expect(scale.effectiveDiscussionThreshold == 3)
    }
}
