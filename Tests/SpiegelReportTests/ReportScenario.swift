import Foundation
import SpiegelCore
import SpiegelTestSupport

/// A School2Care session (C07 with J112) rated by self, the supervisor and two peers.
///
///     item  self  S01  P01  P02
///     1     3     2    2    3      peers' median 2.5, self - sup +1
///     2     1     3    2    2      spread 2: flagged
///     3     nvt   2    2    2
///     4     2     –    3    1      (– = not scored)
///     5–14  2     2    2    2
enum ReportScenario {
    static let instrument: Instrument = try! Fixtures.bundled("school2care-reflectie.xml")

    static let table: [(item: ItemID, answers: [String?])] =
        [("1", ["3", "2", "2", "3"]), ("2", ["1", "3", "2", "2"]), ("3", ["nvt", "2", "2", "2"]), ("4", ["2", nil, "3", "1"])]
        + (5...14).map { (ItemID(String($0)), ["2", "2", "2", "2"]) }

    static let session = Session(
        id: SessionID(7), uuid: "test-session", instrument: InstrumentReference(instrument),
        video: VideoReference(path: "gesprek3.mp4", size: 4_000_000, fingerprint: "abc", duration: VideoTime(milliseconds: 1_500_000)),
        header: [
            HeaderValue(field: "coach", value: "C07"), HeaderValue(field: "jongere", value: "J112"),
            HeaderValue(field: "doel", value: "Afspraken met Jan de Vries over zijn stage"), HeaderValue(field: "gesprek", value: "3"),
        ], date: "2026-11-18")

    static func ratings() -> [Rating] {
        var selfRating = rating("C07", "self", column: 0)
        selfRating.evidence = [
            Evidence(
                id: "s1", start: VideoTime(milliseconds: 754_000), item: "1", valence: .strength, text: "Dus als ik het goed begrijp…"),
            Evidence(id: "s2", start: VideoTime(milliseconds: 90_000), item: "2", valence: .workPoint, text: "Onderbreekt | de *jongere*"),
        ]
        var supervisor = rating("S01", "supervisor", column: 1)
        supervisor.feedback = FeedbackChoice(strengths: ["2"], workPoints: ["1"])
        supervisor.evidence = [
            Evidence(id: "v1", start: VideoTime(milliseconds: 754_000), end: VideoTime(milliseconds: 760_000), item: "1", text: "Vat samen")
        ]
        return [rating("P02", "peer", column: 3), supervisor, rating("P01", "peer", column: 2), selfRating]
    }

    static func rating(_ rater: RaterCode, _ role: RoleID, column: Int) -> Rating {
        let scores = table.compactMap { row in
            row.answers[column].map { Score(item: row.item, answer: $0 == "nvt" ? .notApplicable("nvt") : .level(Int($0)!)) }
        }
        return Rating(rater: rater, role: role, scores: scores)
    }

    static var templates: URL { Fixtures.repository.appending(path: "Templates") }
}
