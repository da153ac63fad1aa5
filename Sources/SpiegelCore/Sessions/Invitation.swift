/// A supervisor's request to one rater to rate one session elsewhere (a coach at home): the
/// session as the supervisor's store knows it, the exact instrument, who rates and in which
/// role. Opening it in the rater's Spiegel creates the same session, with the same uuid, so
/// that the rating file the rater exports is matched to it by that uuid on import.
public struct Invitation: Hashable, Sendable {
    public var instrument: InstrumentReference
    public var session: SessionDescriptor
    public var rater: RaterCode
    public var role: RoleID
    /// When the invitation was written: ISO 8601, e.g. `2026-11-21T17:00:00Z`.
    public var created: String

    public init(instrument: InstrumentReference, session: SessionDescriptor, rater: RaterCode, role: RoleID, created: String) {
        self.instrument = instrument
        self.session = session
        self.rater = rater
        self.role = role
        self.created = created
    }
}

extension Invitation {
    /// The session to create, its instrument, header, rater and role checked as `session
    /// create` and `use` check them. Throws for another instrument than the one with the
    /// invitation's hash, an id or version that is not that instrument's, a header the
    /// instrument refuses, a rater code that is not a code, and a role it does not know.
    public func draft(with instrument: Instrument) throws(AnswerError) -> SessionDraft {
        try self.instrument.check(instrument, hash: instrument.contentHash, in: "the invitation", madeWith: "is for")
        try RatingFile.checkRater(rater, role: role, in: instrument)
        let header = try HeaderValues.check(session.header.map { (field: $0.field.rawValue, value: $0.value) }, against: instrument)
        return SessionDraft(uuid: session.uuid, instrument: instrument, video: session.video, header: header, date: session.date)
    }
}
