import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelStore

/// Which store to use: `--store`, else `$SPIEGEL_STORE`, else the user's data folder.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The database file. Also: SPIEGEL_STORE. Default: $XDG_DATA_HOME/spiegel/spiegel.sqlite (~/.local/share/spiegel/spiegel.sqlite).",
            valueName: "file"))
    var path: String?

    static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appending(path: ".local/share").path
        return dataHome + "/spiegel/spiegel.sqlite"
    }

    var resolvedPath: String { Self.resolvedPath(given: path) }

    /// The store `path` names, else the one SPIEGEL_STORE names, else the default.
    static func resolvedPath(given path: String?) -> String {
        path ?? ProcessInfo.processInfo.environment["SPIEGEL_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
    }

    /// Opens the store: `.read` for a command that only reads (the file is left as it was),
    /// `.write` for one that changes what exists, `.create` for one that can start a new store.
    /// Only `.create` makes a missing store (and its folder). A path that is not a regular file
    /// (a named pipe, a device, a folder) is refused before anything is opened or created.
    /// The store is remembered, so that no output of the command can replace it.
    func open(_ access: SQLiteStore.Access = .write) throws -> SQLiteStore {
        let path = resolvedPath
        do {
            try InputFile.checkFile(path, missingAllowed: true)
        } catch {
            throw CLIError("\(error); give a Spiegel store with --store or SPIEGEL_STORE")
        }
        do {
            let store = try SQLiteStore(path: path, access: access)
            ReadFiles.shared.insertStore(path)
            return store
        } catch {
            throw CLIError("\(Self.describe(error))")
        }
    }

    /// The store's error, with what the user can do about it.
    static func describe(_ error: StoreOpeningError) -> String {
        switch error {
        case .missing:
            "\(error); create one with 'spiegel session create' or 'spiegel rating import', or give an existing store with --store or SPIEGEL_STORE"
        case .notAFile, .notSQLite, .otherProgram:
            "\(error); give another path with --store or SPIEGEL_STORE"
        case .newer, .failed:
            error.description
        }
    }
}

/// Whose rating a command is about: flags, else SPIEGEL_SESSION / SPIEGEL_RATER /
/// SPIEGEL_ROLE, else the context set with `spiegel use`.
struct SlotOptions: ParsableArguments {
    @Option(help: "The session (default: SPIEGEL_SESSION, or the one set with 'spiegel use').", completion: Completions.sessionNumbers)
    var session: Int64?
    @Option(help: "The rater's code (default: SPIEGEL_RATER, or 'spiegel use').") var rater: String?
    @Option(help: "The rater's role: self, peer, supervisor, or one the instrument declares (default: SPIEGEL_ROLE, or 'spiegel use').")
    var role: String?

    func sessionID(in store: SessionStore) throws -> SessionID {
        try Self.sessionID(session, in: store)
    }

    /// The session given, else SPIEGEL_SESSION, else the one set with `spiegel use`.
    static func sessionID(_ session: Int64?, in store: SessionStore) throws -> SessionID {
        let environment = ProcessInfo.processInfo.environment
        if let session { return SessionID(session) }
        if let text = environment["SPIEGEL_SESSION"], !text.isEmpty {
            guard let number = Int64(text) else { throw CLIError("SPIEGEL_SESSION='\(text)' is not a session number") }
            return SessionID(number)
        }
        guard let session = try store.context().session else {
            throw CLIError("no session given: add --session N, set SPIEGEL_SESSION, or run 'spiegel use N'")
        }
        return session
    }

    /// The full slot, checked: the session exists, the code looks like a code, the role is known.
    func slot(in store: SessionStore) throws -> (RaterSlot, Session, Instrument) {
        let environment = ProcessInfo.processInfo.environment
        let context = try store.context()
        let (session, instrument) = try SessionLookup.load(try sessionID(in: store), from: store)
        let rater = try Self.raterCode(rater, context: context).rawValue
        // A rater typed in another case would find no rating of theirs (reads) or be refused (writes).
        try store.checkCodeCase(rater)
        guard let role = role ?? environment["SPIEGEL_ROLE"].flatMap({ $0.isEmpty ? nil : $0 }) ?? context.role?.rawValue else {
            throw CLIError("no role given: add --role ROLE, set SPIEGEL_ROLE, or run 'spiegel use --role ROLE'")
        }
        try Self.checkRole(role, in: instrument)
        return (RaterSlot(session: session.id, rater: RaterCode(rater), role: RoleID(role)), session, instrument)
    }

    /// The rater given, else SPIEGEL_RATER, else the one set with `spiegel use`, checked to be a
    /// code (``RaterCode/init(checking:)``).
    static func raterCode(_ rater: String?, context: RatingContext) throws -> RaterCode {
        let environment = ProcessInfo.processInfo.environment
        guard let rater = rater ?? environment["SPIEGEL_RATER"].flatMap({ $0.isEmpty ? nil : $0 }) ?? context.rater?.rawValue else {
            throw CLIError("no rater given: add --rater CODE, set SPIEGEL_RATER, or run 'spiegel use --rater CODE'")
        }
        try checkRaterCode(rater)
        return RaterCode(rater)
    }

    /// Refuses a rater code that is not one (a name such as `Marieke`), wherever it came from.
    static func checkRaterCode(_ code: String) throws {
        do {
            _ = try RaterCode(checking: code)
        } catch {
            throw CLIError("\(error)")
        }
    }

    static func checkRole(_ role: String, in instrument: Instrument) throws {
        guard instrument.roleIDs.contains(RoleID(role)) else {
            throw CLIError(
                "'\(role)' is not a role of \(instrument.id): expected one of \(instrument.roleIDs.map(\.rawValue).joined(separator: ", "))"
            )
        }
    }
}

enum SessionLookup {
    /// A session and the exact instrument it was made with.
    static func load(_ id: SessionID, from store: SessionStore) throws -> (Session, Instrument) {
        guard let session = try store.session(id) else {
            throw CLIError("there is no session \(id); 'spiegel session list' shows the sessions")
        }
        guard let instrument = try store.instrument(session.instrument.hash) else {
            throw CLIError("session \(id): the store lacks its instrument \(session.instrument.id) (\(session.instrument.hash.short))")
        }
        return (session, instrument)
    }
}

extension ParsableArguments {
    /// Runs a body, turning the store's and the engine's errors into one-line CLI errors.
    func reportingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw CLIError("\(error)")
        } catch let error as AnswerError {
            throw CLIError("\(error)")
        } catch let error as VideoTime.ParseError {
            throw CLIError("\(error)")
        }
    }
}
