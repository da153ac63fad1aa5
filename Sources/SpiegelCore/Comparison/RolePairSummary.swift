/// How two roles of a session agree over the compared items: every pair of roles present is
/// compared (self and supervisor, coachee and observer, peers and supervisor, …).
///
/// A role's value on an item is its rater's value, or with several raters in the role the
/// median of their values (as ``RoleComparison/peersMedian``). The numbers count the items
/// where both roles have a value, exactly as ``PairSummary`` does. Options (choice items) have
/// no value: they are counted apart, in ``optionsCompared`` and ``optionsSame``; a role's
/// option is the one all its raters who answered chose (raters of one role who chose
/// differently give the role no option on that item).
public struct RolePairSummary: Hashable, Sendable {
    /// The role that comes first in column order (self, supervisor, peer, then others).
    public var first: RoleID
    public var second: RoleID
    /// The items where both roles have a value; `differences` are first − second.
    public var values: PairSummary.Statistics
    /// The choice items both roles answered with an option.
    public var optionsCompared: Int
    /// Of those, the items where both chose the same option.
    public var optionsSame: Int

    public init(first: RoleID, second: RoleID, values: PairSummary.Statistics, optionsCompared: Int, optionsSame: Int) {
        self.first = first
        self.second = second
        self.values = values
        self.optionsCompared = optionsCompared
        self.optionsSame = optionsSame
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
        var optionsCompared = 0
        var optionsSame = 0
        for item in items {
            if let a = Self.value(of: first, in: item, columns), let b = Self.value(of: second, in: item, columns) {
                differences.append(a - b)
            } else if let a = Self.option(of: first, in: item, columns), let b = Self.option(of: second, in: item, columns) {
                optionsCompared += 1
                if a == b { optionsSame += 1 }
            }
        }
        self.init(
            first: first, second: second, values: PairSummary.Statistics(differences: differences), optionsCompared: optionsCompared,
            optionsSame: optionsSame)
    }

    /// The median of the role's values on the item; nil when none of its raters has one.
    private static func value(of role: RoleID, in item: ItemComparison, _ columns: [ComparisonColumn]) -> Double? {
        zip(columns, item.values).compactMap { $0.role == role ? $1 : nil }.median
    }

    /// The option every rater of the role who chose one chose; nil when none did or they differ.
    private static func option(of role: RoleID, in item: ItemComparison, _ columns: [ComparisonColumn]) -> OptionID? {
        let options = Set(
            zip(columns, item.answers).compactMap { column, answer -> OptionID? in
                guard column.role == role, case .option(let id) = answer else { return nil }
                return id
            })
        return options.count == 1 ? options.first : nil
    }
}
