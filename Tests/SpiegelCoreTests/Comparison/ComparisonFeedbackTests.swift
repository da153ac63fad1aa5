import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Comparison: strong points and work points, explicit first, then derived")
struct ComparisonFeedbackTests {
    let kijkwijzer: Instrument  // 4-point scale with n.v.t., feedback 2 strengths + 1 work point

    init() throws {
        kijkwijzer = try Fixtures.bundled("kijkwijzer-krachtige-leeromgeving.xml")
    }

    /// The feedback of a single peer rating of the kijkwijzer.
    func feedback(
        _ values: [(ItemID, Answer)], strengths: [ItemID] = [], workPoints: [ItemID] = [],
        evidence: [(ItemID, Valence)] = []
    ) -> FeedbackPoints? {
        let rating = Rating(
            rater: "P01", role: "peer", scores: values.map { Score(item: $0.0, answer: $0.1) },
            feedback: FeedbackChoice(strengths: strengths, workPoints: workPoints),
            evidence: evidence.enumerated().map { index, note in ComparisonScenario.evidence(EvidenceID("e\(index)"), item: note.0, note.1)
            })
        return Comparison(of: [rating], instrument: kijkwijzer).feedback.first
    }

    static func explicit(_ items: ItemID...) -> [FeedbackPoint] { items.map { FeedbackPoint(item: $0, source: .explicit) } }
    static func derived(_ items: ItemID...) -> [FeedbackPoint] { items.map { FeedbackPoint(item: $0, source: .derived) } }

    @Test("the rater's own choice, whole, and nothing derived when it is complete")
    func explicitChoice() {
        let scores: [(ItemID, Answer)] = [("l1", .level(4)), ("t1", .level(1)), ("t2", .level(2)), ("k6", .level(3))]
        let complete = feedback(scores, strengths: ["t1", "t2"], workPoints: ["k6"])
        #expect(complete?.strengths == Self.explicit("t1", "t2"))
        #expect(complete?.workPoints == Self.explicit("k6"))
        // More than the rule asks for is kept as the rater wrote it.
        let generous = feedback(scores, strengths: ["k6", "t2", "l1"], workPoints: ["t1"])
        #expect(generous?.strengths == Self.explicit("k6", "t2", "l1"))
    }

    @Test("filled up from the scores; among equal values the most evidence of the matching valence wins")
    func evidenceTieBreak() {
        // Explicit strength l1 (4); one more strength needed: l2 and l3 tie at 4, l3 has two strength
        // notes against one for l2 → l3. Work point: t2 and t3 tie at 1; t3 has one work-point note,
        // t2 two strength notes (wrong valence, not counted) → t3. k1 is n.v.t. and never a point.
        let scores: [(ItemID, Answer)] = [
            ("k1", .notApplicable("nvt")), ("t3", .level(1)), ("t2", .level(1)), ("t1", .level(2)),
            ("l3", .level(4)), ("l2", .level(4)), ("l1", .level(4)),
        ]
        let notes: [(ItemID, Valence)] = [
            ("l2", .strength), ("l3", .strength), ("l3", .strength), ("t2", .strength), ("t2", .strength), ("t3", .workPoint),
            ("l2", .workPoint),
        ]
        let points = feedback(scores, strengths: ["l1"], evidence: notes)
        #expect(points?.strengths == Self.explicit("l1") + Self.derived("l3"))
        #expect(points?.workPoints == Self.derived("t3"))
    }

    @Test("without evidence, equal values go to the item earlier in form order (not the order typed)")
    func formOrderTieBreak() {
        // All 3: strengths l1, l2 (form order); work point the next one, l3 (3 is below the maximum 4).
        let scores: [(ItemID, Answer)] = [("t1", .level(3)), ("l4", .level(3)), ("l3", .level(3)), ("l2", .level(3)), ("l1", .level(3))]
        let points = feedback(scores)
        #expect(points?.strengths == Self.derived("l1", "l2"))
        #expect(points?.workPoints == Self.derived("l3"))
    }

    @Test("an explicit work point is never derived as a strength, nor a derived strength as a work point")
    func neverTwice() {
        // l1 (4) is the explicit work point; strengths from the rest: l2 (3), l3 (2); no work point needed.
        let points = feedback([("l1", .level(4)), ("l2", .level(3)), ("l3", .level(2))], workPoints: ["l1"])
        #expect(points?.strengths == Self.derived("l2", "l3"))
        #expect(points?.workPoints == Self.explicit("l1"))
        // One scored item: it becomes a strength, and there is no work point left.
        let single = feedback([("l5", .level(3))])
        #expect(single?.strengths == Self.derived("l5"))
        #expect(single?.workPoints == [])
    }

    @Test("no derived strength at the scale's minimum, no derived work point at its maximum")
    func bounds() {
        let top = feedback([("l1", .level(4)), ("l2", .level(4)), ("l3", .level(4))])
        #expect(top?.strengths == Self.derived("l1", "l2"))
        #expect(top?.workPoints == [])
        let bottom = feedback([("l1", .level(1)), ("l2", .level(1))])
        #expect(bottom?.strengths == [])
        #expect(bottom?.workPoints == Self.derived("l1"))
        let notApplicable = feedback([("l1", .notApplicable("nvt"))])
        #expect(notApplicable == FeedbackPoints())
    }

    @Test("per column in the session: the supervisor's choice, the coach's derived points, restricted to a profile")
    func session() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")  // default rule: 2 + 1
        let comparison = Comparison(of: ComparisonScenario.ratings(), instrument: instrument)
        // Self: 3s at 1, 6, 8, 10, 14; item 10 has a strength note (item 1 only a neutral one) → 10, then 1.
        // 1s at 2 and 3; item 3 has a work-point note → 3.
        #expect(comparison.feedback[0].strengths == Self.derived("10", "1"))
        #expect(comparison.feedback[0].workPoints == Self.derived("3"))
        #expect(comparison.feedback[1] == FeedbackPoints(strengths: Self.explicit("1", "7"), workPoints: Self.explicit("6")))
        // P01: 3s at 1, 4, 8, 9, 10, 14 → 1, 4; the only 1 is item 6.
        #expect(comparison.feedback[2] == FeedbackPoints(strengths: Self.derived("1", "4"), workPoints: Self.derived("6")))
        // Restricted to eerste-fase (1–7, 14) item 10 is out: self's 3s at 1, 6, 14 → 1, 6.
        let focused = Comparison(
            of: ComparisonScenario.ratings(), instrument: instrument, profile: instrument.profile("eerste-fase"), restrictToProfile: true)
        #expect(focused.feedback[0].strengths == Self.derived("1", "6"))
        #expect(focused.feedback[0].workPoints == Self.derived("3"))
    }
}
