extension SessionMatch {
    /// Why a new session would repeat a stored one, by the rule an import uses to find a
    /// rating's session (``deciding(_:byUUID:uuidDeleted:candidates:)``): among `candidates`
    /// (``SessionStore/sessions(like:)``), a session that is the same conversation or has the
    /// same recording. Nil when none is: the session is new.
    ///
    /// `insist` names the way to create it anyway (`--new-session`).
    public static func repeating(_ draft: SessionDraft, candidates: [Session], insist: String) -> SessionMatchError? {
        repeating(draft, candidates: candidates) { count in
            "nothing created: rate \(count > 1 ? "one of them" : "it") with 'spiegel use N', or create another session with \(insist)"
        }
    }

    /// Why `draft` would repeat one of `candidates`, ending with `anyway(n)`: what was not done
    /// and how to do it all the same, for `n` sessions it repeats (a session edited into
    /// another's conversation says "nothing was changed").
    public static func repeating(_ draft: SessionDraft, candidates: [Session], anyway: (Int) -> String) -> SessionMatchError? {
        let (sameConversation, sameRecording) = kin(of: draft, among: candidates)
        let candidates = (sameConversation + sameRecording).map(\.id).reduce(into: [SessionID]()) { if !$0.contains($1) { $0.append($1) } }
        let anyway = anyway(candidates.count)
        if !sameConversation.isEmpty {
            let recording = sameConversation.contains { session in sameRecording.contains { $0.id == session.id } }
            let described = sameConversation.map { "\($0.id) (\(describe($0, draft)))" }.joined(separator: ", ")
            return SessionMatchError(
                candidates: candidates,
                "this conversation is already session\(sameConversation.count > 1 ? "s" : "") \(described)"
                    + (recording ? ", with the same recording" : "") + "; " + anyway)
        }
        guard let other = sameRecording.first else { return nil }
        let given = ConversationIdentity(instrument: draft.instrument, date: draft.date, header: draft.header)
        let differing = given.differences(from: identity(of: other, draft), here: "given", there: "in session \(other.id)")
        return SessionMatchError(
            candidates: sameRecording.map(\.id),
            "this recording is already that of \(names(sameRecording)), another conversation ("
                + differing.joined(separator: "; ") + "); " + anyway)
    }
}
