import SpiegelCore

/// A School2Care session rated by self (C07), the supervisor (S01) and two peers (P01, P02).
///
///     item  self  S01  P01  P02
///     1     3     3    3    2
///     2     1     3    2    2
///     3     1     2    2    nvt
///     4     nvt   2    3    1
///     5     2     –    2    2      (– = not scored)
///     6     3     1    1    1
///     7     2     2    –    –
///     8     3     2    3    3
///     9     2     3    3    3
///     10    3     3    3    3
///     11    nvt   nvt  nvt  nvt
///     12    –     –    –    –
///     13    2     1    2    1
///     14    3     2    3    2
enum ComparisonScenario {
    static let table: [(item: ItemID, answers: [String?])] = [
        ("1", ["3", "3", "3", "2"]), ("2", ["1", "3", "2", "2"]), ("3", ["1", "2", "2", "nvt"]),
        ("4", ["nvt", "2", "3", "1"]), ("5", ["2", nil, "2", "2"]), ("6", ["3", "1", "1", "1"]),
        ("7", ["2", "2", nil, nil]), ("8", ["3", "2", "3", "3"]), ("9", ["2", "3", "3", "3"]),
        ("10", ["3", "3", "3", "3"]), ("11", ["nvt", "nvt", "nvt", "nvt"]), ("12", [nil, nil, nil, nil]),
        ("13", ["2", "1", "2", "1"]), ("14", ["3", "2", "3", "2"]),
    ]

    /// The four ratings, given out of column order on purpose.
    static func ratings() -> [Rating] {
        var selfRating = rating("C07", "self", column: 0)
        // Self: one strength note about item 10 and one work-point note about item 3.
        selfRating.evidence = [
            evidence("e1", item: "10", .strength), evidence("e2", item: "3", .workPoint),
            evidence("e3", item: "1", .neutral),
        ]
        var supervisor = rating("S01", "supervisor", column: 1)
        supervisor.feedback = FeedbackChoice(strengths: ["1", "7"], workPoints: ["6"])
        return [rating("P02", "peer", column: 3), supervisor, rating("P01", "peer", column: 2), selfRating]
    }

    static func rating(_ rater: RaterCode, _ role: RoleID, column: Int) -> Rating {
        let scores = table.compactMap { row in row.answers[column].map { Score(item: row.item, answer: answer($0)) } }
        return Rating(rater: rater, role: role, scores: scores)
    }

    static func answer(_ typed: String) -> Answer {
        typed == "nvt" ? .notApplicable("nvt") : .level(Int(typed)!)
    }

    static func evidence(_ id: EvidenceID, item: ItemID, _ valence: Valence) -> Evidence {
        Evidence(id: id, start: VideoTime(milliseconds: 1000), item: item, valence: valence, text: "citaat")
    }

    /// Whether `value` is within 1e-12 of `expected`.
    static func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-12
    }
}
