import SpiegelCore
import Testing

@Suite("Answers checked against an instrument")
struct AnswerTests {
    static let scale = Scale(
        id: "kleur",
        levels: [
            Level(value: 1, code: "rood", label: LocalizedText("niet aanwezig")),
            Level(value: 2, code: "oranje", label: LocalizedText("gedeeltelijk")),
            Level(value: 3, code: "groen", label: LocalizedText("aanwezig")),
        ])
    static let strict = Scale(id: "drie", levels: [1, 2, 3].map { Level(value: $0, label: LocalizedText("\($0)")) })
    static let withNA = Scale(
        id: "vier", levels: [1, 2, 3, 4].map { Level(value: $0, label: LocalizedText("\($0)")) },
        notApplicable: [NotApplicable(code: "nvt", label: LocalizedText("n.v.t."))])
    static let items = [
        Item(id: "r", prompt: LocalizedText("rating"), kind: .rating(scale: "kleur", indicators: [])),
        Item(id: "s", prompt: LocalizedText("strict"), kind: .rating(scale: "drie", indicators: [])),
        Item(id: "n", prompt: LocalizedText("met nvt"), kind: .rating(scale: "vier", indicators: [])),
        Item(id: "c", prompt: LocalizedText("check"), kind: .check(notApplicable: [])),
        Item(
            id: "k", prompt: LocalizedText("keuze"),
            kind: .choice(
                options: [
                    ChoiceOption(id: "sturend", label: LocalizedText("sturend")),
                    ChoiceOption(id: "coachend", label: LocalizedText("coachend")),
                ], notApplicable: [])),
        Item(id: "g", prompt: LocalizedText("schaalvraag"), kind: .number(NumberSpec(minimum: 0, maximum: 10, step: 1, asksDesired: true))),
        Item(id: "t", prompt: LocalizedText("open"), kind: .text(lines: 3)),
        Item(id: "f", prompt: LocalizedText("deel"), kind: .number(NumberSpec(minimum: 0, maximum: 1, step: 0.1, asksDesired: false))),
    ]
    static let instrument = Instrument(
        id: "t", version: "1", title: LocalizedText("T"), scales: [scale, strict, withNA],
        sections: [Section(id: "s", title: LocalizedText("S"), items: items)])

    func answer(_ typed: String, _ item: ItemID) throws -> Answer {
        try Answer(parsing: typed, for: Self.instrument.item(item)!, in: Self.instrument)
    }

    @Test(
        "accepted answers",
        arguments: [
            ("3", "r", Answer.level(3)), ("groen", "r", .level(3)), ("Oranje", "r", .level(2)), ("2", "s", .level(2)),
            ("nvt", "n", .notApplicable("nvt")), ("n.v.t.", "n", .notApplicable("nvt")), ("ja", "c", .check(true)),
            ("nee", "c", .check(false)),
            ("coachend", "k", .option("coachend")), ("7", "g", .number(current: 7, desired: nil)),
            ("7/8", "g", .number(current: 7, desired: 8)),
            ("Goed gesprek", "t", .text("Goed gesprek")),
        ])
    func accepted(typed: String, item: String, expected: Answer) throws {
        #expect(try answer(typed, ItemID(item)) == expected)
    }

    @Test(
        "refused answers say what was expected",
        arguments: [
            ("4", "s", "expected one of 1, 2, 3"), ("nvt", "s", "does not allow n.v.t."),
            ("paars", "r", "expected one of 1 (rood), 2 (oranje), 3 (groen)"),
            ("0", "n", "or nvt"), ("misschien", "c", "expected ja or nee"), ("beide", "k", "expected one of sturend, coachend"),
            ("11", "g", "in 0–10"), ("7.5", "g", "not a step of 1"), ("7/8/9", "g", "takes one number"), ("", "t", "is empty"),
            ("0.30000000000000004", "f", "'0.30000000000000004' has more digits than item 'f' takes: write it in steps of 0.1"),
            ("1.0000000000000000001", "f", "has more digits than item 'f' takes"), ("2", "f", "is not a number in 0–1"),
        ])
    func refused(typed: String, item: String, expected: String) {
        #expect {
            try answer(typed, ItemID(item))
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test("what is typed reads back as the same answer")
    func roundTrip() throws {
        for (typed, item) in [("3", "r"), ("nvt", "n"), ("nee", "c"), ("sturend", "k"), ("7/8", "g"), ("open tekst", "t")] {
            let parsed = try answer(typed, ItemID(item))
            #expect(try answer(parsed.typed, ItemID(item)) == parsed)
        }
    }

    @Test("n.v.t. is not a number for aggregates; levels, checks and numbers are")
    func numericValues() {
        #expect(Answer.notApplicable("nvt").numericValue == nil)
        #expect(Answer.level(2).numericValue == 2)
        #expect(Answer.check(true).numericValue == 1)
        #expect(Answer.option("sturend").numericValue == nil)
    }
}
