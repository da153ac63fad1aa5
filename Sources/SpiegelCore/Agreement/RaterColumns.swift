/// The selected ratings of each session placed in rater columns, the same columns in every session.
///
/// Ratings are ordered by role (the instrument's role order, then unknown roles by name) and
/// within a role by rater code; "first" in ``AgreementSelection`` means first in this order.
struct RaterColumns: Sendable {
    /// A column of ``AgreementSelection/allRaters``: the `rank`-th rater (from 0) of a role.
    private struct Slot: Hashable, Comparable {
        let roleRank: Int
        let role: RoleID
        let rank: Int

        static func < (lhs: Slot, rhs: Slot) -> Bool {
            (lhs.roleRank, lhs.role, lhs.rank) < (rhs.roleRank, rhs.role, rhs.rank)
        }
    }

    /// What each column holds: two roles or codes, or role slots such as `peer 2`.
    let names: [String]
    /// Per session, the column and the rating of every selected rating.
    let placements: [[(column: Int, rating: Rating)]]

    /// Places the ratings of each session (in the order given) in the columns of `selection`.
    init(_ sessions: [[Rating]], selection: AgreementSelection, roleOrder: [RoleID]) {
        let ranks = Dictionary(roleOrder.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let ordered = sessions.map { Self.ordered($0, ranks: ranks) }
        switch selection.kind {
        case .roles(let first, let second):
            names = [first.rawValue, second.rawValue]
            placements = ordered.map { Self.pair($0, selection) }
        case .raters(let first, let second):
            names = [first.rawValue, second.rawValue]
            placements = ordered.map { Self.pair($0, selection) }
        case .allRaters:
            (names, placements) = Self.slotted(ordered, ranks: ranks)
        }
    }

    /// The ratings sorted by role rank, role name and rater code.
    private static func ordered(_ ratings: [Rating], ranks: [RoleID: Int]) -> [Rating] {
        ratings.sorted { lhs, rhs in
            let left = (ranks[lhs.role] ?? ranks.count, lhs.role, lhs.rater)
            let right = (ranks[rhs.role] ?? ranks.count, rhs.role, rhs.rater)
            return left < right
        }
    }

    /// The first rating that fits the first column, and the first other one that fits the second.
    private static func pair(_ ratings: [Rating], _ selection: AgreementSelection) -> [(column: Int, rating: Rating)] {
        let first = ratings.indices.first { selection.matches(ratings[$0], column: 0) }
        let second = ratings.indices.first { $0 != first && selection.matches(ratings[$0], column: 1) }
        return [first.map { (0, ratings[$0]) }, second.map { (1, ratings[$0]) }].compactMap { $0 }
    }

    /// One column per role slot that occurs in any session, in slot order.
    private static func slotted(
        _ sessions: [[Rating]], ranks: [RoleID: Int]
    ) -> (names: [String], placements: [[(column: Int, rating: Rating)]]) {
        let slotted = sessions.map { ratings in
            var seen: [RoleID: Int] = [:]
            return ratings.map { rating -> (slot: Slot, rating: Rating) in
                let rank = seen[rating.role, default: 0]
                seen[rating.role] = rank + 1
                return (Slot(roleRank: ranks[rating.role] ?? ranks.count, role: rating.role, rank: rank), rating)
            }
        }
        let slots = Set(slotted.flatMap { $0.map(\.slot) }).sorted()
        let columns = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($0.element, $0.offset) })
        let shared = Set(slots.filter { $0.rank > 0 }.map(\.role))
        let names = slots.map { shared.contains($0.role) ? "\($0.role) \($0.rank + 1)" : $0.role.rawValue }
        return (names, slotted.map { $0.map { (columns[$0.slot]!, $0.rating) } })
    }
}
