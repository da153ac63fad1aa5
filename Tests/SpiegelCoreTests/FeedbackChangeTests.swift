import SpiegelCore
import Testing

@Suite("Feedback changes")
struct FeedbackChangeTests {
    let rule = FeedbackRule(strengths: 2, workPoints: 1)
    let now = FeedbackChoice(strengths: ["1", "2"], workPoints: [])

    @Test("adding a work point keeps the strong points; removing names the point")
    func changesOnlyWhatIsNamed() throws {
        #expect(
            try now.applying(FeedbackChange(addedWorkPoints: ["10"]), rule: rule)
                == FeedbackChoice(strengths: ["1", "2"], workPoints: ["10"]))
        #expect(try now.applying(FeedbackChange(removedStrengths: ["1"]), rule: rule) == FeedbackChoice(strengths: ["2"]))
        #expect(try now.applying(FeedbackChange(addedStrengths: ["5"], removedStrengths: ["1"]), rule: rule).strengths == ["2", "5"])
        #expect(try now.applying(FeedbackChange(addedStrengths: ["2"]), rule: rule) == now)
    }

    @Test("more than the instrument asks for, a removal of what is not chosen, an item as both: refused with the choice now")
    func refusals() {
        #expect(throws: FeedbackError.tooMany(.strength, limit: 2, now: now, adding: ["3"])) {
            try now.applying(FeedbackChange(addedStrengths: ["3"]), rule: rule)
        }
        #expect(throws: FeedbackError.notChosen("7", .strength, now: now)) {
            try now.applying(FeedbackChange(removedStrengths: ["7"]), rule: rule)
        }
        #expect(throws: FeedbackError.both("1", now: now)) {
            try now.applying(FeedbackChange(addedWorkPoints: ["1"]), rule: rule)
        }
        let message = FeedbackError.tooMany(.strength, limit: 2, now: now, adding: ["3"]).description
        #expect(
            message
                == "the instrument asks for 2 strong points at most; adding 3 would make 3; chosen now: strong points 1, 2; work points none"
        )
    }

    @Test("the change between two choices, applied, gives the second")
    func changeBetweenChoices() throws {
        let wanted = FeedbackChoice(strengths: ["2", "6"], workPoints: ["1"])
        #expect(try now.applying(FeedbackChange(from: now, to: wanted), rule: rule) == wanted)
    }
}
