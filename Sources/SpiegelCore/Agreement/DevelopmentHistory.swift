/// A coach's development over time: each role's section means and overall mean, session by
/// session in date order, and the same per coach–jongere pair.
///
/// The sessions are those whose header field `coachField` holds the coach's code exactly and
/// that were made with this instrument (same content hash); sessions of the coach made with
/// another instrument version are counted in ``skippedOtherInstrument``, never mixed in. Sessions
/// are ordered by date, ties by session id. ``pairs`` groups them by the value of `pairField`,
/// in the order of that value (sessions without one last); it is empty when `pairField` is nil.
public struct DevelopmentHistory: Hashable, Sendable {
    public let instrument: InstrumentReference
    /// The coach's research code.
    public let coach: String
    /// Every session of the coach, in date order.
    public let entries: [Entry]
    /// The same sessions grouped per pair, each group in date order.
    public let pairs: [Pair]
    /// Sessions of the coach made with another instrument or version.
    public let skippedOtherInstrument: Int

    /// The history of `coach` over `sessions` (any order, any coach).
    public init(
        instrument: Instrument, sessions: [(session: Session, ratings: [Rating])], coach: String, coachField: FieldID = "coach",
        pairField: FieldID? = "jongere"
    ) {
        let reference = InstrumentReference(instrument)
        let mine = sessions.filter { $0.session.value(of: coachField) == coach }
        let included = mine.filter { $0.session.instrument.hash == reference.hash }
            .sorted { ($0.session.date, $0.session.id) < ($1.session.date, $1.session.id) }
        let entries = included.map { Self.entry($0.session, $0.ratings, instrument: instrument, pairField: pairField) }
        self.instrument = reference
        self.coach = coach
        self.entries = entries
        self.pairs = pairField == nil ? [] : Self.grouped(entries)
        self.skippedOtherInstrument = mine.count - included.count
    }

    /// One session's entry: the ratings grouped per role, each role's ratings in rater order.
    private static func entry(_ session: Session, _ ratings: [Rating], instrument: Instrument, pairField: FieldID?) -> Entry {
        let ranks = Dictionary(instrument.roleIDs.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let byRole = Dictionary(grouping: ratings, by: \.role)
        let roles = byRole.keys.sorted { (ranks[$0] ?? ranks.count, $0) < (ranks[$1] ?? ranks.count, $1) }
        let scores = roles.map { role in
            RoleScores(role: role, ratings: byRole[role]!.sorted { $0.rater < $1.rater }, instrument: instrument)
        }
        return Entry(session: session.id, date: session.date, pair: pairField.flatMap { session.value(of: $0) }, roles: scores)
    }

    /// The entries per pair code, codes in ascending order and entries without a code last.
    private static func grouped(_ entries: [Entry]) -> [Pair] {
        let byPair = Dictionary(grouping: entries, by: \.pair)
        let codes = byPair.keys.compactMap { $0 }.sorted()
        let pairs = codes.map { Pair(code: $0, entries: byPair[$0]!) }
        return pairs + (byPair[nil].map { [Pair(code: nil, entries: $0)] } ?? [])
    }
}
