/// One rater column of an agreement report: a role (the `number`-th rater of it when the role
/// has several, from 1), or a rater's research code.
public enum AgreementColumn: Hashable, Sendable, CustomStringConvertible {
    case role(RoleID, number: Int?)
    case rater(RaterCode)

    /// The column as an identifier: `self`, `peer 2`, `S01`.
    public var description: String {
        switch self {
        case .role(let role, let number): number.map { "\(role) \($0)" } ?? role.rawValue
        case .rater(let code): code.rawValue
        }
    }
}
