import ArgumentParser
import Foundation
import SpiegelCore

/// `spiegel score`: a rater's scores, in one line or by walking through the items.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score items in one line (1=3 2=2 11=nvt), or walk through them with --interactive.",
        discussion: """
            ITEM=VALUE sets a score: a level's value or code, a not-applicable code such as nvt, \
            ja/nee, an option, a number (7, or 7/8 for current/desired). ITEM=VALUE@N,M cites \
            evidence #N and #M. --strength and --work-point add a strong or work point and \
            keep the others; --no-strength and --no-work-point remove one. Every change is a \
            new revision: the earlier value stays in the history ('spiegel rating show \
            --history'). Nothing is saved when any value is wrong. The --interactive walk \
            saves each answer as it is entered, so Ctrl-C or the end of the input loses \
            nothing; type ? in the walk for its keys (back, jump to an item, strong and work \
            points).
            """)

    @Argument(help: "Scores as ITEM=VALUE, optionally ITEM=VALUE@EVIDENCE,…") var scores: [String] = []
    @Flag(name: .shortAndLong, help: "Walk through the items, showing each item's indicators, scale and evidence.") var interactive = false
    @Option(help: "Add an item as a strong point, keeping the others (repeatable).") var strength: [String] = []
    @Option(name: .customLong("work-point"), help: "Add an item as a work point, keeping the others (repeatable).") var workPoint:
        [String] =
            []
    @Option(name: .customLong("no-strength"), help: "Remove an item from the strong points (repeatable).") var noStrength: [String] = []
    @Option(name: .customLong("no-work-point"), help: "Remove an item from the work points (repeatable).") var noWorkPoint: [String] = []
    @Option(help: "Remove the score of this item (repeatable); the history keeps it.") var clear: [String] = []
    @OptionGroup var slot: SlotOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        let feedback = [strength, workPoint, noStrength, noWorkPoint].joined()
        if scores.isEmpty && !interactive && feedback.isEmpty && clear.isEmpty {
            throw ValidationError(
                "give scores as ITEM=VALUE (e.g. 1=3 2=2 11=nvt), --interactive, --strength, --work-point, --no-strength, "
                    + "--no-work-point or --clear")
        }
    }

    func run() throws {
        let opened = try store.open()
        try reportingErrors {
            let (slot, _, instrument) = try self.slot.slot(in: opened)
            // Only a citation (@N) or the walk needs the evidence: a plain score reads none.
            let needsEvidence = interactive || scores.contains { $0.contains("@") }
            let evidence = needsEvidence ? try opened.evidence(in: slot.session).filter { $0.slot == slot } : []
            let change = try self.change(instrument, evidence: evidence)
            var outcome: RatingChangeOutcome?
            if !change.isEmpty { outcome = try Self.saving { try opened.change(change, for: slot, origin: "score") } }
            if interactive {
                let current = try opened.ratings(in: slot.session).first { $0.rater == slot.rater && $0.role == slot.role }
                var walk = ScoreWalk(instrument: instrument, current: current, evidence: evidence) { change in
                    try Self.saving { try opened.change(change, for: slot, origin: "interactive") }
                }
                outcome = try walk.run(after: outcome) { saved in
                    "interrupted: " + Self.summary(saved, slot: slot, instrument: instrument, showFeedback: false)
                }
            }
            guard let outcome else { return }
            Terminal.print(lines: Self.summary(outcome, slot: slot, instrument: instrument, showFeedback: outcome.feedbackChanged))
        }
    }

    /// The change the arguments name, checked against the instrument: every item scored once,
    /// none both scored and cleared, and the feedback by the core's rules.
    private func change(_ instrument: Instrument, evidence: [StoredEvidence]) throws -> RatingChange {
        let typed = try scores.map { try ScoreInput.typed($0, instrument: instrument) }
        if let repeated = RepeatedScore.first(in: typed) { throw CLIError("\(repeated.description)") }
        let parsed = try scores.map { try ScoreInput.parse($0, instrument: instrument, evidence: evidence) }
        let cleared = try clear.map { try ScoreInput.item($0, in: instrument).id }
        if let item = cleared.first(where: { item in parsed.contains { $0.item == item } }) {
            throw CLIError("item \(item.rawValue.escapedForTerminal) is both scored and cleared: give one of them")
        }
        let ids = { (texts: [String]) in texts.map { ItemID($0) } }
        let feedback = try Self.worded {
            try FeedbackChange(
                addedStrengths: ids(strength), removedStrengths: ids(noStrength), addedWorkPoints: ids(workPoint),
                removedWorkPoints: ids(noWorkPoint)
            ).checked(against: instrument)
        }
        return RatingChange(scores: parsed, cleared: cleared, feedback: feedback, feedbackRule: instrument.feedback)
    }

    /// Runs a feedback check or a store write, wording a refused feedback change with the
    /// options that fix it.
    static func worded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FeedbackError {
            let fix =
                switch error {
                case .tooMany(.strength, _, _, _): "; remove one with --no-strength ITEM"
                case .tooMany(.workPoint, _, _, _): "; remove one with --no-work-point ITEM"
                case .notChosen, .both, .unknownItem, .notRated, .givenTwice, .addedAndRemoved, .notApplicable: ""
                }
            throw CLIError("\(error.description + fix)")
        }
    }

    /// Runs a store write, wording a refused feedback change (see ``worded(_:)``).
    static func saving(_ write: () throws -> RatingChangeOutcome) throws -> RatingChangeOutcome {
        try worded(write)
    }

    /// `session 1, rater S01 as supervisor: 2 changes saved; 3 of 14 items scored`, and the
    /// strong and work points when they changed.
    static func summary(_ outcome: RatingChangeOutcome, slot: RaterSlot, instrument: Instrument, showFeedback: Bool) -> String {
        let changes = "\(outcome.changes) change\(outcome.changes == 1 ? "" : "s")"
        let line = "\(RatingText.slot(slot)): \(changes) saved; \(outcome.scoredItems) of \(instrument.items.count) items scored"
        return showFeedback ? line + "\n" + RatingText.feedback(outcome.feedback) : line
    }
}

/// Reads `ITEM=VALUE[@N,M]`.
enum ScoreInput {
    static func parse(_ text: String, instrument: Instrument, evidence: [StoredEvidence]) throws -> Score {
        let (item, value, cited) = try split(text, instrument: instrument)
        let citations = try cited.map { try cite($0, evidence: evidence) }
        let score: Score
        do {
            score = Score(item: item.id, answer: try Answer(parsing: value, for: item, in: instrument), citations: citations)
        } catch {
            throw CLIError("\(error)")
        }
        if let twice = score.citedTwice, let number = evidence.first(where: { $0.evidence.id == twice })?.number {
            throw CLIError("the score of item \(item.id.rawValue.escapedForTerminal) cites evidence #\(number) twice: cite it once")
        }
        return score
    }

    /// The item and the value as typed (without its citations), for finding an item given twice.
    static func typed(_ text: String, instrument: Instrument) throws -> TypedScore {
        let (item, value, _) = try split(text, instrument: instrument)
        return TypedScore(item: item.id, typed: value)
    }

    /// `ITEM=VALUE@N,M` as its item, its value and the evidence numbers it cites.
    private static func split(_ text: String, instrument: Instrument) throws -> (Item, String, [String]) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw CLIError("'\(text.escapedForTerminal)' is not a score: expected ITEM=VALUE, e.g. 1=3 or 11=nvt")
        }
        let item = try self.item(String(text[..<equals]), in: instrument)
        let value = String(text[text.index(after: equals)...])
        guard let at = value.lastIndex(of: "@"), item.kindName != "text" else { return (item, value, []) }
        return (item, String(value[..<at]), value[value.index(after: at)...].split(separator: ",").map(String.init))
    }

    /// The item `id` names; an indicator, a section or no item is refused with what it may mean
    /// (read as ``Instrument/evidenceTarget(named:)`` reads it).
    static func item(_ id: String, in instrument: Instrument) throws -> Item {
        if let item = instrument.item(ItemID(id)) { return item }
        throw CLIError("'\(id.escapedForTerminal)' is not an item of \(instrument.id)\(instrument.hint(forNonItem: id))")
    }

    static func cite(_ number: String, evidence: [StoredEvidence]) throws -> EvidenceID {
        let digits = number.hasPrefix("#") ? String(number.dropFirst()) : number
        guard let value = Int64(digits), let stored = evidence.first(where: { $0.number == value }) else {
            throw CLIError(
                "'\(number.escapedForTerminal)' is not evidence of this rater in this session: expected a number from 'spiegel evidence list'"
            )
        }
        return stored.evidence.id
    }
}
