import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelStore

extension SessionCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a session's header values, day or recording; what it was stays in its history.",
            discussion: """
                Header values are FIELD=VALUE pairs that replace the field's value (FIELD= with \
                nothing after the '=' removes an optional field); the result is checked against \
                the instrument as 'session create' checks it. An edit that makes the session the \
                same conversation as another stored session, or gives it another session's \
                recording, is refused, naming it (--allow-repeat changes it anyway). Shows the \
                changes and asks for confirmation (--yes skips it; without a terminal, --yes is required). \
                'spiegel session show N' lists the earlier states.
                """)

        @Argument(help: "The session number.", completion: Completions.sessionNumbers) var session: Int64
        @Argument(help: "Header values to change, as FIELD=VALUE.") var values: [String] = []
        @Option(help: "The new day of the conversation or lesson, yyyy-mm-dd.") var date: String?
        @Option(help: "The new video file of the recording.") var video: String?
        @Option(help: "The video's duration (mm:ss or hh:mm:ss), when ffprobe cannot read it; alone, corrects the recording's duration.")
        var duration: String?
        @Flag(help: "Do not ask for confirmation.") var yes = false
        @Flag(help: "Change the session even when it becomes the same conversation as, or gets the recording of, another session.")
        var allowRepeat = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open()
            let (old, instrument) = try reportingErrors { try SessionLookup.load(SessionID(session), from: opened) }
            let edited = try reportingErrors { try self.edited(old, instrument: instrument) }
            let changes = Self.changes(from: old, to: edited)
            guard !changes.isEmpty else { throw CLIError("nothing to change: session \(old.id) already has these values") }
            try reportingErrors { try Self.checkEvidence(of: old.id, fits: edited.video, in: opened) }
            if !allowRepeat { try reportingErrors { try Self.checkNotRepeating(old, as: edited, instrument: instrument, in: opened) } }
            Terminal.print("Session \(old.id) changes:")
            changes.forEach { Terminal.print("  \($0)") }
            try Confirmation.ask("Change session \(old.id)?", skip: yes, nothingDone: "nothing was changed")
            _ = try reportingErrors { try opened.updateSession(old.id, date: edited.date, video: edited.video, header: edited.header) }
            Terminal.print("session \(old.id) changed; its earlier values are kept in its history ('spiegel session show \(old.id)')")
        }

        /// The session with the typed changes, checked as `session create` checks a new one.
        private func edited(_ old: Session, instrument: Instrument) throws -> Session {
            var typed = old.header.map { (field: $0.field.rawValue, value: $0.value) }
            for (field, value) in try Create.pairs(values) {
                typed.removeAll { $0.field == field }
                if !value.isEmpty { typed.append((field, value)) }
            }
            var new = old
            new.header = try HeaderValues.check(typed, against: instrument)
            if let date {
                guard CalendarDate(date) != nil else { throw CLIError("--date '\(date)' is not a date: expected \(CalendarDate.expected)") }
                new.date = date
            }
            let length = try duration.map { try VideoTime(parsingDuration: $0) }
            if let video {
                new.video = try VideoProbe.reference(for: video, duration: length)
            } else if let length {
                guard new.video != nil else {
                    throw CLIError("session \(old.id) has no video: give it with --video FILE --duration \(length)")
                }
                new.video?.duration = length
            }
            return new
        }

        /// What differs between two states of a session, one line each.
        static func changes(from old: Session, to new: Session) -> [String] {
            var lines: [String] = []
            if old.date != new.date { lines.append("date: \(old.date) → \(new.date)") }
            if old.video != new.video {
                lines.append("video: \(old.video.map(SessionText.recording) ?? "none") → \(new.video.map(SessionText.recording) ?? "none")")
            }
            let fields = (old.header + new.header).map(\.field).reduce(into: [FieldID]()) { if !$0.contains($1) { $0.append($1) } }
            for field in fields where old.value(of: field) != new.value(of: field) {
                let shown = { (value: String?) in value.map { "'\($0.escapedForTerminal)'" } ?? "(none)" }
                lines.append("\(field.rawValue.escapedForTerminal): \(shown(old.value(of: field))) → \(shown(new.value(of: field)))")
            }
            return lines
        }

        /// Refuses an edit that makes the session repeat another stored one (``SessionMatch``'s
        /// rule for a new session) that it did not repeat before.
        static func checkNotRepeating(_ old: Session, as new: Session, instrument: Instrument, in store: SQLiteStore) throws {
            let others = { (session: Session) throws -> (SessionDraft, [Session]) in
                let draft = SessionDraft(instrument: instrument, video: session.video, header: session.header, date: session.date)
                return (draft, try store.sessions(like: draft).filter { $0.id != old.id })
            }
            let (before, beforeCandidates) = try others(old)
            let repeatedBefore = SessionMatch.repeating(before, candidates: beforeCandidates, insist: "")?.candidates ?? []
            let (after, afterCandidates) = try others(new)
            let anyway = { (_: Int) in "nothing was changed: give other values, or change it anyway with --allow-repeat" }
            if let repeated = SessionMatch.repeating(
                after, candidates: afterCandidates.filter { !repeatedBefore.contains($0.id) }, anyway: anyway)
            {
                throw CLIError("session \(old.id): \(repeated.description)")
            }
        }

        /// Refuses a recording shorter than the session's evidence.
        static func checkEvidence(of session: SessionID, fits video: VideoReference?, in store: SessionStore) throws {
            guard let duration = video?.duration else { return }
            for stored in try store.evidence(in: session) {
                if let problem = stored.evidence.timeProblem(within: duration) {
                    throw CLIError("evidence #\(stored.number) does not fit the new recording: \(problem); nothing was changed")
                }
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a session: it is no longer listed, matched on import or rated; its ratings and history are kept.",
            discussion: """
                Shows the session and asks for confirmation (--yes skips it; without a terminal, \
                --yes is required). To remove every trace of a person, use 'spiegel withdraw'.
                """)

        @Argument(help: "The session number.", completion: Completions.sessionNumbers) var session: Int64
        @Flag(help: "Do not ask for confirmation.") var yes = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open()
            let id = SessionID(session)
            let (session, _) = try reportingErrors { try SessionLookup.load(id, from: opened) }
            let ratings = try reportingErrors { try opened.ratings(in: id) }
            Terminal.print("Session \(id): \(SessionText.summary(session))")
            Terminal.print("  \(ratings.count) rating\(ratings.count == 1 ? "" : "s") (kept, with the session's history)")
            try Confirmation.ask("Delete session \(id)?", skip: yes, nothingDone: "nothing was deleted")
            try reportingErrors { try opened.deleteSession(id) }
            Terminal.print("session \(id) deleted")
        }
    }
}

/// Asking the user to confirm a change.
enum Confirmation {
    /// Returns when the user confirms (or `skip` is set); otherwise throws, saying that
    /// `nothingDone`. Without a terminal to ask on, refuses unless `skip` is set.
    static func ask(_ question: String, skip: Bool, nothingDone: String) throws {
        guard !skip else { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CLIError("not confirmed (no terminal to ask on); \(nothingDone): add --yes to confirm")
        }
        Terminal.print("\(question) [y/N] ", terminator: "")
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased(), ["y", "yes", "j", "ja"].contains(answer) else {
            throw CLIError("not confirmed; \(nothingDone)")
        }
    }
}
