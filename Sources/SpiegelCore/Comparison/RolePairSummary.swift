/// How two roles of a session agree over the compared items: every pair of roles present is
/// compared (self and supervisor, coachee and observer, peers and supervisor, …).
///
/// A role's value on an ordered item (rating, number) is its rater's value, or with several
/// raters in the role the median of their values (as ``RoleComparison/peersMedian``). The
/// numbers count the ordered items where both roles have a value, exactly as ``PairSummary``
/// does. Nominal items (ja/nee checks and choices) have no distance between their answers, so
/// no within-one agreement or mean difference: they count apart, for exact agreement only, in
/// ``nominalCompared`` and ``nominalSame``; a role's answer is the one all its raters who
/// answered gave (raters of one role who answered differently give the role none on that item).
public struct RolePairSummary: Hashable, Sendable {
    /// The role that comes first in column order (self, supervisor, peer, then others).
    public var first: RoleID
    public var second: RoleID
    /// The ordered items where both roles have a value; `differences` are first − second.
    public var values: PairSummary.Statistics
    /// The nominal items (ja/nee, choice) both roles answered (n.v.t. aside).
    public var nominalCompared: Int
    /// Of those, the items where both gave the same answer: their exact agreement.
    public var nominalSame: Int

    public init(first: RoleID, second: RoleID, values: PairSummary.Statistics, nominalCompared: Int, nominalSame: Int) {
        self.first = first
        self.second = second
        self.values = values
        self.nominalCompared = nominalCompared
        self.nominalSame = nominalSame
    }

    /// Every pair of roles among `columns`, in column order, over `items`.
    static func all(_ items: [ItemComparison], columns: [ComparisonColumn]) -> [RolePairSummary] {
        var roles: [RoleID] = []
        for column in columns where !roles.contains(column.role) { roles.append(column.role) }
        return roles.indices.flatMap { a in
            roles.indices.filter { $0 > a }.map { b in RolePairSummary(roles[a], roles[b], items: items, columns: columns) }
        }
    }

    private init(_ first: RoleID, _ second: RoleID, items: [ItemComparison], columns: [ComparisonColumn]) {
        var differences: [Double] = []
        var nominalCompared = 0
        var nominalSame = 0
        for item in items {
            if item.isNominal {
                guard let a = Self.answer(of: first, in: item, columns), let b = Self.answer(of: second, in: item, columns) else {
                    continue
                }
                nominalCompared += 1
                if a == b { nominalSame += 1 }
            } else if let a = Self.value(of: first, in: item, columns), let b = Self.value(of: second, in: item, columns) {
                differences.append(a - b)
            }
        }
        self.init(
            first: first, second: second, values: PairSummary.Statistics(differences: differences), nominalCompared: nominalCompared,
            nominalSame: nominalSame)
    }

    /// The median of the role's values on the item; nil when none of its raters has one.
    private static func value(of role: RoleID, in item: ItemComparison, _ columns: [ComparisonColumn]) -> Double? {
        zip(columns, item.values).compactMap { $0.role == role ? $1 : nil }.median
    }

    /// The answer (ja/nee, an option) every rater of the role who answered gave, n.v.t. aside;
    /// nil when none did or they differ.
    private static func answer(of role: RoleID, in item: ItemComparison, _ columns: [ComparisonColumn]) -> Answer? {
        let answers = Set(
            zip(columns, item.answers).compactMap { column, answer -> Answer? in
                guard column.role == role, let answer, !answer.isNotApplicable else { return nil }
                return answer
            })
        return answers.count == 1 ? answers.first : nil
    }
}
