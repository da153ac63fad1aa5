import SpiegelCore
import Testing

/// The semantic checks never trap, whatever numbers an instrument value holds.
@Suite("Instrument number ranges")
struct InstrumentRangeTests {
    static func instrument(levels: [Int], threshold: Int? = nil, kind: Item.Kind? = nil, feedback: FeedbackRule = FeedbackRule())
        -> Instrument
    {
        let scale = Scale(id: "s", levels: levels.map { Level(value: $0, label: LocalizedText("\($0)")) }, discussionThreshold: threshold)
        let items = [Item(id: "1", prompt: LocalizedText("P"), kind: kind ?? .rating(scale: "s", indicators: []))]
        return Instrument(
            id: "t", version: "1", title: LocalizedText("T"), feedback: feedback, scales: [scale],
            sections: [Section(id: "x", title: LocalizedText("X"), items: items)])
    }

    @Test("levels -1 and Int.max: a finding, not an overflow")
    func extremeLevels() {
        let findings = InstrumentCheck(Self.instrument(levels: [-1, .max], threshold: 5)).findings
        #expect(findings.map(\.path) == [.level(scale: 0, level: 1)])
        #expect(findings.first?.message.contains("a level value is a whole number from -1000 to 1000") == true)
        #expect(Self.instrument(levels: [.min, .max]).scales[0].effectiveDiscussionThreshold == .max)
    }

    @Test(
        "non-finite and huge number bounds are findings at their attribute, not a trap",
        arguments: [Double.infinity, -.infinity, .nan, 1e300])
    func extremeNumbers(value: Double) {
        let spec = NumberSpec(minimum: value, maximum: 10, step: value, discussionThreshold: value)
        let findings = InstrumentCheck(Self.instrument(levels: [1, 2], kind: .number(spec))).findings
        #expect(findings.map(\.attribute) == ["min", "step", "discussion-threshold"])
    }

    @Test("text lines and feedback points outside their ranges are findings")
    func linesAndFeedback() {
        let findings = InstrumentCheck(
            Self.instrument(levels: [1, 2], kind: .text(lines: 1_000_000), feedback: FeedbackRule(strengths: -1, workPoints: 21))
        ).findings
        #expect(findings.map(\.attribute) == ["strengths", "work-points", "lines"])
    }

    @Test("a step wider than the range is a finding")
    func wideStep() {
        let findings = InstrumentCheck(Self.instrument(levels: [1, 2], kind: .number(NumberSpec(minimum: 0, maximum: 10, step: 11))))
            .findings
        #expect(findings.first?.message.contains("step 11 is wider than the range") == true)
    }
}
