/// One rater's rating of one session as it travels in a rating file: what a coach who scored a
/// video at home sends to the supervisor, who imports it.
///
/// Scores are kept as typed text: the file is read without the instrument, and the importer
/// checks every score against it with ``rating(in:)``.
public struct RatingFile: Hashable, Sendable {
    public var instrument: InstrumentReference
    public var session: SessionDescriptor
    public var rater: RaterCode
    public var role: RoleID
    public var scores: [TypedScore]
    public var feedback: FeedbackChoice
    public var evidence: [Evidence]
    /// When the file was written: ISO 8601, e.g. `2026-11-21T17:00:00Z`.
    public var exported: String

    public init(
        instrument: InstrumentReference, session: SessionDescriptor, rater: RaterCode, role: RoleID, scores: [TypedScore],
        feedback: FeedbackChoice = FeedbackChoice(), evidence: [Evidence] = [], exported: String
    ) {
        self.instrument = instrument
        self.session = session
        self.rater = rater
        self.role = role
        self.scores = scores
        self.feedback = feedback
        self.evidence = evidence
        self.exported = exported
    }

    /// The file for a stored session and one of its ratings; scores as a rater would type them,
    /// citing only evidence the file carries (a citation of evidence deleted before deleting
    /// checked for citations is left out, so that the file can be read back).
    public init(session: Session, rating: Rating, exported: String) {
        let written = Set(rating.evidence.map(\.id))
        self.init(
            instrument: session.instrument, session: SessionDescriptor(session), rater: rating.rater, role: rating.role,
            scores: rating.scores.map {
                TypedScore(item: $0.item, typed: $0.answer.typed, citations: $0.citations.filter(written.contains))
            },
            feedback: rating.feedback, evidence: rating.evidence, exported: exported)
    }
}

/// The session a rating file belongs to, as far as a file can tell: enough to find the
/// session in another store (its uuid, else its video) or to create it there.
public struct SessionDescriptor: Hashable, Sendable {
    /// The session's globally unique id.
    public var uuid: String
    /// The day of the conversation or lesson, `yyyy-mm-dd`.
    public var date: String
    public var video: VideoReference?
    /// Header values in the instrument's field order.
    public var header: [HeaderValue]

    public init(uuid: String, date: String, video: VideoReference?, header: [HeaderValue]) {
        self.uuid = uuid
        self.date = date
        self.video = video
        self.header = header
    }

    /// The descriptor of a stored session.
    public init(_ session: Session) {
        self.init(uuid: session.uuid, date: session.date, video: session.video, header: session.header)
    }

    /// The session to create (or to find by uuid) when importing with this instrument.
    public func draft(with instrument: Instrument) -> SessionDraft {
        SessionDraft(uuid: uuid, instrument: instrument, video: video, header: header, date: date)
    }

    /// The draft, with the instrument's reference computed once by the caller.
    public func draft(with instrument: Instrument, reference: InstrumentReference) -> SessionDraft {
        SessionDraft(uuid: uuid, instrument: instrument, reference: reference, video: video, header: header, date: date)
    }
}

/// One score as the rater typed it (`3`, `nvt`, `ja`, `7/8`), with the evidence it cites.
public struct TypedScore: Hashable, Sendable {
    public var item: ItemID
    public var typed: String
    public var citations: [EvidenceID]

    public init(item: ItemID, typed: String, citations: [EvidenceID] = []) {
        self.item = item
        self.typed = typed
        self.citations = citations
    }
}

extension RatingFile {
    /// The rating, every score parsed and every reference checked against the instrument the
    /// file names.
    ///
    /// Throws for a different instrument (by content hash), an id or version that is not that
    /// of the instrument with the file's hash, a rater code that is not a code (a name), a
    /// role the instrument does not know, an item scored twice or not in the instrument, an
    /// answer the item does not take, feedback or evidence about an unknown item or indicator,
    /// an indicator of another item, evidence given twice, without text, or past the end of
    /// the file's recording, and a citation of evidence that is not in the file: what `note`,
    /// `score` and `session create` refuse.
    public func rating(in instrument: Instrument) throws(AnswerError) -> Rating {
        try rating(in: instrument, hash: instrument.contentHash)
    }

    /// The same, with the instrument's content hash computed once by the caller (an import of
    /// many files made with one instrument hashes it once).
    public func rating(in instrument: Instrument, hash: ContentHash) throws(AnswerError) -> Rating {
        try checkInstrument(instrument, hash: hash)
        let evidence = try checkedEvidence(in: instrument)
        let scores = try parsedScores(in: instrument)
        try checkFeedback(in: instrument, scores: scores)
        return Rating(rater: rater, role: role, scores: scores, feedback: feedback, evidence: evidence)
    }

    private func checkInstrument(_ instrument: Instrument, hash: ContentHash) throws(AnswerError) {
        try self.instrument.check(instrument, hash: hash, in: "the file", madeWith: "was rated with")
        try Self.checkRater(rater, role: role, in: instrument)
    }

    /// Refuses a rater code that is not a code (a name typed in its place) and a role the instrument does not know.
    static func checkRater(_ rater: RaterCode, role: RoleID, in instrument: Instrument) throws(AnswerError) {
        _ = try RaterCode(checking: rater.rawValue)
        guard instrument.roleIDs.contains(role) else {
            let roles = instrument.roleIDs.map(\.rawValue).joined(separator: ", ")
            throw AnswerError("role '\(role.rawValue.escapedForTerminal)' is not a role of \(instrument.id); roles: \(roles)")
        }
    }

    private func parsedScores(in instrument: Instrument) throws(AnswerError) -> [Score] {
        if let repeated = RepeatedScore.first(in: scores) { throw AnswerError(repeated.description) }
        let evidenceIDs = Set(evidence.map(\.id))
        var parsed: [Score] = []
        for score in scores {
            let item = try Self.item(score.item, in: instrument, what: "score")
            if let twice = score.citations.firstRepeated {
                throw AnswerError("the score of item '\(score.item)' cites evidence '\(twice.rawValue.escapedForTerminal)' twice")
            }
            for citation in score.citations where !evidenceIDs.contains(citation) {
                throw AnswerError("the score of item '\(score.item)' cites evidence '\(citation)', which is not in the file")
            }
            let answer = try Answer(parsing: score.typed, for: item, in: instrument)
            parsed.append(Score(item: score.item, answer: answer, citations: score.citations))
        }
        return parsed
    }

    /// The evidence checked as `note` checks it, against the file's recording; each given once.
    private func checkedEvidence(in instrument: Instrument) throws(AnswerError) -> [Evidence] {
        var seen = Set<EvidenceID>()
        var checked: [Evidence] = []
        for piece in evidence {
            guard seen.insert(piece.id).inserted else { throw AnswerError("evidence '\(piece.id)' is given twice") }
            do {
                checked.append(try piece.checked(against: instrument, duration: session.video?.duration))
            } catch {
                throw AnswerError("evidence '\(piece.id.rawValue.escapedForTerminal)': \(error)")
            }
        }
        return checked
    }

    /// The feedback checked as `score` checks it: rated items of the instrument, each once,
    /// not both, within the instrument's limits, none scored as not applicable.
    private func checkFeedback(in instrument: Instrument, scores: [Score]) throws(AnswerError) {
        do {
            _ = try feedback.checked(against: instrument).checked(scores: scores)
        } catch {
            throw AnswerError(error.description)
        }
    }

    /// The item with this id, or an error that names it and what referred to it.
    private static func item(_ id: ItemID, in instrument: Instrument, what: String) throws(AnswerError) -> Item {
        guard let item = instrument.item(id) else {
            throw AnswerError("\(what): item '\(id)' is not in \(instrument.id) \(instrument.version)")
        }
        return item
    }
}

extension InstrumentReference {
    /// Refuses `instrument` (whose content hash is `hash`) unless it is the one this reference
    /// names: the same hash, and the id and version that go with it. `file` names what carries
    /// the reference in the message ("the file", "the invitation").
    func check(_ instrument: Instrument, hash: ContentHash, in file: String, madeWith: String) throws(AnswerError) {
        guard hash == self.hash else {
            throw AnswerError(
                "\(file) \(madeWith) \(id.rawValue.escapedForTerminal) \(version.escapedForTerminal) (\(self.hash.short)), "
                    + "not with \(instrument.id) \(instrument.version) (\(hash.short))")
        }
        guard id == instrument.id, version == instrument.version else {
            throw AnswerError(
                "\(file) names instrument \(id.rawValue.escapedForTerminal) \(version.escapedForTerminal), "
                    + "but its hash (\(hash.short)) is that of \(instrument.id) \(instrument.version); \(file) was altered")
        }
    }
}
