import SpiegelCore
import Testing

@Suite("Exact decimals for number items")
struct DecimalNumberTests {
    static let tenths = Item(
        id: "n", prompt: LocalizedText("deel"), kind: .number(NumberSpec(minimum: 0, maximum: 1, step: 0.1)))
    static let fromOffset = Item(
        id: "m", prompt: LocalizedText("vanaf"), kind: .number(NumberSpec(minimum: 0.2, maximum: 5, step: 0.3)))
    static let instrument = Instrument(
        id: "d", version: "1", title: LocalizedText("D"),
        sections: [Section(id: "s", title: LocalizedText("S"), items: [tenths, fromOffset])])

    func answer(_ typed: String, _ item: Item) throws -> Answer {
        try Answer(parsing: typed, for: item, in: Self.instrument)
    }

    @Test(
        "every tenth from 0 to 1 is a step of 0.1, kept as typed",
        arguments: (0...10).map { index in index == 0 ? "0" : index == 10 ? "1" : "0.\(index)" })
    func everyTenth(typed: String) throws {
        #expect(try answer(typed, Self.tenths).typed == typed)
    }

    @Test("steps are counted from min, exactly", arguments: ["0.2", "0.5", "0.8", "1.1", "4.7", "0,5"])
    func stepsFromMinimum(typed: String) throws {
        #expect(try answer(typed, Self.fromOffset).numericValue != nil)
    }

    @Test(
        "a value between steps, or not a plain decimal, is refused",
        arguments: [
            ("0.35", "not a step of 0.1 from 0"), ("0.30000000000000004", "has more digits than item"), ("0x1", "not a number in 0–1"),
            ("1e-1", "not a number in 0–1"), ("nan", "not a number in 0–1"), ("1.1", "not a number in 0–1"),
        ])
    func refused(typed: String, message: String) {
        #expect {
            try answer(typed, Self.tenths)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test("decimals read from text and from a Double agree, and print without an exponent")
    func reading() throws {
        #expect(DecimalNumber(parsing: "0.30") == DecimalNumber(0.3))
        #expect(DecimalNumber(0.00001)?.description == "0.00001")
        #expect(DecimalNumber(parsing: "-2.50")?.description == "-2.5")
        #expect(DecimalNumber(parsing: "1e3") == nil)
        #expect(DecimalNumber(Double.nan) == nil)
        #expect(DecimalNumber(parsing: "1234567890123456") == nil, "more digits than a Double keeps")
    }

    @Test("differences are exact: 7.3 − 7.2 is 0.1")
    func differences() throws {
        let low = try #require(DecimalNumber(7.2))
        let difference = try #require(DecimalNumber(7.3)?.subtracting(low))
        #expect(difference.doubleValue == 0.1)
    }

    @Test("a number item's answers are counted exactly for a form")
    func values() {
        #expect(NumberSpec(minimum: 0, maximum: 0.3, step: 0.1).values(atMost: 11)?.map(\.description) == ["0", "0.1", "0.2", "0.3"])
        #expect(NumberSpec(minimum: 0, maximum: 100).values(atMost: 11) == nil)
    }

    @Test("raters 0.1 apart on a number item with threshold 0.1 are flagged")
    func spreadAtThreshold() {
        let item = Item(
            id: "n", prompt: LocalizedText("deel"), kind: .number(NumberSpec(minimum: 0, maximum: 10, step: 0.1, discussionThreshold: 0.1)))
        let instrument = Instrument(
            id: "d", version: "1", title: LocalizedText("D"), sections: [Section(id: "s", title: LocalizedText("S"), items: [item])])
        let ratings = [("S01", 7.3), ("C07", 7.2)].map { rater, value in
            Rating(rater: RaterCode(rater), role: "self", scores: [Score(item: "n", answer: .number(current: value, desired: nil))])
        }
        let comparison = Comparison(of: ratings, instrument: instrument)
        #expect(comparison.items.first?.spread == 0.1)
        #expect(comparison.items.first?.isFlagged == true)
    }
}
