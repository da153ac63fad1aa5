import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Comparison: every pair of roles, and nominal items that differ")
struct ComparisonRolePairTests {
    /// A hospitation: the coachee and the observer, no self-rating.
    static func hospitation(_ coachee: [Answer], _ observer: [Answer]) -> [Rating] {
        [
            ComparisonEdgeCaseTests.rating("O03", "observer", observer),
            ComparisonEdgeCaseTests.rating("L01", "coachee", coachee),
        ]
    }

    @Test("coachee and observer are compared with each other, though neither is self")
    func hospitationPair() throws {
        let ratings = Self.hospitation(
            [.level(2), .level(4), .number(current: 5, desired: nil), .notApplicable("nvt"), .check(true), .option("sturend"), .text("a")],
            [
                .level(3), .level(4), .number(current: 7, desired: nil), .number(current: 1, desired: nil), .check(true),
                .option("coachend"), .text("b"),
            ])
        let comparison = Comparison(of: ratings, instrument: ComparisonEdgeCaseTests.mixed)
        let pair = try #require(comparison.summary.rolePairs.first)
        #expect(comparison.summary.rolePairs.count == 1)
        // Column order puts the other roles by role id: coachee before observer.
        #expect(pair.first == "coachee" && pair.second == "observer")
        // coachee − observer on the ordered items with a value on both sides: r1 −1, r2 0, g1 −2
        // (g2 is n.v.t.) → n 3; the check c and the choice k are nominal: c the same, k not.
        #expect(pair.values.n == 3 && pair.values.exactAgreement == 1.0 / 3 && pair.values.withinOneAgreement == 2.0 / 3)
        #expect(pair.values.meanSignedDifference == -1)
        #expect(pair.nominalCompared == 2 && pair.nominalSame == 1)
        #expect(comparison.summary.selfVsSupervisor.n == 0)
        // r1: spread 1 < 4; g1: 2 < 3; c agrees; k differs (flag); t never.
        #expect(comparison.flaggedItems.map(\.item) == ["k"])
    }

    @Test("ja against nee is flagged; n.v.t. and a missing answer are not a difference")
    func checksDiffer() throws {
        let instrument = try Fixtures.bundled("observatielijst-coachingsgesprekken.xml")
        let checks = instrument.items.filter { if case .check = $0.kind { true } else { false } }.prefix(3).map(\.id)
        let first = Rating(
            rater: "O01", role: "observer",
            scores: zip(checks, [Answer.check(true), .check(true), .check(false)]).map {
                Score(item: $0, answer: $1)
            })
        let second = Rating(rater: "O02", role: "observer", scores: [Score(item: checks[0], answer: .check(false))])
        let comparison = Comparison(of: [first, second], instrument: instrument)
        #expect(comparison.flaggedItems.map(\.item) == [checks[0]])
        #expect(comparison.summary.flagged == 1)
        // One role: no pair to compare.
        #expect(comparison.summary.rolePairs.isEmpty)
    }

    @Test("ja/nee and choice items: exact agreement only; no within-one, mean difference or spread")
    func nominalExactOnly() throws {
        let instrument = try Fixtures.bundled("observatielijst-coachingsgesprekken.xml")
        func rating(_ rater: RaterCode, _ role: RoleID, _ answers: [Answer]) -> Rating {
            Rating(rater: rater, role: role, scores: zip(["ll1", "ll2", "ll3", "lk4"], answers).map { Score(item: $0, answer: $1) })
        }
        let comparison = Comparison(
            of: [
                rating("L04", "self", [.check(true), .check(true), .check(false), .option("sturend")]),
                rating("S01", "supervisor", [.check(true), .check(false), .check(true), .option("sturend")]),
            ], instrument: instrument)
        let pair = try #require(comparison.summary.rolePairs.first)
        #expect(pair.values == PairSummary.Statistics(differences: []))
        #expect(pair.values.withinOneAgreement == nil && pair.values.meanSignedDifference == nil)
        #expect(pair.nominalCompared == 4 && pair.nominalSame == 2)
        #expect(comparison.summary.selfVsSupervisor.n == 0 && comparison.summary.selfVsSupervisor.withinOneAgreement == nil)
        for row in comparison.items {
            #expect(row.roles.selfMinusSupervisor == nil && row.spread == nil && row.values.allSatisfy { $0 == nil })
        }
        #expect(comparison.flaggedItems.map(\.item) == ["ll2", "ll3"])
    }

    @Test("self, supervisor and peers: three pairs, self's pairs give the published numbers")
    func pairsKeepTheExistingNumbers() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let comparison = Comparison(of: ComparisonScenario.ratings(), instrument: instrument)
        let pairs = comparison.summary.rolePairs
        #expect(pairs.map { "\($0.first)-\($0.second)" } == ["self-supervisor", "self-peer", "supervisor-peer"])
        let summary = comparison.summary
        #expect(pairs[0].values.n == summary.selfVsSupervisor.n)
        #expect(pairs[0].values.meanSignedDifference == summary.selfVsSupervisor.meanSignedDifference)
        #expect(pairs[1].values.n == summary.selfVsPeersMedian.n)
        #expect(pairs[1].values.exactAgreement == summary.selfVsPeersMedian.exactAgreement)
        #expect(pairs[1].values.meanSignedDifference == summary.selfVsPeersMedian.meanSignedDifference)
        // supervisor − peers' median where both have a value: 1: 3 − 2.5; 2: 3 − 2; 3: 2 − 2; 4: 2 − 2;
        // 6: 1 − 1; 8: 2 − 3; 9: 3 − 3; 10: 3 − 3; 13: 1 − 1.5; 14: 2 − 2.5 → n 10 (7: no peer; 5: no S01).
        #expect(pairs[2].values.n == 10 && pairs[2].values.exactAgreement == 0.5 && pairs[2].values.withinOneAgreement == 1)
        #expect(ComparisonScenario.close(pairs[2].values.meanSignedDifference, -0.05))
    }
}
