/// An instrument id to filter sessions by that the store does not hold: it would match no
/// session, so it is refused with the ids the store does hold.
public struct UnknownInstrumentFilter: Error, Hashable, Sendable, CustomStringConvertible {
    /// The id as given.
    public var given: InstrumentID
    /// The ids of the instruments the store holds, sorted.
    public var held: [InstrumentID]

    public init(given: InstrumentID, held: [InstrumentID]) {
        self.given = given
        self.held = held
    }

    public var description: String {
        let similar = held.first { $0.rawValue.lowercased() == given.rawValue.lowercased() }
        let list =
            held.isEmpty
            ? "the store holds no instrument yet" : "the store holds: " + held.map(\.rawValue.escapedForTerminal).joined(separator: ", ")
        return "no session uses instrument '\(given.rawValue.escapedForTerminal)'"
            + (similar.map { " (did you mean \($0.rawValue.escapedForTerminal)? instrument ids are compared exactly)" } ?? "") + "; \(list)"
    }
}
