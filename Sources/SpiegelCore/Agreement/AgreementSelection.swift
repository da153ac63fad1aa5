/// Which ratings of each session an agreement report compares: two roles, two raters, or all.
///
/// - ``roles(_:_:)``: one rating per role, e.g. `self` against `supervisor`. When a session
///   has several ratings in a role (two peers), the one whose rater code sorts first is taken.
///   The same role twice (`peer` against `peer`) compares the first and the second rater of
///   that role.
/// - ``raters(_:_:)``: the ratings of two research codes. A rater with ratings in several roles
///   of one session counts with the first in the instrument's role order.
/// - ``allRaters``: every rating of a session is one rater column. Columns are matched across
///   sessions by role and rank within the role (self, first peer, second peer, supervisor, …),
///   so the judges of an ICC are those role slots. Cohen's kappa and percent agreement compare
///   two raters only and are reported as not computed.
public struct AgreementSelection: Hashable, Sendable, CustomStringConvertible {
    /// The three ways of choosing ratings.
    public enum Kind: Hashable, Sendable {
        case roles(RoleID, RoleID)
        case raters(RaterCode, RaterCode)
        case allRaters
    }

    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// One rating of role `first` against one of role `second` in every session.
    public static func roles(_ first: RoleID, _ second: RoleID) -> Self { Self(.roles(first, second)) }

    /// The ratings of rater `first` against those of rater `second`.
    public static func raters(_ first: RaterCode, _ second: RaterCode) -> Self { Self(.raters(first, second)) }

    /// Every rating of every session, one column per role slot.
    public static let allRaters = Self(.allRaters)

    /// Whether exactly two ratings per session are compared, so that two-rater statistics apply.
    public var isPairwise: Bool { kind != .allRaters }

    /// How a report names the selection: `self vs supervisor`, `rater C1 vs rater S2`, `all raters`.
    public var description: String {
        switch kind {
        case .roles(let first, let second): "\(first) vs \(second)"
        case .raters(let first, let second): "rater \(first) vs rater \(second)"
        case .allRaters: "all raters"
        }
    }
}
