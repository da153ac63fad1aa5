/// A refusal to delete evidence that a current score still cites: deleting it would leave
/// the score citing evidence that is gone, which no rating file can carry.
public struct CitedEvidenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The evidence that was to be deleted.
    public var number: Int64
    /// The rating the citing scores belong to.
    public var slot: RaterSlot
    /// The current scores that cite it, in item order.
    public var scores: [Score]

    public init(number: Int64, slot: RaterSlot, scores: [Score]) {
        (self.number, self.slot, self.scores) = (number, slot, scores)
    }

    public var description: String {
        let items = scores.map(\.item.rawValue.escapedForTerminal).joined(separator: ", ")
        return "evidence #\(number) is cited by the score of item\(scores.count == 1 ? "" : "s") \(items) (\(slot.rater) as \(slot.role)); "
            + "nothing deleted: drop the citation first"
    }
}
