import ArgumentParser
import SpiegelCore
import SpiegelStore

/// The sessions of one instrument version with their ratings, as the commands across sessions
/// (`agreement`, `history`) read them.
///
/// The instrument is the one given with `--instrument`; without it, the one the matching
/// sessions use. When they use several, the instrument whose sessions hold what the command
/// needs (`wanted`: ratings in the chosen roles, the coach's code) is taken if it is the only
/// one; otherwise the refusal lists the instruments with their sessions, to choose from.
struct CorpusQuery {
    var instrument: String?
    var fields: [HeaderValue] = []
    var from: String?
    var to: String?
    /// Whether a session holds what the command needs.
    var wanted: (Session, [Rating]) -> Bool = { _, _ in true }
    /// What `wanted` looks for, in words: "ratings in the roles self and supervisor".
    var wantedDescription = "ratings"
    /// The person codes the command looks for (`--coach`, `--raters`): one in another case
    /// than the stored one is refused (did you mean C07?), since it would match nothing.
    var codes: [String] = []

    /// Refuses a `--from` or `--to` that is not a day, and a period that ends before it starts
    /// (it would match nothing): the one check of every command that filters by date.
    static func checkDates(from: String?, to: String?) throws {
        for day in [from, to].compactMap({ $0 }) where CalendarDate(day) == nil {
            throw ValidationError("'\(day)' is not a date: expected \(CalendarDate.expected)")
        }
        if let from, let to, let start = CalendarDate(from), let end = CalendarDate(to), start > end {
            throw ValidationError("--from \(from) is after --to \(to): the period would hold no day; give the earlier day with --from")
        }
    }

    /// The instrument version most of the matching sessions use (ties: the later one) and every
    /// matching session of that instrument; sessions of other versions stay in, the engine
    /// counts and skips them.
    func load(from store: SQLiteStore, evidence: Bool) throws -> (instrument: Instrument, sessions: [(session: Session, ratings: [Rating])])
    {
        for code in codes { try store.checkCodeCase(code) }
        let filter = SessionFilter(instrument: instrument.map { InstrumentID($0) }, fields: fields, from: from, to: to)
        let sessions = try oneInstrument(try store.sessionsWithRatings(matching: filter, evidence: evidence))
        guard let id = sessions.first?.session.instrument.id else {
            throw CLIError(
                "no sessions match\(instrument.map { " (instrument \($0))" } ?? "")\(from == nil && to == nil ? "" : " in that period")"
            )
        }
        var counts: [ContentHash: (count: Int, last: SessionID)] = [:]
        for (session, _) in sessions {
            let current = counts[session.instrument.hash] ?? (0, session.id)
            counts[session.instrument.hash] = (current.count + 1, max(current.last, session.id))
        }
        let hash = counts.max { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }!.key
        guard let chosen = try store.instrument(hash) else {
            throw CLIError("the store lacks instrument \(id) (\(hash.short))")
        }
        return (chosen, sessions)
    }

    /// The sessions of the one instrument they use, or of the only one whose sessions are wanted.
    private func oneInstrument(_ sessions: [(session: Session, ratings: [Rating])]) throws -> [(session: Session, ratings: [Rating])] {
        let ids = Set(sessions.map(\.session.instrument.id))
        guard ids.count > 1 else { return sessions }
        let wantedIDs = Set(sessions.filter { wanted($0.session, $0.ratings) }.map(\.session.instrument.id))
        if wantedIDs.count == 1, let id = wantedIDs.first { return sessions.filter { $0.session.instrument.id == id } }
        let listed = ids.sorted { $0.rawValue < $1.rawValue }.map { id in
            let all = sessions.filter { $0.session.instrument.id == id }
            let with = all.count { wanted($0.session, $0.ratings) }
            return "\(id) (\(all.count) session\(all.count == 1 ? "" : "s"), \(with) with \(wantedDescription))"
        }
        throw CLIError("the sessions use several instruments: \(listed.joined(separator: "; ")); choose one with --instrument ID")
    }
}
