/// One rating in a comparison: a rater, by research code, in one role.
///
/// Every row of a ``Comparison`` holds one answer per column, in the order of
/// ``Comparison/columns``.
public struct ComparisonColumn: Hashable, Sendable {
    public var rater: RaterCode
    public var role: RoleID

    public init(rater: RaterCode, role: RoleID) {
        self.rater = rater
        self.role = role
    }

    /// Whether the column's role is the built-in `role`.
    public func isRole(_ role: BuiltInRole) -> Bool { self.role.rawValue == role.rawValue }

    /// Where the role sorts: self, then supervisor, then peers, then every other role.
    var roleRank: Int {
        if isRole(.self) { return 0 }
        if isRole(.supervisor) { return 1 }
        if isRole(.peer) { return 2 }
        return 3
    }
}

extension ComparisonColumn {
    /// Orders ratings as the columns of a comparison.
    ///
    /// Self first, then supervisor, then peers by rater code, then the other roles by role
    /// and then rater code. Two ratings with the same role and rater keep their given order.
    static func ordered(_ ratings: [Rating]) -> [Rating] {
        let sorted = ratings.enumerated().sorted { lhs, rhs in
            let a = ComparisonColumn(rater: lhs.element.rater, role: lhs.element.role)
            let b = ComparisonColumn(rater: rhs.element.rater, role: rhs.element.role)
            if a.roleRank != b.roleRank { return a.roleRank < b.roleRank }
            if a.role != b.role { return a.role < b.role }
            if a.rater != b.rater { return a.rater < b.rater }
            return lhs.offset < rhs.offset
        }
        return sorted.map(\.element)
    }
}
