import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Rating aggregates")
struct RatingAggregateTests {
    @Test("means leave out n.v.t. and unscored items; counts and distribution per section")
    func school2care() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        // Section I: 3, 2, 3, nvt, unscored, 1, 3 → mean of 3+2+3+1+3 = 12/5.
        let answers: [ItemID: Answer] = [
            "1": .level(3), "2": .level(2), "3": .level(3), "4": .notApplicable("nvt"), "6": .level(1), "7": .level(3),
            "8": .level(2), "13": .level(3), "14": .level(3),
        ]
        let rating = Rating(rater: "S01", role: "supervisor", scores: answers.map { Score(item: $0.key, answer: $0.value) })
        let aggregate = RatingAggregate(rating, instrument: instrument)
        let first = try #require(aggregate.sections["I"])
        #expect(first.mean == 12.0 / 5)
        #expect(first.scored == 5)
        #expect(first.notApplicable == 1)
        #expect(first.unanswered == 1)
        #expect(first.distribution == [1: 1, 2: 1, 3: 3])
        #expect(aggregate.sections["II"]?.mean == 2)
        #expect(aggregate.sections["II"]?.unanswered == 4)
        #expect(aggregate.sections["III"]?.mean == 3)
        #expect(aggregate.overall.mean == 20.0 / 8)
        let focused = RatingAggregate(rating, instrument: instrument, profile: instrument.profile("eerste-fase"))
        #expect(focused.overall.mean == 15.0 / 6)
        #expect(focused.sections["II"]?.scored == 0)
        #expect(focused.sections["II"]?.mean == nil)
    }
}
