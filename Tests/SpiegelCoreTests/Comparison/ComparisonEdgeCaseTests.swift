import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Comparison: one rating, none, no supervisor, other kinds of items")
struct ComparisonEdgeCaseTests {
    @Test("a single rating: nothing to compare, no flags, undefined summary")
    func singleRating() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let only = ComparisonScenario.ratings().filter { $0.role == "self" }
        let comparison = Comparison(of: only, instrument: instrument)
        #expect(comparison.columns == [ComparisonColumn(rater: "C07", role: "self")])
        let first = try #require(comparison.item("1"))
        #expect(first.answers == [.level(3)])
        #expect(first.spread == nil && !first.isFlagged)
        #expect(first.roles.selfValue == 3 && first.roles.peersMedian == nil && first.roles.selfMinusSupervisor == nil)
        #expect(comparison.summary == Self.undefinedSummary)
        #expect(comparison.section("I")?.means == [2])
        #expect(comparison.feedback.count == 1)
    }

    @Test("no ratings at all: every item and section, no columns, undefined summary")
    func noRatings() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let comparison = Comparison(of: [], instrument: instrument)
        #expect(comparison.columns.isEmpty && comparison.feedback.isEmpty)
        #expect(comparison.items.count == 14)
        #expect(comparison.items.allSatisfy { $0.answers.isEmpty && $0.spread == nil && !$0.isFlagged })
        #expect(comparison.sections.map(\.scope) == [.section("I"), .section("II"), .section("III")])
        #expect(
            comparison.sections.allSatisfy {
                $0.parts.isEmpty && $0.roles == RoleComparison(selfValue: nil, supervisorValue: nil, peersMedian: nil)
            })
        #expect(comparison.summary == Self.undefinedSummary)
    }

    @Test("no supervisor: self − supervisor undefined, self − peers still computed")
    func missingSupervisor() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let ratings = ComparisonScenario.ratings().filter { $0.role != "supervisor" }
        let comparison = Comparison(of: ratings, instrument: instrument)
        #expect(comparison.columns.map(\.rater) == ["C07", "P01", "P02"])
        #expect(
            comparison.summary.selfVsSupervisor
                == PairSummary(other: .supervisor, n: 0, exactAgreement: nil, withinOneAgreement: nil, meanSignedDifference: nil))
        #expect(comparison.summary.selfVsPeersMedian.n == 10)
        // Flags without S01: 2: 1, 2, 2 → spread 1; 4: 3, 1 → 2 (flag); 6: 3, 1, 1 → 2 (flag).
        #expect(comparison.flaggedItems.map(\.item) == ["4", "6"])
    }

    static let undefinedSummary = ComparisonSummary(
        selfVsSupervisor: PairSummary(other: .supervisor, n: 0, exactAgreement: nil, withinOneAgreement: nil, meanSignedDifference: nil),
        selfVsPeersMedian: PairSummary(other: .peersMedian, n: 0, exactAgreement: nil, withinOneAgreement: nil, meanSignedDifference: nil),
        flagged: 0)

    /// One section: r1, r2 on a 1–5 scale without a declared threshold (so the range, 4, is in
    /// force); g1 a 0–10 number with threshold 3; g2 a 0–10 number without; a check; a choice; a text.
    static let mixed: Instrument = {
        let text = LocalizedText("x")
        let scale = Scale(id: "vijf", levels: (1...5).map { Level(value: $0, label: LocalizedText("\($0)")) })
        let options = ["sturend", "coachend"].map { ChoiceOption(id: OptionID($0), label: text) }
        let items = [
            Item(id: "r1", prompt: text, kind: .rating(scale: "vijf", indicators: [])),
            Item(id: "r2", prompt: text, kind: .rating(scale: "vijf", indicators: [])),
            Item(id: "g1", prompt: text, kind: .number(NumberSpec(minimum: 0, maximum: 10, asksDesired: true, discussionThreshold: 3))),
            Item(id: "g2", prompt: text, kind: .number(NumberSpec(minimum: 0, maximum: 10))),
            Item(id: "c", prompt: text, kind: .check(notApplicable: [])),
            Item(id: "k", prompt: text, kind: .choice(options: options, notApplicable: [])),
            Item(id: "t", prompt: text, kind: .text(lines: 2)),
        ]
        return Instrument(
            id: "gemengd", version: "1", title: text, scales: [scale], sections: [Section(id: "A", title: text, items: items)])
    }()

    static func rating(_ rater: RaterCode, _ role: RoleID, _ answers: [Answer]) -> Rating {
        let ids: [ItemID] = ["r1", "r2", "g1", "g2", "c", "k", "t"]
        return Rating(rater: rater, role: role, scores: zip(ids, answers).map { Score(item: $0, answer: $1) })
    }

    @Test("thresholds: a rating scale's range when none is declared, a number's own; checks and choices flag when they differ")
    func otherKinds() throws {
        let ratings = [
            Self.rating(
                "C07", "self",
                [
                    .level(1), .level(4), .number(current: 6, desired: 9), .number(current: 0, desired: nil), .check(true),
                    .option("sturend"), .text("goed"),
                ]),
            Self.rating(
                "S01", "supervisor",
                [
                    .level(5), .level(1), .number(current: 9, desired: 10), .number(current: 10, desired: nil), .check(false),
                    .option("coachend"), .text("beter"),
                ]),
        ]
        let comparison = Comparison(of: ratings, instrument: Self.mixed)
        // r1: 5 − 1 = 4 ≥ 4 (flag); r2: 4 − 1 = 3 < 4; g1: 9 − 6 = 3 ≥ 3 (flag, desired values ignored);
        // g2: 10 − 0 = 10, no threshold; c: ja ≠ nee (flag); k: sturend ≠ coachend (flag); t: never.
        // c and k are nominal: no spread, since ja and nee have no distance.
        #expect(comparison.items.map(\.discussionThreshold) == [4, 4, 3, nil, nil, nil, nil])
        #expect(comparison.items.map(\.spread) == [4, 3, 3, 10, nil, nil, nil])
        #expect(comparison.items.map(\.isNominal) == [false, false, false, false, true, true, false])
        #expect(comparison.flaggedItems.map(\.item) == ["r1", "g1", "c", "k"])
        #expect(comparison.item("k")?.answers == [.option("sturend"), .option("coachend")])
        #expect(comparison.item("t")?.values == [nil, nil])
        // self − S01 on the ordered items: r1 −4, r2 3, g1 −3, g2 −10 → n 4, exact 0/4, within one
        // 0/4, mean −14/4; the check c is nominal and has no difference to count.
        let summary = comparison.summary.selfVsSupervisor
        #expect(summary.n == 4 && summary.exactAgreement == 0 && summary.withinOneAgreement == 0)
        #expect(summary.meanSignedDifference == -14.0 / 4)
        // Derived feedback ranks by position on each item's scale: self r2 4 of 1–5 = 0.75 before
        // g1 6 of 0–10 = 0.6; work point: r1 and g2 both at their minimum (0) → r1, earlier in the form.
        #expect(comparison.feedback[0].strengths.map(\.item) == ["r2", "g1"])
        #expect(comparison.feedback[0].workPoints.map(\.item) == ["r1"])
        // S01: r1 5 and g2 10 both at the maximum (1) → r1, g2 in form order; r2 (1) the work point; the check never.
        #expect(comparison.feedback[1].strengths.map(\.item) == ["r1", "g2"])
        #expect(comparison.feedback[1].workPoints.map(\.item) == ["r2"])
    }
}
