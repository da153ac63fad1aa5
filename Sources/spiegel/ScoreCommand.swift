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
            evidence #N and #M. Every change is a new revision: the earlier value stays in the \
            history ('spiegel rating show --history'). Nothing is saved when any value is wrong.
            """)

    @Argument(help: "Scores as ITEM=VALUE, optionally ITEM=VALUE@EVIDENCE,…") var scores: [String] = []
    @Flag(name: .shortAndLong, help: "Walk through the items, showing each item's indicators and scale.") var interactive = false
    @Option(help: "An item the rater names as a strong point (repeatable).") var strength: [String] = []
    @Option(name: .customLong("work-point"), help: "An item the rater names as a work point (repeatable).") var workPoint: [String] = []
    @Option(help: "Remove the score of this item (repeatable); the history keeps it.") var clear: [String] = []
    @OptionGroup var slot: SlotOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if scores.isEmpty && !interactive && strength.isEmpty && workPoint.isEmpty && clear.isEmpty {
            throw ValidationError("give scores as ITEM=VALUE (e.g. 1=3 2=2 11=nvt), --interactive, --strength, --work-point or --clear")
        }
    }

    func run() throws {
        let opened = try store.open()
        try reportingErrors {
            let (slot, _, instrument) = try self.slot.slot(in: opened)
            let evidence = try opened.evidence(in: slot.session).filter { $0.slot == slot }
            var parsed = try scores.map { try ScoreInput.parse($0, instrument: instrument, evidence: evidence) }
            if interactive {
                let current = try opened.ratings(in: slot.session).first { $0.rater == slot.rater && $0.role == slot.role }
                var walk = ScoreWalk(instrument: instrument, current: current, evidence: evidence)
                parsed += try walk.run()
            }
            let feedback = try feedbackChoice(instrument)
            let cleared = try clear.map { try ScoreInput.item($0, in: instrument).id }
            let changed = try opened.record(parsed, feedback: feedback, for: slot, origin: interactive ? "interactive" : "score")
            let removed = cleared.isEmpty ? 0 : try opened.clearScores(cleared, for: slot, origin: "clear")
            let rating = try opened.ratings(in: slot.session).first { $0.rater == slot.rater && $0.role == slot.role }
            print(
                "\(slot): \(changed + removed) change\(changed + removed == 1 ? "" : "s") saved; \(rating?.scores.count ?? 0) of \(instrument.items.count) items scored"
            )
        }
    }

    private func feedbackChoice(_ instrument: Instrument) throws -> FeedbackChoice? {
        guard !strength.isEmpty || !workPoint.isEmpty else { return nil }
        let strengths = try strength.map { try ScoreInput.item($0, in: instrument).id }
        let workPoints = try workPoint.map { try ScoreInput.item($0, in: instrument).id }
        if strengths.count > instrument.feedback.strengths || workPoints.count > instrument.feedback.workPoints {
            throw CLIError(
                "\(instrument.id) asks for \(instrument.feedback.strengths) strong points and \(instrument.feedback.workPoints) work point(s); got \(strengths.count) and \(workPoints.count)"
            )
        }
        return FeedbackChoice(strengths: strengths, workPoints: workPoints)
    }
}

/// Reads `ITEM=VALUE[@N,M]`.
enum ScoreInput {
    static func parse(_ text: String, instrument: Instrument, evidence: [StoredEvidence]) throws -> Score {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw CLIError("'\(text)' is not a score: expected ITEM=VALUE, e.g. 1=3 or 11=nvt")
        }
        let item = try self.item(String(text[..<equals]), in: instrument)
        var value = String(text[text.index(after: equals)...])
        var citations: [EvidenceID] = []
        if let at = value.lastIndex(of: "@"), item.kindName != "text" {
            citations = try value[value.index(after: at)...].split(separator: ",").map { try cite(String($0), evidence: evidence) }
            value = String(value[..<at])
        }
        return Score(item: item.id, answer: try Answer(parsing: value, for: item, in: instrument), citations: citations)
    }

    static func item(_ id: String, in instrument: Instrument) throws -> Item {
        guard let item = instrument.item(ItemID(id)) else {
            let ids = instrument.items.map(\.id.rawValue)
            throw CLIError(
                "'\(id)' is not an item of \(instrument.id): expected one of \(ids.prefix(20).joined(separator: ", "))\(ids.count > 20 ? ", …" : "")"
            )
        }
        return item
    }

    static func cite(_ number: String, evidence: [StoredEvidence]) throws -> EvidenceID {
        let digits = number.hasPrefix("#") ? String(number.dropFirst()) : number
        guard let value = Int64(digits), let stored = evidence.first(where: { $0.number == value }) else {
            throw CLIError("'\(number)' is not evidence of this rater in this session: expected a number from 'spiegel evidence list'")
        }
        return stored.evidence.id
    }
}

/// The interactive walk: each item with its indicators and scale, one answer per line.
struct ScoreWalk {
    let instrument: Instrument
    let current: Rating?
    let evidence: [StoredEvidence]
    private var stopped = false

    init(instrument: Instrument, current: Rating?, evidence: [StoredEvidence]) {
        self.instrument = instrument
        self.current = current
        self.evidence = evidence
    }

    mutating func run() throws -> [Score] {
        print("Enter a value per item. Empty keeps the current value, 'q' stops and saves what you entered.")
        var scores: [Score] = []
        for section in instrument.sections {
            print("\n" + ([section.number.map { "\($0)." }, section.title.original].compactMap { $0 }.joined(separator: " ")))
            for item in section.items {
                guard let score = try ask(item) else {
                    if stopped { return scores }
                    continue
                }
                scores.append(score)
            }
        }
        return scores
    }

    private mutating func ask(_ item: Item) throws -> Score? {
        print("\n\(item.number.map { "\($0). " } ?? "")\(item.prompt.original)  [\(item.id)]")
        item.indicators.forEach { print("    \($0.id)  \($0.label.original)") }
        print("  " + choices(item))
        while true {
            let now = current?.answer(for: item.id).map { " (now \($0.typed))" } ?? ""
            print("  \(item.id)\(now)> ", terminator: "")
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else {
                stopped = true
                return nil
            }
            if line == "q" {
                stopped = true
                return nil
            }
            if line.isEmpty { return nil }
            do {
                return try ScoreInput.parse("\(item.id)=\(line)", instrument: instrument, evidence: evidence)
            } catch {
                print("  \(error)")
            }
        }
    }

    private func choices(_ item: Item) -> String {
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
        case .text: return "a text"
        }
    }
}
