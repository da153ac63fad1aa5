import Foundation
import SpiegelCore
import SpiegelXML

/// Writes corpus ratings as rating files, one file per rating, as `spiegel rating export` writes
/// them: scores in form order as typed, the session's header, video and evidence, readable by
/// the owner only.
///
/// Files are named `s<session>-<role>.xml` with the session number zero-padded to the width of
/// the largest one, so that a sorted listing follows the corpus order. The `exported` stamp is
/// the session's day at 20:00 UTC, so the same seed gives the same bytes on every run.
struct RatingFiles {
    let folder: URL
    /// Digits of the largest session number.
    let width: Int

    init(folder: URL, sessions: Int) throws {
        self.folder = folder
        self.width = String(max(sessions - 1, 0)).count
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes one rating of session `index`; returns the number of bytes written.
    ///
    /// Plain `open`/`write` with mode 0600: with Foundation's `createFile` the 1,000-session
    /// corpus took 9.5 s to write here instead of 0.9 s.
    func write(_ rating: Rating, session draft: SessionDraft, index: Int) throws -> Int {
        let bytes = Array(RatingFileWriter.xml(Self.file(rating, session: draft)).utf8)
        let path = folder.appending(path: "s\(padded(index))-\(rating.role).xml").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw WriteError(path: path, code: errno) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw WriteError(path: path, code: errno) }
        return bytes.count
    }

    /// The rating file of `rating`: what `spiegel rating export` writes for it once imported.
    static func file(_ rating: Rating, session draft: SessionDraft) -> RatingFile {
        let order = Dictionary(draft.instrument.items.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let scores = rating.scores.sorted { (order[$0.item] ?? 0) < (order[$1.item] ?? 0) }
        return RatingFile(
            instrument: draft.reference,
            session: SessionDescriptor(uuid: draft.uuid ?? "", date: draft.date, video: draft.video, header: draft.header),
            rater: rating.rater, role: rating.role,
            scores: scores.map { TypedScore(item: $0.item, typed: $0.answer.typed, citations: $0.citations) },
            feedback: rating.feedback, evidence: rating.evidence, exported: "\(draft.date)T20:00:00Z")
    }

    private func padded(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A rating file that could not be written, with the system's reason.
struct WriteError: Error, CustomStringConvertible {
    let path: String
    let code: Int32

    var description: String { "\(path): cannot be written: \(String(cString: strerror(code)))" }
}
