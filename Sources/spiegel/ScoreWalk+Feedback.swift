import Dispatch
import Foundation
import SpiegelCore

extension ScoreWalk {
    /// Asks for the whole list of strong points, then of work points, and saves the
    /// difference from the current choice; a list that breaks the instrument's rule is asked
    /// again.
    mutating func askFeedback(_ progress: WalkProgress) throws -> Move {
        let rule = instrument.feedback
        Terminal.print(
            lines: "\n"
                + "Strong points and work points: up to \(rule.strengths) and \(rule.workPoints) items; '-' chooses none.".wrapped(
                    width: width))
        while true {
            var wanted = feedback
            for kind in [FeedbackKind.strength, .workPoint] where (kind == .strength ? rule.strengths : rule.workPoints) > 0 {
                switch askList(kind, now: kind == .strength ? feedback.strengths : feedback.workPoints) {
                case .success(let items):
                    if kind == .strength { wanted.strengths = items } else { wanted.workPoints = items }
                case .failure(let out): return out.move
                }
            }
            let change = FeedbackChange(from: feedback, to: wanted)
            do {
                if let problem = wanted.repetition { throw problem }
                _ = try feedback.applying(change.checked(against: instrument), rule: rule).checked(
                    scores: answers.map { Score(item: $0.key, answer: $0.value) })
            } catch {
                Terminal.print("  \(error)")
                continue
            }
            if !change.isEmpty { try progress.saving { try saveFeedback(change) } }
            feedback = wanted
            return .next
        }
    }

    /// A list of items for one kind of point; the move when the rater navigates instead.
    private func askList(_ kind: FeedbackKind, now: [ItemID]) -> Result<[ItemID], MoveOut> {
        while true {
            let shown = now.isEmpty ? "none" : now.map(\.rawValue.escapedForTerminal).joined(separator: " ")
            Terminal.print("  \(kind.rawValue)s (now \(shown))> ", terminator: "")
            guard let line = readLine() else { return .failure(MoveOut(endOfInput())) }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text == ">" { return .success(now) }
            if text == "-" { return .success([]) }
            if let move = navigation(text) {
                if case .stay = move { continue }
                return .failure(MoveOut(move))
            }
            // Checked with the whole change (known rated items, each once) when both lists are in.
            return .success(text.split(whereSeparator: { $0 == " " || $0 == "," }).map { ItemID(String($0)) })
        }
    }

    private func saveFeedback(_ change: FeedbackChange) throws -> RatingChangeOutcome {
        try ScoreCommand.saving { try saveChange(RatingChange(feedback: change, feedbackRule: instrument.feedback)) }
    }
}

/// A navigation move carried out of a list question.
struct MoveOut: Error {
    var move: ScoreWalk.Move
    init(_ move: ScoreWalk.Move) { self.move = move }
}

/// What the walk has saved so far, shared with the Ctrl-C handler: a save and the handler
/// never run at once, so an interrupt reports every answer saved and cuts none in half.
final class WalkProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var saved: RatingChangeOutcome
    private let interruptLine: @Sendable (RatingChangeOutcome) -> String
    private var source: (any DispatchSourceSignal)?

    init(_ start: RatingChangeOutcome, interruptLine: @escaping @Sendable (RatingChangeOutcome) -> String) {
        saved = start
        self.interruptLine = interruptLine
    }

    var outcome: RatingChangeOutcome { lock.withLock { saved } }

    /// Runs one save and adds what it changed.
    func saving(_ write: () throws -> RatingChangeOutcome) throws {
        try lock.withLock {
            let outcome = try write()
            saved.changes += outcome.changes
            saved.scoredItems = outcome.scoredItems
            saved.feedback = outcome.feedback
            saved.feedbackChanged = saved.feedbackChanged || outcome.feedbackChanged
        }
    }

    /// From now on Ctrl-C reports what was saved and exits with status 130.
    func catchInterrupt() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [self] in
            lock.lock()
            Terminal.print("\n\(lines: interruptLine(saved))")
            exit(130)
        }
        source.resume()
        self.source = source
    }

    func releaseInterrupt() {
        source?.cancel()
        signal(SIGINT, SIG_DFL)
    }
}

/// The texts the walk shows besides the items themselves.
enum WalkText {
    /// The answers an item takes: its scale's levels and not-applicable codes, ja / nee, …
    static func choices(_ item: Item, in instrument: Instrument) -> String {
        switch item.kind {
        case .rating(let scaleID, _):
            guard let scale = scaleID.flatMap(instrument.scale) else { return "" }
            return
                (scale.levels.map { "\($0.code ?? String($0.value)) = \($0.label.original)" }
                + scale.notApplicable.map { "\($0.code) = \($0.label.original)" })
                .joined(separator: "   ")
        case .check: return "ja / nee"
        case .choice(let options, _): return options.map(\.id.rawValue).joined(separator: " / ")
        case .number(let spec):
            return
                "a number from \(Answer.number(current: spec.minimum, desired: nil).typed) to \(Answer.number(current: spec.maximum, desired: nil).typed)"
                + (spec.step.map { " in steps of \(Answer.number(current: $0, desired: nil).typed)" } ?? "")
        case .text: return "a text"
        }
    }

    /// The rater's evidence about an item or one of its indicators, in time order.
    static func evidence(for item: Item, in evidence: [StoredEvidence]) -> [StoredEvidence] {
        evidence.filter { stored in
            stored.evidence.item == item.id || item.indicators.contains { $0.id == stored.evidence.indicator }
        }
    }
}

/// The width of the terminal the output goes to; 80 when it is not a terminal or unknown.
enum TerminalWidth {
    static var columns: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns >= 20 { return columns }
        return 80
    }
}
