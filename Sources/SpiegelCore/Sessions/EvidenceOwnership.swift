/// Evidence belongs to the rater who recorded it: a change or deletion by another rater is
/// refused, naming whose it is.
public struct EvidenceOwnershipError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The evidence number.
    public var number: Int64
    /// The rater and role the evidence belongs to.
    public var owner: RaterCode
    public var role: RoleID
    /// The rater who tried to change it.
    public var rater: RaterCode

    public init(number: Int64, owner: RaterCode, role: RoleID, rater: RaterCode) {
        self.number = number
        self.owner = owner
        self.role = role
        self.rater = rater
    }

    public var description: String {
        "evidence #\(number) is rater \(owner.rawValue.escapedForTerminal)'s (\(role.rawValue.escapedForTerminal)): only "
            + "\(owner.rawValue.escapedForTerminal) can change or delete it, not \(rater.rawValue.escapedForTerminal)"
    }
}

extension StoredEvidence {
    /// Refuses a change by any rater but the one the evidence belongs to.
    public func checkOwner(_ rater: RaterCode) throws(EvidenceOwnershipError) {
        guard slot.rater != rater else { return }
        throw EvidenceOwnershipError(number: number, owner: slot.rater, role: slot.role, rater: rater)
    }
}
