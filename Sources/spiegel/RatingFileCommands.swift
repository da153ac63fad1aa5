import ArgumentParser
import Crypto
import Foundation
import SpiegelCore
import SpiegelXML

extension RatingCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one rater's rating (scores, feedback, evidence, instrument hash, session and recording) as a rating file.",
            discussion:
                "The file is XML (schema: Instruments/spiegel-rating.xsd), readable by its owner only. Send it; 'spiegel rating import' reads it."
        )

        @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
        @OptionGroup var slot: SlotOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open()
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
            guard let output else { return print(xml, terminator: "") }
            try OwnerOnlyFile.write(Data(xml.utf8), to: output)
            print("wrote \(output)")
        }

        static func timestamp() -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: Date())
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import rating files: each is validated and added whole or not at all; the same file twice adds nothing.",
            discussion: """
                A rating is attached to its session (the same session id, else the same recording \
                scored with the same instrument), or a new session is created. A rating made with \
                a different instrument structure is refused, saying what differs.
                """)

        @Argument(help: "Rating files.") var files: [String]
        @OptionGroup var store: StoreOptions
        @OptionGroup var search: InstrumentSearchOptions

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give at least one rating file to import") }
        }

        /// Files are read, validated and checked one by one; those that pass are written in
        /// batches of `batchSize`, one transaction each (one fsync instead of hundreds). When a
        /// batch is refused as a whole, its files are written one by one, so each file still
        /// ends up whole or not at all, with its own message.
        static let batchSize = 500

        func run() throws {
            let opened = try store.open()
            let catalog = try search.catalog()
            let reader = try RatingFileReader(schemaContents: try FileReader.read(Resources.locate().ratingSchema, limit: 1 << 20))
            var failed = 0
            var instruments = InstrumentCache()
            var pending: [PreparedFile] = []
            func flush() {
                guard !pending.isEmpty else { return }
                defer { pending.removeAll(keepingCapacity: true) }
                if let outcomes = try? opened.importRatings(pending.map { ($0.rating, $0.draft, $0.digest) }) {
                    for (file, outcome) in zip(pending, outcomes) { print(file.describe(outcome)) }
                    return
                }
                for file in pending {
                    do {
                        print(file.describe(try opened.importRating(file.rating, session: file.draft, digest: file.digest)))
                    } catch {
                        Terminal.error("\(file.path): error: \(Self.message(error))")
                        failed += 1
                    }
                }
            }
            for file in files {
                do {
                    pending.append(try prepare(file, reader: reader, store: opened, catalog: catalog, instruments: &instruments))
                    if pending.count >= Self.batchSize { flush() }
                } catch let error as FileDiagnostics {
                    error.diagnostics.forEach { Terminal.error($0.description) }
                    failed += 1
                } catch {
                    Terminal.error("\(file): error: \(Self.message(error))")
                    failed += 1
                }
            }
            flush()
            if failed > 0 {
                Terminal.error("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") not imported")
                throw ExitCode(1)
            }
        }

        /// A rating file read, validated against the schema and checked against its instrument.
        struct PreparedFile {
            var path: String
            var rating: Rating
            var draft: SessionDraft
            var digest: String

            func describe(_ outcome: ImportOutcome) -> String {
                guard outcome.imported else { return "\(path): already imported (session \(outcome.session)); nothing added" }
                let where_ = outcome.createdSession ? "new session \(outcome.session)" : "session \(outcome.session)"
                return
                    "\(path): \(rating.rater) (\(rating.role)) → \(where_): \(outcome.changedScores) score change\(outcome.changedScores == 1 ? "" : "s"), "
                    + "\(outcome.addedEvidence) new and \(outcome.changedEvidence) changed evidence"
            }
        }

        private func prepare(
            _ path: String, reader: RatingFileReader, store: SessionStore, catalog: InstrumentCatalog, instruments: inout InstrumentCache
        ) throws -> PreparedFile {
            let bytes = try FileReader.read(URL(fileURLWithPath: path), limit: 8 << 20, shownAs: path)
            let (file, diagnostics) = reader.read(bytes, source: path)
            guard let file else { throw FileDiagnostics(diagnostics: diagnostics) }
            let (instrument, reference, header) = try instruments.instrument(for: file.instrument) {
                try InstrumentFinder(store: store, catalog: catalog).instrument(for: file.instrument)
            }
            _ = try header.check(file.session.header.map { (field: $0.field.rawValue, value: $0.value) })
            let rating = try file.rating(in: instrument, hash: reference.hash)
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            return PreparedFile(
                path: path, rating: rating, draft: file.session.draft(with: instrument, reference: reference), digest: digest)
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
        let candidates = try catalog.entries().compactMap(\.result.instrument).filter { $0.id == reference.id }
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
            "the rating was made with \(reference.id) \(reference.version) (\(reference.hash.short)); this Spiegel has \(other.id) \(other.version) "
                + "(\(other.contentHash.short)): \(what). Ratings made with different instrument structures are never compared; "
                + "import it where that version is installed, or add its file to your instruments folder")
    }
}

/// Writes a file readable by its owner only, atomically: a reader never sees half a file.
enum OwnerOnlyFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CLIError("\(path): cannot be written")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot be written: \(String(cString: strerror(errno)))")
        }
    }
}
