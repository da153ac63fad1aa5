import ArgumentParser
import Crypto
import Foundation
import SpiegelCore
import SpiegelXML

extension RatingCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write one rater's rating (scores, feedback, evidence, instrument hash, session and recording) as a rating file.",
            discussion:
                "The file is XML (schema: Instruments/spiegel-rating.xsd), readable by its owner only. Send it; 'spiegel rating import' reads it."
        )

        @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
        @OptionGroup var slot: SlotOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open(.read)
            let xml = try reportingErrors {
                let (slot, session, instrument) = try self.slot.slot(in: opened)
                guard var rating = try opened.ratings(in: slot.session).first(where: { $0.rater == slot.rater && $0.role == slot.role })
                else {
                    throw CLIError("\(slot) has no rating to export")
                }
                let order = Dictionary(instrument.items.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
                rating.scores.sort { (order[$0.item] ?? 0) < (order[$1.item] ?? 0) }
                return RatingFileWriter.xml(RatingFile(session: session, rating: rating, exported: Self.timestamp()))
            }
            guard let output else { return Terminal.write(xml.utf8) }
            try OwnerOnlyFile.write(Data(xml.utf8), to: output)
            Terminal.print("wrote \(output)")
        }

        static func timestamp() -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: Date())
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import rating files: each is validated and added whole or not at all; the same file twice adds nothing.",
            discussion: """
                A rating is attached to its session: the one with the file's session id; else the \
                one that is the same conversation (instrument, day, research codes and conversation \
                number), saying when its recording differs; else a new session. A file whose \
                recording is that of a session with another conversation, or that fits several \
                sessions, is refused, naming them: choose with --session N or --new-session. A \
                rating made with a different instrument structure is refused, saying what differs.
                """)

        @Argument(help: "Rating files, or folders: every .xml file in a folder and its subfolders, in name order.")
        var files: [String] = []
        @Option(
            name: .customLong("files-from"),
            help: ArgumentHelp("Also import the files listed in this file, one path per line; '-' reads standard input.", valueName: "list")
        )
        var filesFrom: String?
        @Option(help: "How many threads read and check files (default: one less than the cores, at least 1).")
        var jobs: Int?
        @Option(
            help:
                "Attach the ratings to this session, whatever their files say about the conversation and recording (saying what differs).",
            completion: Completions.sessionNumbers
        )
        var session: Int64?
        @Flag(help: "Import the ratings into a new session, even when a session matches.")
        var newSession = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var search: InstrumentSearchOptions

        func validate() throws {
            guard !files.isEmpty || filesFrom != nil else {
                throw ValidationError("give at least one rating file or folder to import, or --files-from LIST")
            }
            if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be from 1 to 256, not \(jobs)") }
            if session != nil && newSession { throw ValidationError("--session N and --new-session exclude each other: give one") }
        }

        /// Where the ratings go: as the files say, a named session, or a new one.
        var target: ImportTarget {
            if let session { return .session(SessionID(session)) }
            return newSession ? .newSession : .automatic
        }

        /// Files are read, validated and checked on `--jobs` threads (every core but one); those
        /// that pass are written on the remaining one, in file order, in batches of `batchSize`,
        /// one transaction each (one fsync instead of hundreds), while the next batch is
        /// prepared. When a batch is refused as a whole, its files are written one by one, so
        /// each file still ends up whole or not at all, with its own message.
        static let batchSize = 500

        func run() throws {
            let files = try FileArguments.expand(files, listFile: filesFrom, suffix: ".xml")
            if newSession && files.count > 1 {
                throw CLIError("--new-session imports one file into a new session; \(files.count) files were given")
            }
            let opened = try store.open(.create)
            let preparation = try ImportPreparation(
                schema: try FileReader.read(Resources.locate().ratingSchema, as: .schema), store: opened,
                catalog: try search.catalog(), workers: jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount - 1))
            var failed = 0
            func write(_ prepared: [ImportPreparation.PreparedFile]) {
                guard !prepared.isEmpty else { return }
                if let outcomes = try? opened.importRatings(prepared.map { ($0.rating, $0.draft, $0.digest) }, target: target) {
                    for (file, outcome) in zip(prepared, outcomes) { Terminal.print(file.describe(outcome)) }
                    return
                }
                for file in prepared {
                    do {
                        Terminal.print(file.describe(try importAsking(file, into: opened)))
                    } catch {
                        Terminal.error("\(file.path): error: \(Self.message(error))")
                        failed += 1
                    }
                }
            }
            let batches = stride(from: 0, to: files.count, by: Self.batchSize).map { files[$0..<min($0 + Self.batchSize, files.count)] }
            var next = batches.first.map(preparation.start)
            for index in batches.indices {
                guard let outcomes = next?.wait() else { break }
                next = index + 1 < batches.count ? preparation.start(batches[index + 1]) : nil
                var prepared: [ImportPreparation.PreparedFile] = []
                for outcome in outcomes {
                    switch outcome {
                    case .success(let file): prepared.append(file)
                    case .failure(let refusal):
                        refusal.lines.forEach { Terminal.error("\($0)") }
                        failed += 1
                    }
                }
                write(prepared)
            }
            if failed > 0 {
                Terminal.error("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") not imported")
                throw ExitCode(1)
            }
        }

        /// Imports one file; when its session is unclear and a terminal is at hand, asks which
        /// of the candidate sessions it belongs to (or a new one) instead of refusing.
        private func importAsking(_ file: ImportPreparation.PreparedFile, into store: SessionStore) throws -> ImportOutcome {
            do {
                return try store.importRating(file.rating, session: file.draft, digest: file.digest, target: target)
            } catch let error as SessionMatchError where isatty(STDIN_FILENO) == 1 {
                Terminal.error("\(file.path): \(error)")
                let numbers = error.candidates.map { String($0.rawValue) }
                Terminal.print(
                    "Attach \(file.path) to session \(numbers.joined(separator: ", ")), or 'new', or nothing to skip: ", terminator: "")
                let answer = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
                let chosen: ImportTarget? =
                    answer == "new" ? .newSession : numbers.contains(answer) ? Int64(answer).map { .session(SessionID($0)) } : nil
                guard let chosen else { throw CLIError("no session chosen; nothing imported") }
                return try store.importRating(file.rating, session: file.draft, digest: file.digest, target: chosen)
            }
        }

        static func message(_ error: any Error) -> String {
            switch error {
            case let error as FileError: error.reason
            default: "\(error)"
            }
        }
    }
}

/// The instruments an import has found, by the hash the files name, each with its reference
/// computed once: hashing an instrument costs more than reading a rating file.
struct InstrumentCache {
    private var found: [ContentHash: (instrument: Instrument, reference: InstrumentReference, header: HeaderValues.Checker)] = [:]

    /// The instrument a file names, its reference and its header checks; `find` runs only the
    /// first time a hash is asked for.
    mutating func instrument(
        for reference: InstrumentReference, find: () throws -> Instrument
    ) throws -> (Instrument, InstrumentReference, HeaderValues.Checker) {
        if let known = found[reference.hash] { return (known.instrument, known.reference, known.header) }
        let instrument = try find()
        let computed = InstrumentReference(instrument)
        let header = HeaderValues.Checker(instrument)
        found[reference.hash] = (instrument, computed, header)
        return (instrument, computed, header)
    }
}

/// Diagnostics of one file that could not be read.
struct FileDiagnostics: Error {
    var diagnostics: [Diagnostic]
}

/// Finds the exact instrument a rating file was made with: in the store (by hash), else among
/// the instruments Spiegel can find. Refuses, saying what differs, when only another version exists.
struct InstrumentFinder {
    let store: SessionStore
    let catalog: InstrumentCatalog

    func instrument(for reference: InstrumentReference) throws -> Instrument {
        if let stored = try store.instrument(reference.hash) { return stored }
        let candidates = catalog.entries().compactMap(\.result.instrument).filter { $0.id == reference.id }
        if let exact = candidates.first(where: { $0.contentHash == reference.hash }) { return exact }
        guard let other = candidates.first else {
            throw CLIError(
                "the rating was made with instrument '\(reference.id)' \(reference.version), which this Spiegel does not have; add its file to your instruments folder"
            )
        }
        let what =
            other.version == reference.version
            ? "the same version number with different content" : "version \(other.version), not \(reference.version)"
        throw CLIError(
            """
            the rating was made with \(reference.id) \(reference.version) (\(reference.hash.short)); this Spiegel has \(other.id) \(other.version) \
            (\(other.contentHash.short)): \(what). Ratings made with different instrument structures are never compared; \
            import it where that version is installed, or add its file to your instruments folder
            """)
    }
}
