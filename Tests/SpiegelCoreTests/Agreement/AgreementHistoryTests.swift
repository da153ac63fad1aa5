import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Agreement: development history")
struct AgreementHistoryTests {
    /// The corpus, an extra session 12 of C1 on the date of session 3 (listed first), one
    /// without a jongere, and one made with another instrument version.
    static func sessions(_ instrument: Instrument) -> [(session: Session, ratings: [Rating])] {
        let reference = InstrumentReference(instrument)
        let tie = AgreementTestCorpus.session(12, date: "2024-02-05", coach: "C1", jongere: "J2", instrument: reference)
        var loose = AgreementTestCorpus.session(13, date: "2024-07-01", coach: "C1", jongere: "J1", instrument: reference)
        loose.header.removeAll { $0.field == "jongere" }
        let rating = AgreementTestCorpus.rating("self", "C1", "33333333333333")
        return [(tie, [rating]), (loose, [rating])] + AgreementTestCorpus.sessions(instrument) + [
            AgreementTestCorpus.otherVersion(instrument)
        ]
    }

    @Test("a coach's sessions in date order, ties by session id; another version skipped and counted")
    func order() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let history = DevelopmentHistory(instrument: instrument, sessions: Self.sessions(instrument), coach: "C1")
        #expect(history.entries.map(\.session.rawValue) == [2, 3, 12, 1, 5, 7, 13])
        #expect(
            history.entries.map(\.date) == [
                "2024-01-20", "2024-02-05", "2024-02-05", "2024-03-12", "2024-04-01", "2024-06-01", "2024-07-01",
            ])
        #expect(history.skippedOtherInstrument == 1)
        let other = DevelopmentHistory(instrument: instrument, sessions: Self.sessions(instrument), coach: "C2")
        #expect(other.entries.map(\.session.rawValue) == [8, 4, 6])
        #expect(other.skippedOtherInstrument == 0)
    }

    @Test("grouped per coach–jongere pair, codes ascending, sessions without a code last")
    func pairs() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let history = DevelopmentHistory(instrument: instrument, sessions: Self.sessions(instrument), coach: "C1")
        #expect(history.pairs.map(\.code) == ["J1", "J2", nil])
        #expect(history.pairs.map { $0.entries.map(\.session.rawValue) } == [[3, 1, 7], [2, 12, 5], [13]])
        let ungrouped = DevelopmentHistory(instrument: instrument, sessions: Self.sessions(instrument), coach: "C1", pairField: nil)
        #expect(ungrouped.pairs.isEmpty)
        #expect(ungrouped.entries.map(\.session) == history.entries.map(\.session))
        #expect(ungrouped.entries.allSatisfy { $0.pair == nil })
    }

    @Test("section and overall means per role; two peers give the mean of their means")
    func roleMeans() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let history = DevelopmentHistory(instrument: instrument, sessions: Self.sessions(instrument), coach: "C1")
        let third = try #require(history.entries.first { $0.session == SessionID(3) })
        #expect(third.roles.map(\.role) == ["self", "peer", "supervisor"])
        let peer = try #require(third.scores(of: "peer"))
        #expect(peer.raters == ["P1", "P2"])
        // Section III (items 13, 14): P1 "…33" → 3, P2 "…32" → 2.5; mean of means 2.75.
        #expect(peer.mean(of: "III") == 2.75)
        // Self "31121231222322": section III 2, 2 → 2; overall 27 / 14.
        #expect(third.scores(of: "self")?.mean(of: "III") == 2)
        #expect(third.scores(of: "self")?.overall == 27.0 / 14)
        let ratings = AgreementTestCorpus.entries[2].ratings.filter { $0.role == "peer" }.map {
            AgreementTestCorpus.rating($0.role, $0.rater, $0.answers)
        }
        let aggregates = ratings.map { RatingAggregate($0, instrument: instrument) }
        #expect(peer.mean(of: "I") == (aggregates[0].sections["I"]!.mean! + aggregates[1].sections["I"]!.mean!) / 2)
        #expect(peer.overall == (aggregates[0].overall.mean! + aggregates[1].overall.mean!) / 2)
        let fifth = try #require(history.entries.first { $0.session == SessionID(5) })
        #expect(fifth.scores(of: "supervisor") == nil)
        #expect(fifth.roles.first?.sections.map(\.section) == ["I", "II", "III"])
    }

    @Test("no sessions, or an unknown coach: an empty history")
    func empty() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let none = DevelopmentHistory(instrument: instrument, sessions: [], coach: "C1")
        #expect(none.entries.isEmpty && none.pairs.isEmpty && none.skippedOtherInstrument == 0)
        let unknown = DevelopmentHistory(instrument: instrument, sessions: Self.sessions(instrument), coach: "C9")
        #expect(unknown.entries.isEmpty)
    }
}
