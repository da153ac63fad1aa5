import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Comparison: columns and items")
struct ComparisonItemTests {
    let instrument: Instrument
    let comparison: Comparison

    init() throws {
        instrument = try Fixtures.bundled("school2care-reflectie.xml")
        comparison = Comparison(of: ComparisonScenario.ratings(), instrument: instrument)
    }

    @Test("columns: self, supervisor, peers by code, then other roles by role and code")
    func columnOrder() {
        let ratings = ["P02": "peer", "O01": "observer", "K01": "coachee", "S01": "supervisor", "P01": "peer", "C07": "self"]
            .sorted { $0.key > $1.key }
            .map { Rating(rater: RaterCode($0.key), role: RoleID($0.value)) }
        let columns = Comparison(of: ratings, instrument: instrument).columns
        #expect(columns.map(\.rater) == ["C07", "S01", "P01", "P02", "K01", "O01"])
        #expect(columns.map(\.role) == ["self", "supervisor", "peer", "peer", "coachee", "observer"])
        #expect(self.comparison.columns.map(\.rater) == ["C07", "S01", "P01", "P02"])
    }

    @Test("every item in form order, with each column's answer; n.v.t. visible, without a value")
    func answers() throws {
        #expect(comparison.items.map(\.item) == (1...14).map { ItemID("\($0)") })
        let four = try #require(comparison.item("4"))
        #expect(four.answers == [.notApplicable("nvt"), .level(2), .level(3), .level(1)])
        #expect(four.values == [nil, 2, 3, 1])
        #expect(comparison.item("5")?.answers == [.level(2), nil, .level(2), .level(2)])
        #expect(comparison.item("11")?.answers == Array(repeating: .notApplicable("nvt"), count: 4))
        #expect(comparison.item("12")?.answers == [nil, nil, nil, nil])
        #expect(comparison.item("13")?.section == "III")
    }

    @Test("peers' median: mean of the two middle values when even, the single one, none")
    func peersMedian() {
        // 1: P01 3, P02 2 → (3 + 2) / 2 = 2.5.   3: P02 n.v.t. → P01's 2 alone.
        // 7: neither peer scored → nil.        11: both n.v.t. → nil.   13: (2 + 1) / 2 = 1.5.
        #expect(comparison.item("1")?.roles.peersMedian == 2.5)
        #expect(comparison.item("3")?.roles.peersMedian == 2)
        #expect(comparison.item("7")?.roles.peersMedian == nil)
        #expect(comparison.item("11")?.roles.peersMedian == nil)
        #expect(comparison.item("13")?.roles.peersMedian == 1.5)
    }

    @Test("peers' median of an odd number of peers is the middle value")
    func oddPeers() {
        // Peers 1, 3, 2 → sorted 1, 2, 3 → median 2; self 3 → 3 − 2 = 1.
        let ratings = [("C07", "self", 3), ("P01", "peer", 1), ("P02", "peer", 3), ("P03", "peer", 2)].map { rater, role, value in
            Rating(rater: RaterCode(rater), role: RoleID(role), scores: [Score(item: "1", answer: .level(value))])
        }
        let row = Comparison(of: ratings, instrument: instrument).item("1")
        #expect(row?.roles.peersMedian == 2)
        #expect(row?.roles.selfMinusPeersMedian == 1)
        #expect(row?.roles.selfMinusSupervisor == nil)
    }

    @Test("signed differences self − supervisor and self − peers' median; nil where a side is missing")
    func differences() {
        // item: self − S01, self − median
        // 1: 3 − 3 = 0, 3 − 2.5 = 0.5   2: 1 − 3 = −2, 1 − 2 = −1   6: 3 − 1 = 2, 3 − 1 = 2
        // 4: self n.v.t. → nil, nil     5: S01 unscored → nil, 2 − 2 = 0   7: 0, no peers → nil
        let expected: [ItemID: (Double?, Double?)] = [
            "1": (0, 0.5), "2": (-2, -1), "6": (2, 2), "4": (nil, nil), "5": (nil, 0), "7": (0, nil),
            "9": (-1, -1), "11": (nil, nil), "12": (nil, nil), "13": (1, 0.5),
        ]
        for (item, (supervisor, peers)) in expected {
            #expect(comparison.item(item)?.roles.selfMinusSupervisor == supervisor, "item \(item)")
            #expect(comparison.item(item)?.roles.selfMinusPeersMedian == peers, "item \(item)")
        }
    }

    @Test("spread and flags exactly at the threshold of 2: a 1 against a 3 is flagged, 1 against 2 is not")
    func flags() {
        // Spread = max − min over the values: 2: 3 − 1 = 2 (flag); 3: 2 − 1 = 1 (P02's n.v.t. left out);
        // 4: 3 − 1 = 2 (flag, self's n.v.t. left out); 6: 3 − 1 = 2 (flag); 10: 0; 11, 12: no values.
        let spreads: [ItemID: Double?] = ["2": 2, "3": 1, "4": 2, "6": 2, "10": 0, "11": nil, "12": nil, "1": 1]
        for (item, spread) in spreads {
            #expect(comparison.item(item)?.spread == spread, "item \(item)")
        }
        #expect(comparison.item("2")?.discussionThreshold == 2)
        #expect(comparison.flaggedItems.map(\.item) == ["2", "4", "6"])
        #expect(comparison.item("3")?.isFlagged == false)
        #expect(comparison.item("11")?.isFlagged == false)
    }
}
