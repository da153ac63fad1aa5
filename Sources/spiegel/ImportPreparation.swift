import Crypto
import Dispatch
import Foundation
import SpiegelCore
import SpiegelXML
import Synchronization

/// Reads, validates and checks rating files for an import on several threads, while the
/// store writes the files prepared before them.
///
/// Each worker has its own schema and instrument cache and prepares one contiguous part of a
/// batch; the results come back in file order, so what is written and printed does not
/// depend on the number of threads.
///
/// `@unchecked Sendable`: the workers are mutable (their instrument caches) and are handed to
/// the preparing threads. That is safe because one batch is prepared at a time — ``start(_:)``
/// refuses a second batch while one is under way — and within a batch each worker is used by
/// exactly one thread.
final class ImportPreparation: @unchecked Sendable {
    /// A rating file read, validated against the schema and checked against its instrument.
    struct PreparedFile: Sendable {
        var path: String
        var rating: Rating
        var draft: SessionDraft
        var digest: String

        /// What the import did with the file, as the terminal shows it (the path escaped).
        func describe(_ outcome: ImportOutcome) -> TerminalText {
            let notes = outcome.notes.map { "\n  note: \($0.escapedForTerminal)" }.joined()
            guard outcome.imported else { return "\(path): already imported (session \(outcome.session)); nothing added\(lines: notes)" }
            let where_ = outcome.createdSession ? "new session \(outcome.session)" : "session \(outcome.session)"
            let changes = "\(outcome.changedScores) score change\(outcome.changedScores == 1 ? "" : "s")"
            let evidence = "\(outcome.addedEvidence) new and \(outcome.changedEvidence) changed evidence"
            return "\(path): \(rating.rater) (\(rating.role)) → \(where_): \(changes), \(evidence)\(lines: notes)"
        }
    }

    /// Why a file cannot be imported: each line as it is printed.
    struct Refusal: Error, Sendable {
        var lines: [String]
    }

    typealias Outcome = Result<PreparedFile, Refusal>

    /// A batch being prepared in the background. `@unchecked Sendable`: the outcomes are
    /// written once, before the semaphore is signalled, and read only after waiting on it.
    final class Pending: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var outcomes: [Outcome] = []

        fileprivate func finish(_ outcomes: [Outcome]) {
            self.outcomes = outcomes
            done.signal()
        }

        /// Waits until the batch is prepared.
        func wait() -> [Outcome] {
            done.wait()
            return outcomes
        }
    }

    private let workers: [Worker]
    /// Whether a batch is being prepared.
    private let busy = Atomic<Bool>(false)

    init(schema: [UInt8], store: SessionStore, catalog: InstrumentCatalog, workers count: Int) throws {
        workers = try (0..<max(1, count)).map { _ in
            Worker(reader: try RatingFileReader(schemaContents: schema), finder: InstrumentFinder(store: store, catalog: catalog))
        }
    }

    /// Starts preparing `paths` on the worker threads. One batch at a time: wait for a
    /// batch before starting the next.
    func start(_ paths: ArraySlice<String>) -> Pending {
        precondition(
            busy.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged,
            "a batch is already being prepared")
        let pending = Pending()
        let paths = Array(paths)
        DispatchQueue.global().async { [self] in
            let outcomes = prepare(paths)
            busy.store(false, ordering: .releasing)
            pending.finish(outcomes)
        }
        return pending
    }

    private func prepare(_ paths: [String]) -> [Outcome] {
        let parts = min(workers.count, paths.count)
        guard parts > 1 else { return paths.map(workers[0].prepare) }
        // Part p is paths[p·n/parts ..< (p+1)·n/parts]: contiguous, none empty, sizes within one.
        let count = paths.count
        let results = Mutex([[Outcome]](repeating: [], count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let outcomes = paths[(part * count / parts)..<((part + 1) * count / parts)].map(workers[part].prepare)
            results.withLock { $0[part] = outcomes }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    /// One thread's reader and instruments; used by one thread at a time.
    private final class Worker {
        let reader: RatingFileReader
        let finder: InstrumentFinder
        var instruments = InstrumentCache()

        init(reader: RatingFileReader, finder: InstrumentFinder) {
            self.reader = reader
            self.finder = finder
        }

        func prepare(_ path: String) -> Outcome {
            do {
                return .success(try prepareFile(path))
            } catch let error as FileDiagnostics {
                return .failure(Refusal(lines: error.diagnostics.map(\.description)))
            } catch {
                return .failure(Refusal(lines: ["\(path): error: \(RatingCommand.Import.message(error))"]))
            }
        }

        private func prepareFile(_ path: String) throws -> PreparedFile {
            let bytes = try FileReader.read(URL(fileURLWithPath: path), as: .ratingFile, shownAs: path)
            let (file, diagnostics) = reader.read(bytes, source: path)
            guard let file else { throw FileDiagnostics(diagnostics: diagnostics) }
            let (instrument, reference, header) = try instruments.instrument(for: file.instrument) {
                try finder.instrument(for: file.instrument)
            }
            // The header as `session create` would save it (trimmed, numbers normalised).
            var session = file.session
            session.header = try header.check(file.session.header.map { (field: $0.field.rawValue, value: $0.value) })
            let rating = try file.rating(in: instrument, hash: reference.hash)
            return PreparedFile(
                path: path, rating: rating, draft: session.draft(with: instrument, reference: reference),
                digest: Hexadecimal.string(SHA256.hash(data: bytes)))
        }
    }
}
