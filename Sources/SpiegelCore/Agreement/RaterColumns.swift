/// The selected ratings of each session placed in rater columns, the same columns in every session.
///
/// Ratings are ordered by role (the instrument's role order, then unknown roles by name) and
/// within a role by rater code; "first" in ``AgreementSelection`` means first in this order.
/// Ratings are referred to by their index in the session's list, never copied.
struct RaterColumns: Sendable {
    /// A column of ``AgreementSelection/allRaters``: the `rank`-th rater (from 0) of a role.
    private struct Slot: Equatable, Comparable {
        let roleRank: Int
        let role: RoleID
        let rank: Int

        static func < (lhs: Slot, rhs: Slot) -> Bool {
            (lhs.roleRank, lhs.role, lhs.rank) < (rhs.roleRank, rhs.role, rhs.rank)
        }
    }

    /// What each column holds: two roles or codes, or role slots such as `peer 2`.
    let columns: [AgreementColumn]
    /// The columns as the report names them: `self`, `S01`, `peer 2`.
    var names: [String] { columns.map(\.description) }
    /// `placements[session * names.count + column]`: the index of the column's rating in the
    /// session's ratings, or -1 when the session has none for the column.
    private let placements: [Int]

    /// Places the ratings of each session (in the order given) in the columns of `selection`.
    init(_ sessions: [[Rating]], selection: AgreementSelection, roleOrder: [RoleID]) {
        switch selection.kind {
        case .roles(let first, let second):
            columns = [.role(first, number: nil), .role(second, number: nil)]
            placements = Self.paired(sessions, roleOrder: roleOrder) { role, _, column in role == (column == 0 ? first : second) }
        case .raters(let first, let second):
            columns = [.rater(first), .rater(second)]
            placements = Self.paired(sessions, roleOrder: roleOrder) { _, rater, column in rater == (column == 0 ? first : second) }
        case .allRaters:
            (columns, placements) = Self.slotted(sessions, roleOrder: roleOrder)
        }
    }

    /// The index of the rating in `column` of `session`, if there is one.
    func rating(session: Int, column: Int) -> Int? {
        let index = placements[session * names.count + column]
        return index < 0 ? nil : index
    }

    /// Per session, the first rating that fits the first column and the first other one that fits the second.
    ///
    /// `fits` sees a rating's role and rater code only: reading two fields of a rating in place
    /// is cheap, copying a whole rating touches every array it holds.
    private static func paired(
        _ sessions: [[Rating]], roleOrder: [RoleID], fits: (_ role: RoleID, _ rater: RaterCode, _ column: Int) -> Bool
    ) -> [Int] {
        var placements: [Int] = []
        placements.reserveCapacity(sessions.count * 2)
        var order = RatingOrder(roleOrder)
        for ratings in sessions {
            let ordered = order.sorted(ratings)
            ratings.withUnsafeBufferPointer { ratings in
                let first = ordered.first { fits(ratings[$0].role, ratings[$0].rater, 0) }
                let second = ordered.first { $0 != first && fits(ratings[$0].role, ratings[$0].rater, 1) }
                placements.append(first ?? -1)
                placements.append(second ?? -1)
            }
        }
        return placements
    }

    /// One column per role slot that occurs in any session, in slot order.
    private static func slotted(_ sessions: [[Rating]], roleOrder: [RoleID]) -> (columns: [AgreementColumn], placements: [Int]) {
        var slots: [Slot] = []
        var found: [(session: Int, rating: Int, slot: Int)] = []
        var order = RatingOrder(roleOrder)
        for (session, ratings) in sessions.enumerated() {
            var previous: Slot?
            for index in order.sorted(ratings) {
                let role = ratings[index].role
                let rank = previous.map { $0.role == role ? $0.rank + 1 : 0 } ?? 0
                let slot = Slot(roleRank: order.rank(of: role), role: role, rank: rank)
                let known = slots.firstIndex(of: slot) ?? slots.count
                if known == slots.count { slots.append(slot) }
                found.append((session, index, known))
                previous = slot
            }
        }
        let sorted = slots.indices.sorted { slots[$0] < slots[$1] }
        var column = [Int](repeating: 0, count: slots.count)
        for (position, slot) in sorted.enumerated() { column[slot] = position }
        var placements = [Int](repeating: -1, count: sessions.count * slots.count)
        for (session, rating, slot) in found { placements[session * slots.count + column[slot]] = rating }
        let shared = Set(slots.filter { $0.rank > 0 }.map(\.role))
        let columns = sorted.map { slots[$0] }.map { AgreementColumn.role($0.role, number: shared.contains($0.role) ? $0.rank + 1 : nil) }
        return (columns, placements)
    }
}

/// Orders a session's ratings by role rank, role name and rater code, as indices into its list.
///
/// Keeps its buffers from one session to the next, so ordering many sessions allocates once.
private struct RatingOrder {
    let roleOrder: [RoleID]
    private var ranks: [Int] = []
    private var indices: [Int] = []

    init(_ roleOrder: [RoleID]) { self.roleOrder = roleOrder }

    /// A role's place in the instrument's role order; unknown roles after all known ones.
    func rank(of role: RoleID) -> Int { roleOrder.firstIndex(of: role) ?? roleOrder.count }

    /// The indices of `ratings` in order; ratings that tie keep their order in the list.
    mutating func sorted(_ ratings: [Rating]) -> [Int] {
        ranks.removeAll(keepingCapacity: true)
        for rating in ratings { ranks.append(rank(of: rating.role)) }
        indices.removeAll(keepingCapacity: true)
        indices.append(contentsOf: ratings.indices)
        // Insertion sort: a session has a handful of ratings, and it is stable.
        for next in indices.indices.dropFirst() {
            let index = indices[next]
            var place = next
            while place > 0 && Self.precedes(index, indices[place - 1], ratings, ranks) {
                indices[place] = indices[place - 1]
                place -= 1
            }
            indices[place] = index
        }
        return indices
    }

    private static func precedes(_ lhs: Int, _ rhs: Int, _ ratings: [Rating], _ ranks: [Int]) -> Bool {
        (ranks[lhs], ratings[lhs].role, ratings[lhs].rater) < (ranks[rhs], ratings[rhs].role, ratings[rhs].rater)
    }
}
