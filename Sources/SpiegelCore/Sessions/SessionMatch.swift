/// Where an imported rating is to go.
public enum ImportTarget: Hashable, Sendable {
    /// The session ``SessionMatch`` finds, else a new one.
    case automatic
    /// This session, whatever the file says about its conversation and recording (the
    /// instrument must still be the same).
    case session(SessionID)
    /// A new session, even when a stored one matches.
    case newSession
}

/// The session a rating file belongs to, and what the user should know about the match.
///
/// The rule, for a file made with instrument *I*:
/// 1. A stored session with the file's session id (uuid) is that session. What differs
///    (header, day, recording) is said; a deleted session refuses.
/// 2. Otherwise the candidates are the stored sessions with *I*'s id; of those, the ones whose
///    ``ConversationIdentity`` agrees with the file's (same day, no identifying header value
///    that differs) are *the same conversation*, and the ones whose recording has the file's
///    fingerprint are *the same recording*.
///    - one same conversation, and no other session has the recording: that session (a
///      different recording is said);
///    - several same conversations: the one with the same recording, if exactly one has it;
///      else refused, naming them;
///    - one same conversation but the recording is another session's: refused, naming both;
///    - no same conversation but the same recording: refused, naming the session and what
///      differs (another conversation filmed in the same file is not this session);
///    - nothing: a new session.
///
/// `--session N` and `--new-session` (``ImportTarget``) overrule the rule; what differs is
/// still said.
public struct SessionMatch: Hashable, Sendable {
    /// The stored session, or nil for a new one.
    public var session: SessionID?
    /// What differs between the file and the session, one phrase each.
    public var notes: [String]

    public init(session: SessionID?, notes: [String] = []) {
        self.session = session
        self.notes = notes
    }
}

/// Why a rating file cannot be attached to a session without the user choosing.
public struct SessionMatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The sessions the file could belong to.
    public var candidates: [SessionID]
    public var description: String

    public init(candidates: [SessionID], _ description: String) {
        self.candidates = candidates
        self.description = description
    }
}

extension SessionMatch {
    /// The match for a file's session (`draft`), given the stored session with its uuid (if
    /// any) and the stored sessions of the same instrument id that share its day or its
    /// recording. Deleted sessions are passed only as `byUUID`, with `uuidDeleted` set.
    public static func deciding(
        _ draft: SessionDraft, byUUID: Session?, uuidDeleted: Bool = false, candidates: [Session]
    ) throws(SessionMatchError) -> SessionMatch {
        if let known = byUUID {
            guard !uuidDeleted else {
                throw SessionMatchError(
                    candidates: [known.id],
                    "the rating's session (session \(known.id)) was deleted; nothing imported: attach it to another session with "
                        + "--session N, or import it as a new session with --new-session")
            }
            return SessionMatch(session: known.id, notes: differences(draft, known))
        }
        let file = ConversationIdentity(instrument: draft.instrument, date: draft.date, header: draft.header)
        let (sameConversation, sameRecording) = kin(of: draft, among: candidates)
        if sameConversation.count > 1 {
            let both = sameConversation.filter { session in sameRecording.contains { $0.id == session.id } }
            guard both.count == 1 else { throw several(sameConversation, file) }
            return SessionMatch(session: both[0].id)
        }
        if let only = sameConversation.first {
            if !sameRecording.isEmpty, !sameRecording.contains(where: { $0.id == only.id }) {
                throw SessionMatchError(
                    candidates: [only.id] + sameRecording.map(\.id),
                    "the rating's conversation is that of session \(only.id) (\(describe(only, draft))), but its recording is that of "
                        + "\(names(sameRecording)); nothing imported: choose with --session N, or import it as a new session with --new-session"
                )
            }
            return SessionMatch(session: only.id, notes: differences(draft, only))
        }
        if let other = sameRecording.first {
            throw SessionMatchError(
                candidates: sameRecording.map(\.id),
                "the rating's recording is that of \(names(sameRecording)), but its conversation is not: "
                    + differences(draft, other).joined(separator: "; ")
                    + "; nothing imported: attach it with --session \(other.id) if it is that conversation, "
                    + "or import it as a new session with --new-session")
        }
        return SessionMatch(session: nil)
    }

    /// The candidates that are the same conversation as `draft` (same day, no identifying
    /// header value that differs), and those that have its recording.
    static func kin(of draft: SessionDraft, among candidates: [Session]) -> (sameConversation: [Session], sameRecording: [Session]) {
        let file = ConversationIdentity(instrument: draft.instrument, date: draft.date, header: draft.header)
        return (
            candidates.filter { identity(of: $0, draft).differences(from: file, here: "", there: "").isEmpty },
            candidates.filter { draft.video?.isSameRecording(as: $0.video) == true }
        )
    }

    /// The match a user chose with `--session N`: what differs is said.
    public static func chosen(_ session: Session, for draft: SessionDraft) -> SessionMatch {
        SessionMatch(session: session.id, notes: differences(draft, session))
    }

    /// What differs between a file's session and a stored one: identity and recording.
    public static func differences(_ draft: SessionDraft, _ session: Session) -> [String] {
        let file = ConversationIdentity(instrument: draft.instrument, date: draft.date, header: draft.header)
        let there = "in session \(session.id)"
        return file.differences(from: identity(of: session, draft), here: "in the file", there: there)
            + [draft.video?.difference(from: session.video, here: "in the file", there: there)].compactMap { $0 }
    }

    static func identity(of session: Session, _ draft: SessionDraft) -> ConversationIdentity {
        ConversationIdentity(instrument: draft.instrument, date: session.date, header: session.header)
    }

    private static func several(_ sessions: [Session], _ file: ConversationIdentity) -> SessionMatchError {
        let fields = (["date"] + file.values.map(\.field.rawValue)).joined(separator: ", ")
        return SessionMatchError(
            candidates: sessions.map(\.id),
            "the rating fits \(names(sessions)) (the same \(fields)), and the recording does not tell them apart; "
                + "nothing imported: choose with --session N")
    }

    /// "session 3" or "sessions 1 and 4".
    static func names(_ sessions: [Session]) -> String {
        let numbers = sessions.map { String($0.id.rawValue) }
        guard numbers.count > 1 else { return "session " + numbers.joined() }
        return "sessions " + numbers.dropLast().joined(separator: ", ") + " and " + numbers[numbers.count - 1]
    }

    static func describe(_ session: Session, _ draft: SessionDraft) -> String {
        let identity = identity(of: session, draft)
        return ([identity.date] + identity.values.map { "\($0.field)=\($0.value.escapedForTerminal)" }).joined(separator: " ")
    }
}
