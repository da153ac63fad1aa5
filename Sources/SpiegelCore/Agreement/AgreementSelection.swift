/// Which ratings of each session an agreement report compares: two roles, two raters, or all.
///
/// - ``roles(_:_:)``: one rating per role, e.g. `self` against `supervisor`. When a session
///   has several ratings in a role (two peers), the one whose rater code sorts first is taken.
///   Two different roles: a role against itself is no pair (``AgreementSelectionError``); the
///   raters of one role are compared with ``raters(_:_:)`` or ``allRaters``.
/// - ``raters(_:_:)``: the ratings of two different research codes. A rater with ratings in
///   several roles of one session counts with the first in the instrument's role order.
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

    private init(unchecked kind: Kind) { self.kind = kind }

    /// The selection of `kind`; a role or rater compared with itself is refused.
    public init(_ kind: Kind) throws(AgreementSelectionError) {
        switch kind {
        case .roles(let first, let second) where first == second: throw .sameRoleTwice(first)
        case .raters(let first, let second) where first == second: throw .sameRaterTwice(first)
        case .roles, .raters, .allRaters: self.init(unchecked: kind)
        }
    }

    /// One rating of role `first` against one of another role `second` in every session.
    public static func roles(_ first: RoleID, _ second: RoleID) throws(AgreementSelectionError) -> Self {
        try Self(.roles(first, second))
    }

    /// The ratings of rater `first` against those of another rater `second`.
    public static func raters(_ first: RaterCode, _ second: RaterCode) throws(AgreementSelectionError) -> Self {
        try Self(.raters(first, second))
    }

    /// Self against the supervisor, the comparison a coach meets first.
    public static let selfAndSupervisor = Self(
        unchecked: .roles(RoleID(BuiltInRole.`self`.rawValue), RoleID(BuiltInRole.supervisor.rawValue)))

    /// Every rating of every session, one column per role slot.
    public static let allRaters = Self(unchecked: .allRaters)

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

/// Why two roles or raters make no pair to compare.
public enum AgreementSelectionError: Error, Hashable, Sendable, CustomStringConvertible {
    case sameRoleTwice(RoleID)
    case sameRaterTwice(RaterCode)

    public var description: String {
        switch self {
        case .sameRoleTwice(let role):
            "the pair names role '\(role.rawValue.escapedForTerminal)' twice: give two different roles (e.g. self and supervisor), "
                + "or compare the raters of one role by their codes or all raters together"
        case .sameRaterTwice(let rater):
            "the pair names rater '\(rater.rawValue.escapedForTerminal)' twice: give two different rater codes"
        }
    }
}
