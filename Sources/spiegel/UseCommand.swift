import ArgumentParser
import SpiegelCore

struct UseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "use",
        abstract: "Set the current session, rater and role, so each note and score is a short command.",
        discussion: """
            'spiegel use 12 --rater S01 --role supervisor' once, then 'spiegel note 3:12 1c + "…"' \
            while the video plays. Without arguments, shows the current context. The environment \
            variables SPIEGEL_SESSION, SPIEGEL_RATER and SPIEGEL_ROLE override it per terminal.
            """)

    @Argument(help: "The session number.", completion: Completions.sessionNumbers) var session: Int64?
    @Option(help: "The rater's code.") var rater: String?
    @Option(help: "The rater's role.") var role: String?
    @Flag(help: "Forget the current context.") var clear = false
    @OptionGroup var store: StoreOptions

    func run() throws {
        let opened = try store.open()
        if clear {
            try reportingErrors { try opened.setContext(RatingContext()) }
            Terminal.print("context cleared")
            return
        }
        var context = try reportingErrors { try opened.context() }
        if let session { context.session = SessionID(session) }
        if let rater {
            try SlotOptions.checkRaterCode(rater)
            context.rater = RaterCode(rater)
        }
        if let role { context.role = RoleID(role) }
        if session != nil || rater != nil || role != nil {
            if let id = context.session {
                let (_, instrument) = try reportingErrors { try SessionLookup.load(id, from: opened) }
                if let role = context.role { try SlotOptions.checkRole(role.rawValue, in: instrument) }
            }
            try reportingErrors { try opened.setContext(context) }
        }
        Terminal.print(
            "session \(context.session.map { String($0.rawValue) } ?? "-")  rater \(context.rater?.rawValue ?? "-")  role \(context.role?.rawValue ?? "-")"
        )
    }
}
