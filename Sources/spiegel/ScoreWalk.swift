import Dispatch
import Foundation
import SpiegelCore

/// The interactive walk: each item with its indicators, scale and this rater's evidence for
/// it, then the strong and work points; one answer per line.
///
/// Every answer is saved the moment it is entered (a revision like any score), so stopping
/// in any way — `q`, the end of the input, Ctrl-C, a closed terminal — loses nothing that was
/// entered. Ctrl-C prints what was saved and exits with status 130.
struct ScoreWalk {
    enum Step: Equatable {
        case item(Item)
        case feedback
    }

    /// Where to go after a step.
    enum Move {
        case next, back, stop
        case jump(Int)
        /// Ask the same question again (after help or a wrong jump).
        case stay
    }

    let instrument: Instrument
    let evidence: [StoredEvidence]
    let width: Int
    let steps: [Step]
    let saveChange: (RatingChange) throws -> RatingChangeOutcome
    var answers: [ItemID: Answer]
    var feedback: FeedbackChoice
    private var shownSection: Section?

    init(
        instrument: Instrument, current: Rating?, evidence: [StoredEvidence], width: Int = TerminalWidth.columns,
        save: @escaping (RatingChange) throws -> RatingChangeOutcome
    ) {
        self.instrument = instrument
        self.evidence = evidence
        self.width = width
        saveChange = save
        answers = Dictionary((current?.scores ?? []).map { ($0.item, $0.answer) }) { _, last in last }
        feedback = current?.feedback ?? FeedbackChoice()
        let asksFeedback = instrument.feedback.strengths + instrument.feedback.workPoints > 0
        steps = instrument.items.map(Step.item) + (asksFeedback ? [.feedback] : [])
    }

    static let help = """
        Enter a value per item; add @N to cite evidence #N. Empty or '>' keeps the current value and goes on, \
        '<' goes back, ':ITEM' jumps to an item and ':f' to the strong and work points, '?' shows this, 'q' stops. \
        Each answer is saved as soon as it is entered.
        """

    /// Walks the steps until the last is done or the rater stops; returns what was saved
    /// (added to `earlier`, what the command saved before the walk).
    mutating func run(after earlier: RatingChangeOutcome?, interruptLine: @escaping @Sendable (RatingChangeOutcome) -> String)
        throws -> RatingChangeOutcome
    {
        let progress = WalkProgress(
            earlier ?? RatingChangeOutcome(changes: 0, scoredItems: answers.count, feedback: feedback, feedbackChanged: false),
            interruptLine: interruptLine)
        progress.catchInterrupt()
        defer { progress.releaseInterrupt() }
        Terminal.print(lines: Self.help.wrapped(width: width))
        var index = 0
        while index < steps.count {
            switch try step(steps[index], progress) {
            case .next: index += 1
            case .back: index = max(0, index - 1)
            case .jump(let target): index = target
            case .stop: return progress.outcome
            case .stay: continue
            }
        }
        return progress.outcome
    }

    private mutating func step(_ step: Step, _ progress: WalkProgress) throws -> Move {
        switch step {
        case .item(let item): try ask(item, progress)
        case .feedback: try askFeedback(progress)
        }
    }

    // MARK: Items

    private mutating func ask(_ item: Item, _ progress: WalkProgress) throws -> Move {
        show(item)
        while true {
            let now = answers[item.id].map { " (now \($0.typed.escapedForTerminal))" } ?? ""
            Terminal.print("  \(item.id.rawValue.escapedForTerminal)\(now)> ", terminator: "")
            guard let line = readLine() else { return endOfInput() }
            let text = line.trimmingCharacters(in: .whitespaces)
            if let move = navigation(text) {
                if case .stay = move { continue }
                return move
            }
            let score: Score
            do {
                score = try ScoreInput.parse("\(item.id)=\(text)", instrument: instrument, evidence: evidence)
                _ = try feedback.checked(scores: [score])
            } catch {
                Terminal.print("  \(error)")
                continue
            }
            try progress.saving { try saveChange(RatingChange(scores: [score], feedbackRule: instrument.feedback)) }
            answers[item.id] = score.answer
            return .next
        }
    }

    /// The item with its section (when it changes), indicators, scale and evidence.
    private mutating func show(_ item: Item) {
        if let section = instrument.sections.first(where: { $0.items.contains(item) }), section != shownSection {
            shownSection = section
            Terminal.print(
                lines: "\n" + [section.number.map { "\($0)." }, section.title.original].compactMap { $0 }.joined(separator: " ").shown)
        }
        let title = "\(item.number.map { "\($0). " } ?? "")\(item.prompt.original.shown)  [\(item.id.rawValue.escapedForTerminal)]"
        Terminal.print(lines: "\n" + title.wrapped(width: width))
        for indicator in item.indicators {
            let label = "    \(indicator.id.rawValue.escapedForTerminal)  "
            Terminal.print(
                lines: indicator.label.original.shown.wrapped(
                    width: width, indent: String(repeating: " ", count: label.count), firstIndent: label)
            )
        }
        Terminal.print(lines: WalkText.choices(item, in: instrument).wrapped(width: width, indent: "  "))
        let cited = WalkText.evidence(for: item, in: evidence)
        guard !cited.isEmpty else { return }
        Terminal.print("  your evidence:")
        for stored in cited {
            let line = "#\(stored.number)  " + EvidenceText.line(stored, showRater: false)
            Terminal.print(lines: line.wrapped(width: width, indent: "        ", firstIndent: "    "))
        }
    }

    /// Where a navigation command goes; nil when the line is an answer.
    func navigation(_ text: String) -> Move? {
        switch text {
        case "", ">": return .next
        case "<": return .back
        case "q": return .stop
        case "?":
            Terminal.print(lines: Self.help.wrapped(width: width))
            return .stay
        default:
            guard text.hasPrefix(":") else { return nil }
            return jump(String(text.dropFirst()))
        }
    }

    private func jump(_ target: String) -> Move {
        if let index = steps.firstIndex(where: { if case .item(let item) = $0 { item.id.rawValue == target } else { false } }) {
            return .jump(index)
        }
        if ["f", "feedback"].contains(target), let index = steps.firstIndex(of: .feedback) { return .jump(index) }
        let feedback = steps.contains(.feedback) ? " (':f' is the strong and work points)" : ""
        Terminal.print("  '\(target.escapedForTerminal)' is not an item of \(instrument.id)\(feedback)")
        return .stay
    }

    func endOfInput() -> Move {
        Terminal.print("\n(end of input: every answer entered is saved)")
        return .stop
    }
}

extension String {
    /// An instrument's text on one line: white space as single spaces, control and bidi
    /// characters escaped.
    fileprivate var shown: String { split(whereSeparator: \.isWhitespace).joined(separator: " ").escapedForTerminal }
}
