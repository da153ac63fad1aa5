import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Comparison: section means, summary and focus profile")
struct ComparisonSummaryTests {
    let instrument: Instrument
    let comparison: Comparison

    init() throws {
        instrument = try Fixtures.bundled("school2care-reflectie.xml")
        comparison = Comparison(of: ComparisonScenario.ratings(), instrument: instrument)
    }

    @Test("section means per column leave out n.v.t. and unscored items; differences on the means")
    func sectionMeans() throws {
        let close = ComparisonScenario.close
        // Section I (items 1–7):
        //   self 3+1+1+2+3+2 = 12 / 6 = 2      (4 n.v.t.)
        //   S01  3+3+2+2+1+2 = 13 / 6          (5 unscored)
        //   P01  3+2+2+3+2+1 = 13 / 6          (7 unscored)
        //   P02  2+2+1+2+1   =  8 / 5          (3 n.v.t., 7 unscored)
        //   peers' median (13/6 + 8/5) / 2 = 113/60; self − S01 = 2 − 13/6 = −1/6; self − peers = 2 − 113/60 = 7/60
        let first = try #require(comparison.section("I"))
        #expect(first.means.count == 4)
        #expect(first.means[0] == 2)
        #expect(close(first.means[1], 13.0 / 6) && close(first.means[2], 13.0 / 6) && close(first.means[3], 8.0 / 5))
        #expect(first.parts[0].scored == 6 && first.parts[0].notApplicable == 1)
        #expect(close(first.roles.peersMedian, 113.0 / 60))
        #expect(close(first.roles.selfMinusSupervisor, -1.0 / 6))
        #expect(close(first.roles.selfMinusPeersMedian, 7.0 / 60))
        // Section II (8–12): self 3+2+3 = 8/3, S01 2+3+3 = 8/3, peers 3 and 3 → median 3;
        //   self − S01 = 0, self − peers = 8/3 − 3 = −1/3.
        let second = try #require(comparison.section("II"))
        #expect(close(second.roles.selfMinusSupervisor, 0))
        #expect(close(second.roles.selfMinusPeersMedian, -1.0 / 3))
        // Section III (13–14): self 2.5, S01 1.5, P01 2.5, P02 1.5 → median 2; 1 and 0.5.
        let third = try #require(comparison.section("III"))
        #expect(third.means == [2.5, 1.5, 2.5, 1.5])
        #expect(third.roles.peersMedian == 2 && third.roles.selfMinusSupervisor == 1 && third.roles.selfMinusPeersMedian == 0.5)
        // Overall self: (12 + 8 + 5) / (6 + 3 + 2) = 25/11.
        #expect(close(comparison.overall.means.first ?? nil, 25.0 / 11))
        #expect(comparison.overall.scope == .overall)
    }

    @Test("summary: n, exact and within-one agreement, mean signed difference, flagged count")
    func summary() {
        // self − S01 where both scored: items 1 2 3 6 7 8 9 10 13 14 → 0 −2 −1 2 0 1 −1 0 1 1 (n = 10;
        // 4 self n.v.t., 5 S01 unscored, 11 n.v.t., 12 unscored). Exact: 1, 7, 10 → 3/10.
        // Within one: all but 2 and 6 → 8/10. Mean: (0 − 2 − 1 + 2 + 0 + 1 − 1 + 0 + 1 + 1) / 10 = 1/10.
        let supervisor = comparison.summary.selfVsSupervisor
        #expect(supervisor.other == .supervisor)
        #expect(supervisor.n == 10)
        #expect(supervisor.exactAgreement == 3.0 / 10)
        #expect(supervisor.withinOneAgreement == 8.0 / 10)
        #expect(supervisor.meanSignedDifference == 1.0 / 10)
        // self − peers' median: items 1 2 3 5 6 8 9 10 13 14 → 0.5 −1 −1 0 2 0 −1 0 0.5 0.5 (n = 10; 7 no peers).
        // Exact: 5, 8, 10 → 3/10. Within one: all but 6 → 9/10. Mean: 0.5 / 10 = 0.05.
        let peers = comparison.summary.selfVsPeersMedian
        #expect(peers.other == .peersMedian)
        #expect(peers.n == 10)
        #expect(peers.exactAgreement == 3.0 / 10)
        #expect(peers.withinOneAgreement == 9.0 / 10)
        #expect(peers.meanSignedDifference == 0.5 / 10)
        #expect(comparison.summary.flagged == 3)
    }

    @Test("restricted to a profile: only its items, its sections, and the summary over them")
    func restricted() throws {
        let profile = try #require(instrument.profile("eerste-fase"))  // section I and item 14
        let focused = Comparison(of: ComparisonScenario.ratings(), instrument: instrument, profile: profile, restrictToProfile: true)
        #expect(focused.isRestrictedToProfile && focused.profile == "eerste-fase")
        #expect(focused.items.map(\.item) == ["1", "2", "3", "4", "5", "6", "7", "14"])
        #expect(focused.items.allSatisfy { $0.inProfile })
        #expect(focused.sections.map(\.scope) == [.section("I"), .section("III")])
        // Section III over item 14 only: self 3, S01 2, P01 3, P02 2 → median 2.5; 1 and 0.5.
        let third = try #require(focused.section("III"))
        #expect(third.means == [3, 2, 3, 2])
        #expect(third.roles.selfMinusSupervisor == 1 && third.roles.selfMinusPeersMedian == 0.5)
        // Overall self: (12 + 3) / 7.
        #expect(ComparisonScenario.close(focused.overall.means[0], 15.0 / 7))
        // self − S01 over 1 2 3 6 7 14: 0 −2 −1 2 0 1 → n 6, exact 2/6, within one 4/6, mean 0/6.
        let supervisor = focused.summary.selfVsSupervisor
        #expect(supervisor.n == 6 && supervisor.exactAgreement == 2.0 / 6 && supervisor.withinOneAgreement == 4.0 / 6)
        #expect(supervisor.meanSignedDifference == 0)
        // self − peers over 1 2 3 5 6 14: 0.5 −1 −1 0 2 0.5 → n 6, exact 1/6, within one 5/6, mean 1/6.
        let peers = focused.summary.selfVsPeersMedian
        #expect(peers.n == 6 && peers.exactAgreement == 1.0 / 6 && peers.withinOneAgreement == 5.0 / 6)
        #expect(ComparisonScenario.close(peers.meanSignedDifference, 1.0 / 6))
        #expect(focused.summary.flagged == 3)
    }

    @Test("a profile without restriction marks its items and changes no number")
    func highlighted() throws {
        let profile = try #require(instrument.profile("eerste-fase"))
        let marked = Comparison(of: ComparisonScenario.ratings(), instrument: instrument, profile: profile)
        #expect(!marked.isRestrictedToProfile && marked.profile == "eerste-fase")
        #expect(marked.items.count == 14)
        #expect(marked.items.filter(\.inProfile).map(\.item) == ["1", "2", "3", "4", "5", "6", "7", "14"])
        #expect(marked.sections == comparison.sections && marked.summary == comparison.summary)
        #expect(comparison.items.allSatisfy { !$0.inProfile })
        #expect(comparison.profile == nil)
        // restrictToProfile without a profile restricts nothing.
        let unrestricted = Comparison(of: ComparisonScenario.ratings(), instrument: instrument, restrictToProfile: true)
        #expect(unrestricted == comparison)
    }
}
