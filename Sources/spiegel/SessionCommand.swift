import ArgumentParser
import Foundation
import SpiegelCore

struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Create, list, show, edit and delete sessions (one recorded conversation or lesson each); invite a rater to one.",
        subcommands: [Create.self, List.self, Show.self, Edit.self, Delete.self, Invite.self, Open.self]
    )
}

extension SessionCommand {
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a session for a recording, with the instrument's header values.",
            discussion: """
                Header values are FIELD=VALUE pairs, checked against the instrument's fields: \
                e.g. coach=C07 jongere=J112 gesprek=3 doel="Afspraken stage". The video is \
                referenced, never copied: Spiegel records its path, size, a fingerprint and its \
                duration (given with --duration, or read with ffprobe when it is installed). A \
                session that is the same conversation as a stored one (instrument, day, research \
                codes and conversation number), or has its recording, is refused, naming it (on a \
                terminal Spiegel asks): --new-session creates it anyway.
                """)

        @Argument(help: "The instrument: an id from 'spiegel instrument list' or a file.", completion: Completions.instrumentIDsAndFiles)
        var instrument: String
        @Argument(help: "Header values as FIELD=VALUE.") var values: [String] = []
        @Option(help: "The video file of the recording.") var video: String?
        @Option(help: "The video's duration (mm:ss or hh:mm:ss), when ffprobe cannot read it.") var duration: String?
        @Option(help: "The day of the conversation or lesson, yyyy-mm-dd (default: today).") var date: String?
        @Flag(help: "Make the new session the current one ('spiegel use').") var use = false
        @Flag(help: "Create the session even when a stored session is the same conversation or has the same recording.")
        var newSession = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var search: InstrumentSearchOptions

        func run() throws {
            if duration != nil && video == nil {
                throw CLIError("--duration is the video's duration: give the video with --video FILE too")
            }
            let (instrument, _) = try search.catalog().resolve(self.instrument)
            let session = try reportingErrors {
                let header = try HeaderValues.check(try Self.pairs(values), against: instrument)
                let day = date ?? Self.today()
                guard CalendarDate(day) != nil else { throw CLIError("--date '\(day)' is not a date: expected \(CalendarDate.expected)") }
                let length = try duration.map { try VideoTime(parsingDuration: $0) }
                let reference = try video.map { try VideoProbe.reference(for: $0, duration: length) }
                let opened = try store.open(.create)
                let draft = SessionDraft(instrument: instrument, video: reference, header: header, date: day)
                if !newSession,
                    let repeated = SessionMatch.repeating(draft, candidates: try opened.sessions(like: draft), insist: "--new-session")
                {
                    try Self.askToRepeat(repeated)
                }
                let session = try opened.createSession(draft)
                if use {
                    try opened.setContext(
                        RatingContext(session: session.id, rater: try opened.context().rater, role: try opened.context().role))
                }
                return session
            }
            Terminal.print("session \(session.id) created: \(SessionText.summary(session))")
            if let video = session.video { Terminal.print("  video \(SessionText.recording(video))") }
        }

        /// On a terminal, says which session the new one would repeat and asks whether to
        /// create it anyway (as `rating import` asks where a rating goes); otherwise refuses.
        static func askToRepeat(_ repeated: SessionMatchError) throws {
            guard isatty(STDIN_FILENO) == 1 else { throw CLIError("\(repeated.description)") }
            Terminal.error("\(repeated.description)")
            try Confirmation.ask("Create another session anyway?", skip: false, nothingDone: "nothing created")
        }

        static func pairs(_ values: [String]) throws -> [(field: String, value: String)] {
            try values.map { pair in
                guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                    throw CLIError("'\(pair)' is not a header value: expected FIELD=VALUE, e.g. coach=C07")
                }
                return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
            }
        }

        static func today() -> String {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.locale = Locale(identifier: "en_US_POSIX")
            return formatter.string(from: Date())
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List sessions, filtered by instrument, person code and date.")

        @Option(help: "Only sessions with this instrument id.", completion: Completions.instrumentIDs) var instrument: String?
        @Option(help: "Only sessions whose coach field is this code.") var coach: String?
        @Option(help: "Only sessions with this header value, FIELD=VALUE (repeatable).") var field: [String] = []
        @Option(help: "Only sessions on or after this day (yyyy-mm-dd).") var from: String?
        @Option(help: "Only sessions on or before this day (yyyy-mm-dd).") var to: String?
        @OptionGroup var store: StoreOptions

        func validate() throws { try CorpusQuery.checkDates(from: from, to: to) }

        func run() throws {
            var fields = try Create.pairs(field).map { HeaderValue(field: FieldID($0.field), value: $0.value) }
            if let coach { fields.append(HeaderValue(field: "coach", value: coach)) }
            let filter = SessionFilter(instrument: instrument.map { InstrumentID($0) }, fields: fields, from: from, to: to)
            let sessions = try reportingErrors { try store.open(.read).sessions(matching: filter) }
            var rows = [["SESSION", "DATE", "INSTRUMENT", "HEADER"]]
            rows += sessions.map {
                [String($0.id.rawValue), $0.date, $0.instrument.id.rawValue.escapedForTerminal, SessionText.header($0)]
            }
            Terminal.print(lines: Terminal.table(rows), terminator: "")
            Terminal.print("\(sessions.count) session\(sessions.count == 1 ? "" : "s")")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a session: instrument, recording, header, ratings and evidence.")

        @Argument(help: "The session number (default: the current one).", completion: Completions.sessionNumbers) var session: Int64?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open(.read)
            let id = try SlotOptions.sessionID(session, in: opened)
            try reportingErrors {
                let history = try opened.sessionHistory(id)
                if let deleted = history?.deletedAt { throw CLIError("session \(id) was deleted at \(deleted)") }
                let (session, instrument) = try SessionLookup.load(id, from: opened)
                Terminal.print(
                    lines: SessionText.details(
                        session, instrument: instrument, ratings: try opened.ratings(in: id), evidence: try opened.evidence(in: id))
                        + SessionText.history(history?.revisions ?? [], instrument: instrument),
                    terminator: "")
            }
        }
    }
}
