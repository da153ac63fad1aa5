import SpiegelCore
import Testing

@Suite("Feedback points checked against the instrument")
struct FeedbackRuleTests {
    /// Two strong points and one work point, the default rule.
    static let instrument = Instrument(
        id: "f", version: "1", title: LocalizedText("F"),
        scales: [Scale(id: "drie", levels: [1, 2, 3].map { Level(value: $0, label: LocalizedText("\($0)")) })],
        sections: [
            Section(
                id: "s", title: LocalizedText("S"),
                items: [
                    Item(id: "1", prompt: LocalizedText("een"), kind: .rating(scale: "drie", indicators: [])),
                    Item(id: "2", prompt: LocalizedText("twee"), kind: .rating(scale: "drie", indicators: [])),
                    Item(id: "3", prompt: LocalizedText("drie"), kind: .rating(scale: "drie", indicators: [])),
                    Item(id: "c", prompt: LocalizedText("check"), kind: .check(notApplicable: [])),
                    Item(id: "n", prompt: LocalizedText("getal"), kind: .number(NumberSpec(minimum: 0, maximum: 10))),
                    Item(id: "t", prompt: LocalizedText("open"), kind: .text(lines: 2)),
                ])
        ])

    @Test(
        "only an item rated on a scale can be a strong or work point",
        arguments: [("c", "check"), ("n", "number"), ("t", "text")])
    func notRated(item: String, kind: String) {
        #expect(throws: FeedbackError.notRated(ItemID(item), .strength, itemKind: kind)) {
            try FeedbackChange(addedStrengths: [ItemID(item)]).checked(against: Self.instrument)
        }
        #expect(throws: FeedbackError.notRated(ItemID(item), .workPoint, itemKind: kind)) {
            try FeedbackChoice(workPoints: [ItemID(item)]).checked(against: Self.instrument)
        }
    }

    @Test("a whole choice is held to the limits and to 'not both', like a change")
    func wholeChoice() throws {
        #expect(throws: FeedbackError.tooMany(.strength, limit: 2, now: FeedbackChoice(), adding: ["1", "2", "3"])) {
            try FeedbackChoice(strengths: ["1", "2", "3"]).checked(against: Self.instrument)
        }
        #expect(throws: FeedbackError.both("1", now: FeedbackChoice())) {
            try FeedbackChoice(strengths: ["1"], workPoints: ["1"]).checked(against: Self.instrument)
        }
        #expect(throws: FeedbackError.givenTwice("2", .strength)) {
            try FeedbackChoice(strengths: ["2", "2"]).checked(against: Self.instrument)
        }
        let unknown = #expect(throws: FeedbackError.self) { try FeedbackChoice(workPoints: ["9"]).checked(against: Self.instrument) }
        #expect(unknown?.description.hasPrefix("work point '9' is not an item of f: expected one of 1, 2, 3") == true)
        let section = #expect(throws: FeedbackError.self) { try FeedbackChange(addedStrengths: ["s"]).checked(against: Self.instrument) }
        #expect(section?.description.contains("is not an item of f: it names section s") == true)
        let fine = FeedbackChoice(strengths: ["1", "2"], workPoints: ["3"])
        #expect(try fine.checked(against: Self.instrument) == fine)
    }

    @Test("a change that names an item twice, or adds and removes it, is refused; a removal needs only a known item")
    func changeRepetitions() throws {
        #expect(throws: FeedbackError.givenTwice("1", .strength)) {
            try FeedbackChange(addedStrengths: ["1", "1"]).checked(against: Self.instrument)
        }
        #expect(throws: FeedbackError.addedAndRemoved("3", .workPoint)) {
            try FeedbackChange(addedWorkPoints: ["3"], removedWorkPoints: ["3"]).checked(against: Self.instrument)
        }
        let removal = FeedbackChange(removedStrengths: ["t"])
        #expect(try removal.checked(against: Self.instrument) == removal)
    }

    @Test("an item given two values is found with both")
    func repeatedScore() {
        let scores = [TypedScore(item: "1", typed: "2"), TypedScore(item: "2", typed: "3"), TypedScore(item: "1", typed: "1")]
        #expect(RepeatedScore.first(in: scores) == RepeatedScore(item: "1", first: "2", second: "1"))
        #expect(RepeatedScore.first(in: Array(scores.prefix(2))) == nil)
    }
}
