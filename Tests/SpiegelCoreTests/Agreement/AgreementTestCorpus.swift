import SpiegelCore

/// The corpus of `Tests/Fixtures/statistics/agreement_references.py`: 8 School2Care sessions.
///
/// One character per item 1–14: `1`–`3` a level, `n` n.v.t., `-` not scored. Session 5 has no
/// supervisor (a missing rater); sessions 3, 6 and 7 have two peers, session 3 lists P2 before
/// P1. Dates are out of order, 3 and 4 share one. The answer strings are copied verbatim from
/// the Python script's `CORPUS`.
enum AgreementTestCorpus {
    struct Entry {
        let id: Int64
        let date: String
        let coach: String
        let jongere: String
        let ratings: [(role: RoleID, rater: RaterCode, answers: String)]
    }

    static let entries: [Entry] = [
        Entry(
            id: 1, date: "2024-03-12", coach: "C1", jongere: "J1",
            ratings: [("self", "C1", "2-311312313211"), ("supervisor", "S1", "2211233n322211"), ("peer", "P1", "3131331-3132n3")]),
        Entry(
            id: 2, date: "2024-01-20", coach: "C1", jongere: "J2",
            ratings: [("self", "C1", "-2222221-21333"), ("supervisor", "S2", "n223333n322333"), ("peer", "P1", "3223nn122n3323")]),
        Entry(
            id: 3, date: "2024-02-05", coach: "C1", jongere: "J1",
            ratings: [
                ("self", "C1", "31121231222322"), ("supervisor", "S1", "-1321322113222"),
                ("peer", "P2", "n33111n2222332"), ("peer", "P1", "-3323212322233"),
            ]),
        Entry(
            id: 4, date: "2024-02-05", coach: "C2", jongere: "J3",
            ratings: [("self", "C2", "n1333-32111333"), ("supervisor", "S1", "n1333222331211"), ("peer", "P3", "3332-113131313")]),
        Entry(
            id: 5, date: "2024-04-01", coach: "C1", jongere: "J2",
            ratings: [("self", "C1", "1321112-3-2323"), ("peer", "P1", "122n1n33213322")]),
        Entry(
            id: 6, date: "2024-05-10", coach: "C2", jongere: "J3",
            ratings: [
                ("self", "C2", "32n12n32223n2-"), ("supervisor", "S2", "3nn22133323122"),
                ("peer", "P1", "3332313213331n"), ("peer", "P3", "3233nn3222-322"),
            ]),
        Entry(
            id: 7, date: "2024-06-01", coach: "C1", jongere: "J1",
            ratings: [
                ("self", "C1", "3112322n-33322"), ("supervisor", "S1", "32112-23-3231-"),
                ("peer", "P1", "321223232nn321"), ("peer", "P2", "3211222133133-"),
            ]),
        Entry(
            id: 8, date: "2023-12-01", coach: "C2", jongere: "J4",
            ratings: [("self", "C2", "2313112232n122"), ("supervisor", "S1", "32322112222322"), ("peer", "P2", "22121122232322")]),
    ]

    /// The eight sessions made with `instrument`.
    static func sessions(_ instrument: Instrument) -> [(session: Session, ratings: [Rating])] {
        entries.map { entry in
            let session = session(
                entry.id, date: entry.date, coach: entry.coach, jongere: entry.jongere, instrument: InstrumentReference(instrument))
            return (session, entry.ratings.map { rating($0.role, $0.rater, $0.answers) })
        }
    }

    /// A session of coach C1 made with another version of the instrument, fully rated.
    static func otherVersion(_ instrument: Instrument) -> (session: Session, ratings: [Rating]) {
        let reference = InstrumentReference(id: instrument.id, version: "0.9", hash: ContentHash(hex: String(repeating: "0", count: 64)))
        let session = session(99, date: "2024-02-01", coach: "C1", jongere: "J1", instrument: reference)
        return (session, [rating("self", "C1", "11111111111111"), rating("supervisor", "S1", "33333333333333")])
    }

    static func session(_ id: Int64, date: String, coach: String, jongere: String, instrument: InstrumentReference) -> Session {
        Session(
            id: SessionID(id), uuid: "uuid-\(id)", instrument: instrument, video: nil,
            header: [HeaderValue(field: "coach", value: coach), HeaderValue(field: "jongere", value: jongere)], date: date)
    }

    /// A rating of items "1"… from one character per item.
    static func rating(_ role: RoleID, _ rater: RaterCode, _ answers: String) -> Rating {
        let scores = answers.enumerated().compactMap { offset, character -> Score? in
            let item = ItemID(String(offset + 1))
            switch character {
            case "n": return Score(item: item, answer: .notApplicable("nvt"))
            case "-": return nil
            default: return Score(item: item, answer: .level(Int(String(character))!))
            }
        }
        return Rating(rater: rater, role: role, scores: scores)
    }

    /// How the Python script names a row: `item:1`, `section:I`, `overall`, `score:I`, `total`.
    static func key(_ scope: AgreementRow.Scope) -> String {
        switch scope {
        case .item(let item, _): "item:\(item)"
        case .section(let section): "section:\(section)"
        case .overall: "overall"
        case .sectionScore(let section): "score:\(section)"
        case .totalScore: "total"
        }
    }
}
