import SpiegelCore

/// The three ratings matrices behind the key figures of an agreement report, rebuilt through
/// the public API so that the statistics can be timed alone on the same in-memory data.
///
/// They follow ``AgreementReport``'s documented grouping: the compared items are the rating
/// items with a declared scale; units of the pooled matrices are session × item, session by
/// session in form order; n.v.t. and unscored items are missing. Ratings are ordered by role
/// (the instrument's role order) and rater code; `roles(self, supervisor)` takes the first
/// rating of each role, all raters one column per role slot (self, peer 1, peer 2, …).
struct BenchMatrices: Sendable {
    /// Overall pooled, self against supervisor: the data of the kappa figures.
    let pair: RatingsMatrix
    /// Overall pooled, one column per role slot: the data of the alpha figures.
    let allRaters: RatingsMatrix
    /// Each session's self and supervisor mean over the compared items: the data of the ICCs.
    let totals: RatingsMatrix
    /// The level values of the one scale the compared items use: kappa's categories.
    let categories: [Double]

    init(instrument: Instrument, sessions: [(session: Session, ratings: [Rating])], first: RoleID, second: RoleID) {
        let items = instrument.sections.flatMap(\.items).filter { item in item.scaleID.flatMap(instrument.scale) != nil }
        let scales = Set(items.compactMap(\.scaleID))
        precondition(scales.count == 1, "the benchmark expects all compared items on one scale")
        categories = instrument.scale(scales.first!)!.levels.map { Double($0.value) }
        let hash = instrument.contentHash
        let order = RoleOrder(instrument.roleIDs)
        let rated = sessions.filter { $0.session.instrument.hash == hash }.map { order.sorted($0.ratings) }
        let values = rated.map { ratings in ratings.map { rating in items.map { rating.answer(for: $0.id)?.numericValue } } }
        let pairs = zip(rated, values).map { ratings, values in Self.pair(ratings, values, first, second) }
        pair = RatingsMatrix(rows: Self.pooled(pairs, itemCount: items.count))
        totals = RatingsMatrix(rows: pairs.map { $0.map { $0.flatMap(Self.mean) } })
        allRaters = RatingsMatrix(rows: Self.pooled(Self.slotted(rated, values, order), itemCount: items.count))
    }

    /// Per session: the values of the first rating in role `first` and of the first other in `second`.
    private static func pair(_ ratings: [Rating], _ values: [[Double?]], _ first: RoleID, _ second: RoleID) -> [[Double?]?] {
        let a = ratings.indices.first { ratings[$0].role == first }
        let b = ratings.indices.first { $0 != a && ratings[$0].role == second }
        return [a.map { values[$0] }, b.map { values[$0] }]
    }

    /// Per session, one column per role slot that occurs anywhere, in slot order.
    private static func slotted(_ rated: [[Rating]], _ values: [[[Double?]]], _ order: RoleOrder) -> [[[Double?]?]] {
        struct Slot: Hashable {
            let rank: Int
            let role: RoleID
            let index: Int
        }
        let perSession = rated.map { ratings in
            var seen: [RoleID: Int] = [:]
            return ratings.map { rating in
                defer { seen[rating.role, default: 0] += 1 }
                return Slot(rank: order.rank(rating.role), role: rating.role, index: seen[rating.role, default: 0])
            }
        }
        let slots = Set(perSession.joined()).sorted { ($0.rank, $0.role, $0.index) < ($1.rank, $1.role, $1.index) }
        let column = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($0.element, $0.offset) })
        return zip(perSession, values).map { sessionSlots, sessionValues in
            var row = [[Double?]?](repeating: nil, count: slots.count)
            for (slot, values) in zip(sessionSlots, sessionValues) { row[column[slot]!] = values }
            return row
        }
    }

    /// Rows of (session × item) units from per-session columns of per-item values.
    private static func pooled(_ sessions: [[[Double?]?]], itemCount: Int) -> [[Double?]] {
        var rows: [[Double?]] = []
        rows.reserveCapacity(sessions.count * itemCount)
        for columns in sessions {
            for item in 0..<itemCount { rows.append(columns.map { $0?[item] }) }
        }
        return rows
    }

    /// The mean of the values present; nil when there is none.
    private static func mean(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }
        return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
    }
}

/// Ratings in report order: the instrument's role order (unknown roles after, by name), then rater code.
struct RoleOrder: Sendable {
    private let ranks: [RoleID: Int]

    init(_ roles: [RoleID]) {
        ranks = Dictionary(roles.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    func rank(_ role: RoleID) -> Int { ranks[role] ?? ranks.count }

    func sorted(_ ratings: [Rating]) -> [Rating] {
        ratings.sorted { (rank($0.role), $0.role, $0.rater) < (rank($1.role), $1.role, $1.rater) }
    }
}
