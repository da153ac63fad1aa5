/// A rater who already rates a session in one role, given another role in the same session.
///
/// One person has one role in a conversation: the coach rating themselves as supervisor, or a
/// peer rating a second time as supervisor, would put the same person's scores on both sides
/// of a comparison (and into a median), so such a rating is refused rather than added.
public struct RoleConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rater as given.
    public var rater: RaterCode
    /// The session both ratings are of.
    public var session: SessionID
    /// The role the rater already has there.
    public var existingRole: RoleID
    /// The role asked for now.
    public var role: RoleID

    public init(rater: RaterCode, session: SessionID, existingRole: RoleID, role: RoleID) {
        self.rater = rater
        self.session = session
        self.existingRole = existingRole
        self.role = role
    }

    public var description: String {
        let rater = rater.rawValue.escapedForTerminal, existing = existingRole.rawValue.escapedForTerminal
        return "\(rater) already rates session \(session) as \(existing), so not as \(role.rawValue.escapedForTerminal) too: "
            + "one person has one role in a session; rate as \(existing) (--role \(existing)), or give the other rater's own code"
    }
}
