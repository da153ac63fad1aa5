import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelXML

extension SessionCommand {
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite",
            abstract: "Write an invitation for one rater to rate a session elsewhere (a coach at home).",
            discussion: """
                The invitation (XML, schema: Instruments/spiegel-invitation.xsd, readable by its \
                owner only) carries the session's id, instrument, header, day and recording, and \
                who rates in which role. The rater opens it with 'spiegel session open FILE', \
                rates, and sends back 'spiegel rating export'; 'spiegel rating import' attaches \
                that file to this session by its id.
                """)

        @Argument(help: "The session number.", completion: Completions.sessionNumbers) var session: Int64
        @Option(help: "The code of the rater who is invited (e.g. C07).") var rater: String
        @Option(help: "The role the rater rates in: self, peer, supervisor, or one the instrument declares.") var role: String
        @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open(.read)
            let xml = try reportingErrors {
                let (session, instrument) = try SessionLookup.load(SessionID(self.session), from: opened)
                let code = try RaterCode(checking: rater)
                try opened.checkCodeCase(rater)
                try SlotOptions.checkRole(role, in: instrument)
                let invitation = Invitation(
                    instrument: session.instrument, session: SessionDescriptor(session), rater: code, role: RoleID(role),
                    created: RatingCommand.Export.timestamp())
                return InvitationWriter.xml(invitation)
            }
            guard let output else { return Terminal.write(xml.utf8) }
            try OwnerOnlyFile.write(Data(xml.utf8), to: output)
            Terminal.print(
                "wrote \(output): session \(session) for \(rater) (\(role)); the rater opens it with 'spiegel session open \(output)'")
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open",
            abstract: "Open an invitation: create its session here, with the same id, and make it the current one.",
            discussion: """
                Refuses an invitation whose exact instrument this Spiegel does not have, and one \
                whose session is the same conversation as a stored session, or has its recording, \
                under another id (on a terminal Spiegel asks; --new-session opens it anyway). Give your \
                copy of the recording with --video; when it differs from the invitation's, that is \
                said (the rating is still matched by the session's id). Then rate with 'spiegel \
                note' and 'spiegel score', and send 'spiegel rating export -o FILE'.
                """)

        @Argument(help: "The invitation file.") var file: String
        @Option(help: "Your copy of the video of the recording.") var video: String?
        @Flag(help: "Open the invitation even when a stored session is the same conversation or has the same recording.")
        var newSession = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var search: InstrumentSearchOptions

        func run() throws {
            let invitation = try read()
            let opened = try store.open(.create)
            let (session, created) = try naming(file) {
                try reportingErrors {
                    let instrument = try InstrumentFinder(store: opened, catalog: try search.catalog()).instrument(
                        for: invitation.instrument)
                    var draft = try invitation.draft(with: instrument)
                    if let video { draft.video = try localVideo(video, invited: invitation.session.video) }
                    return try Self.session(for: draft, in: opened, checkingRepeats: !newSession)
                }
            }
            try reportingErrors {
                try opened.setContext(RatingContext(session: session.id, rater: invitation.rater, role: invitation.role))
            }
            Terminal.print(
                "\(created ? "session \(session.id) created" : "session \(session.id) holds this invitation already"): \(SessionText.summary(session))"
            )
            Terminal.print(
                "now rating as \(invitation.rater) (\(invitation.role)); when done: spiegel rating export -o FILE, and send the file")
        }

        /// Runs a body, naming the invitation file in its error.
        private func naming<T>(_ file: String, _ body: () throws -> T) throws -> T {
            do {
                return try body()
            } catch let error as CLIError {
                throw CLIError("\(file): \(error.description)")
            }
        }

        private func read() throws -> Invitation {
            let bytes = try FileReader.read(URL(fileURLWithPath: file), as: .invitation, shownAs: file)
            let reader = try InvitationReader(schemaContents: try FileReader.read(Resources.locate().invitationSchema, as: .schema))
            let (invitation, diagnostics) = reader.read(bytes, source: file)
            guard let invitation else {
                diagnostics.forEach { Terminal.error("\($0)") }
                throw ExitCode(1)
            }
            return invitation
        }

        /// The rater's copy of the recording; says so when it is not the invitation's.
        private func localVideo(_ path: String, invited: VideoReference?) throws -> VideoReference {
            var local = try VideoProbe.reference(for: path, duration: nil)
            if local.duration == nil { local.duration = invited?.duration }
            if let difference = local.difference(from: invited, here: "in your copy", there: "in the invitation") {
                Terminal.print("note: \(difference); the rating is matched by the session's id all the same")
            }
            return local
        }

        /// The session with the invitation's id (ignoring case): found when opened before, else
        /// created, unless (`checkingRepeats`) it would repeat a stored session under another id.
        static func session(for draft: SessionDraft, in store: SQLiteStore, checkingRepeats: Bool) throws -> (Session, Bool) {
            guard let uuid = draft.uuid, let known = try store.session(uuid: uuid) else {
                if checkingRepeats,
                    let repeated = SessionMatch.repeating(draft, candidates: try store.sessions(like: draft), insist: "--new-session")
                {
                    try Create.askToRepeat(repeated)
                }
                return (try store.createSession(draft), true)
            }
            guard !known.deleted else {
                throw CLIError("this invitation's session (session \(known.session.id)) was deleted here; nothing was opened")
            }
            guard known.session.instrument.hash == draft.reference.hash else {
                throw CLIError("session \(known.session.id) has this invitation's id but another instrument; nothing was opened")
            }
            return (known.session, false)
        }
    }
}
