/// Where one rater's rating of one session lives: the session, the rater's code and role.
public struct RaterSlot: Hashable, Sendable, CustomStringConvertible {
    public var session: SessionID
    public var rater: RaterCode
    public var role: RoleID

    public init(session: SessionID, rater: RaterCode, role: RoleID) {
        self.session = session
        self.rater = rater
        self.role = role
    }

    public var description: String { "session \(session), rater \(rater) as \(role)" }
}

/// A session to create.
public struct SessionDraft: Sendable {
    public var uuid: String?
    public let instrument: Instrument
    /// The instrument's id, version and content hash, computed once.
    public let reference: InstrumentReference
    public var video: VideoReference?
    public var header: [HeaderValue]
    public var date: String

    public init(uuid: String? = nil, instrument: Instrument, video: VideoReference?, header: [HeaderValue], date: String) {
        self.init(uuid: uuid, instrument: instrument, reference: InstrumentReference(instrument), video: video, header: header, date: date)
    }

    /// A draft whose instrument reference the caller computed before (hashing an instrument
    /// costs more than the rest of an import); `reference` must be `InstrumentReference(instrument)`.
    public init(
        uuid: String? = nil, instrument: Instrument, reference: InstrumentReference, video: VideoReference?, header: [HeaderValue],
        date: String
    ) {
        assert(reference == InstrumentReference(instrument), "the reference is not that of the instrument")
        self.uuid = uuid
        self.instrument = instrument
        self.reference = reference
        self.video = video
        self.header = header
        self.date = date
    }
}

/// Which sessions to list.
public struct SessionFilter: Sendable {
    public var instrument: InstrumentID?
    /// Sessions whose header has this value in this field (e.g. coach = C07).
    public var fields: [HeaderValue]
    /// Sessions on or after / on or before these days (`yyyy-mm-dd`).
    public var from: String?
    public var to: String?

    public init(instrument: InstrumentID? = nil, fields: [HeaderValue] = [], from: String? = nil, to: String? = nil) {
        self.instrument = instrument
        self.fields = fields
        self.from = from
        self.to = to
    }
}

/// A piece of evidence as stored: its number for editing, whose it is, its current content.
public struct StoredEvidence: Hashable, Sendable {
    public var number: Int64
    public var slot: RaterSlot
    public var evidence: Evidence
    public var revisionCount: Int

    public init(number: Int64, slot: RaterSlot, evidence: Evidence, revisionCount: Int) {
        self.number = number
        self.slot = slot
        self.evidence = evidence
        self.revisionCount = revisionCount
    }
}

/// One revision in a history: when, from where, by whom, and the value (nil: deleted or cleared).
public struct Revision<Value: Hashable & Sendable>: Hashable, Sendable {
    public var recordedAt: String
    public var origin: String
    /// The rater who made the revision, where the history records it (evidence); nil where the
    /// history belongs to one rater anyway (a rating's scores) or predates the record.
    public var rater: RaterCode?
    public var value: Value?

    public init(recordedAt: String, origin: String, rater: RaterCode? = nil, value: Value?) {
        self.recordedAt = recordedAt
        self.origin = origin
        self.rater = rater
        self.value = value
    }
}

/// The rater context that makes typing while a video plays short: the current session,
/// rater and role.
public struct RatingContext: Hashable, Sendable {
    public var session: SessionID?
    public var rater: RaterCode?
    public var role: RoleID?

    public init(session: SessionID? = nil, rater: RaterCode? = nil, role: RoleID? = nil) {
        self.session = session
        self.rater = rater
        self.role = role
    }
}

/// What importing one rating file did.
public struct ImportOutcome: Hashable, Sendable {
    public var session: SessionID
    public var createdSession: Bool
    /// False when the same file was imported before: nothing was added.
    public var imported: Bool
    public var changedScores: Int
    public var addedEvidence: Int
    public var changedEvidence: Int

    /// What differs between the file and the session it was attached to, one phrase each.
    public var notes: [String] = []

    public init(session: SessionID, createdSession: Bool, imported: Bool, changedScores: Int, addedEvidence: Int, changedEvidence: Int) {
        self.session = session
        self.createdSession = createdSession
        self.imported = imported
        self.changedScores = changedScores
        self.addedEvidence = addedEvidence
        self.changedEvidence = changedEvidence
    }
}

/// What withdrawing a person removed (or would remove).
public struct WithdrawalReport: Hashable, Sendable {
    public var code: String
    public var sessions: [SessionID]
    public var ratings: Int
    public var scoreRevisions: Int
    public var evidence: Int
    public var headerValues: Int
    /// The code as the store holds it, in each case found (the code is looked up ignoring case).
    public var storedCodes: [String] = []
    /// How many past revisions' texts mention the code (emptied by the withdrawal).
    public var pastTexts = 0
    /// Current texts that mention the code, which a withdrawal leaves for the user to rewrite.
    public var mentions: [CodeMention] = []
    /// Whether the current rater set with `spiegel use` is the code (the withdrawal clears it and its role).
    public var clearsContext = false

    public init(
        code: String, sessions: [SessionID] = [], ratings: Int = 0, scoreRevisions: Int = 0, evidence: Int = 0, headerValues: Int = 0
    ) {
        self.code = code
        self.sessions = sessions
        self.ratings = ratings
        self.scoreRevisions = scoreRevisions
        self.evidence = evidence
        self.headerValues = headerValues
    }

    /// Whether there is nothing to remove (mentions are not removed, only reported).
    public var isEmpty: Bool {
        sessions.isEmpty && ratings == 0 && evidence == 0 && headerValues == 0 && pastTexts == 0 && !clearsContext
    }
}

/// A failure of the store that the user can act on: one line, what was wrong.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The storage Spiegel's commands depend on. The embedded SQLite store implements it; a
/// shared server database could implement it for a team without touching the engine.
public protocol SessionStore: Sendable {
    func createSession(_ draft: SessionDraft) throws -> Session
    func session(_ id: SessionID) throws -> Session?
    func sessions(matching filter: SessionFilter) throws -> [Session]
    /// The exact instrument a session was made with (a snapshot kept by content hash).
    func instrument(_ hash: ContentHash) throws -> Instrument?
    /// The session with this globally unique id, deleted or not, and whether it was deleted.
    func session(uuid: String) throws -> (session: Session, deleted: Bool)?
    /// The stored sessions (not deleted) of the draft's instrument id that share its recording,
    /// or its day and required identifying header values: what ``SessionMatch`` decides among.
    func sessions(like draft: SessionDraft) throws -> [Session]
    /// Changes a session's day, recording and header values, keeping what they were in its history.
    func updateSession(_ id: SessionID, date: String, video: VideoReference?, header: [HeaderValue]) throws -> Session
    /// Deletes a session: it keeps its ratings and history but is no longer listed, matched or rated.
    func deleteSession(_ id: SessionID) throws
    /// What a session was before each edit and its deletion, oldest first; nil when there is no such session.
    func sessionHistory(_ id: SessionID) throws -> (revisions: [SessionRevision], deletedAt: String?)?

    func addEvidence(_ evidence: Evidence, to slot: RaterSlot) throws -> StoredEvidence
    /// Changes a piece of evidence; only its own rater may (``EvidenceOwnershipError``).
    func updateEvidence(_ number: Int64, to evidence: Evidence, by rater: RaterCode) throws -> StoredEvidence
    /// Deletes a piece of evidence, keeping its history; only its own rater may.
    func deleteEvidence(_ number: Int64, by rater: RaterCode) throws -> StoredEvidence
    func evidence(number: Int64) throws -> StoredEvidence?
    func evidence(in session: SessionID) throws -> [StoredEvidence]
    func evidenceHistory(_ number: Int64) throws -> [Revision<Evidence>]

    /// Records answers as new revisions (only those that differ from the current answer);
    /// returns how many changed. A nil feedback leaves the explicit choice as it is.
    func record(_ scores: [Score], feedback: FeedbackChoice?, for slot: RaterSlot, origin: String) throws -> Int
    func clearScores(_ items: [ItemID], for slot: RaterSlot, origin: String) throws -> Int
    /// Applies one command's change to a rating in one transaction (all of it or nothing):
    /// scores that differ become new revisions, cleared scores a clearing revision, and the
    /// feedback change, applied to the current choice within its rule, a feedback revision.
    func change(_ change: RatingChange, for slot: RaterSlot, origin: String) throws -> RatingChangeOutcome
    /// Every revision of a rater's explicit choice of strong and work points, oldest first.
    func feedbackHistory(for slot: RaterSlot) throws -> [Revision<FeedbackChoice>]
    func ratings(in session: SessionID) throws -> [Rating]
    /// Every matching session with all its current ratings, for work across sessions; with
    /// `evidence: false` without the evidence (statistics do not need it).
    func sessionsWithRatings(matching filter: SessionFilter, evidence: Bool) throws -> [(session: Session, ratings: [Rating])]
    func scoreHistory(for slot: RaterSlot) throws -> [(item: ItemID, revisions: [Revision<Score>])]

    /// Imports one rater's rating in one transaction: all of it or nothing. The session is
    /// found by ``SessionMatch`` or named by `target`.
    func importRating(_ rating: Rating, session: SessionDraft, digest: String, target: ImportTarget) throws -> ImportOutcome
    /// Imports many ratings in one transaction: all of them or none.
    func importRatings(_ batch: [(rating: Rating, session: SessionDraft, digest: String)], target: ImportTarget) throws -> [ImportOutcome]

    func context() throws -> RatingContext
    func setContext(_ context: RatingContext) throws

    /// Removes every trace of a person's code; with `apply: false` only reports what it would remove.
    func withdraw(code: String, apply: Bool) throws -> WithdrawalReport
    /// Refuses a code that differs only in case from one the store holds (``CodeCaseConflict``).
    func checkCodeCase(_ code: String) throws
}

extension SessionStore {
    /// Imports one rating into the session ``SessionMatch`` finds.
    public func importRating(_ rating: Rating, session: SessionDraft, digest: String) throws -> ImportOutcome {
        try importRating(rating, session: session, digest: digest, target: .automatic)
    }

    /// Imports many ratings, each into the session ``SessionMatch`` finds.
    public func importRatings(_ batch: [(rating: Rating, session: SessionDraft, digest: String)]) throws -> [ImportOutcome] {
        try importRatings(batch, target: .automatic)
    }
}
