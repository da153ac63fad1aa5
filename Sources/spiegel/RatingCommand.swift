import ArgumentParser
import Foundation
import SpiegelCore

struct RatingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rating",
        abstract: "Show ratings and their history; export and import rating files.",
        subcommands: [Show.self, Export.self, Import.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "A rater's current scores, strong points and work points, and with --history every revision.")
        @Flag(help: "Show every revision of every score and of the strong and work points.") var history = false
        @OptionGroup var slot: SlotOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open(.read)
            try reportingErrors {
                let (slot, _, instrument) = try self.slot.slot(in: opened)
                let rating = try opened.ratings(in: slot.session).first { $0.rater == slot.rater && $0.role == slot.role }
                Terminal.print("\(RatingText.slot(slot))")
                Terminal.print(lines: Terminal.table(RatingText.rows(rating, instrument)), terminator: "")
                if let feedback = rating?.feedback, !feedback.isEmpty { Terminal.print(lines: RatingText.feedback(feedback)) }
                if history {
                    Terminal.print("\nHistory")
                    for (item, revisions) in try opened.scoreHistory(for: slot) {
                        let values = revisions.map {
                            "\($0.value?.answer.typed.escapedForTerminal ?? "(cleared)") [\($0.origin.escapedForTerminal) \($0.recordedAt)]"
                        }
                        Terminal.print("  \(item.rawValue): \(lines: values.joined(separator: " → "))")
                    }
                    let feedback = try opened.feedbackHistory(for: slot)
                    if !feedback.isEmpty { Terminal.print(lines: RatingText.feedbackHistory(feedback)) }
                }
            }
        }
    }
}

/// How a rating's parts read on the terminal, with what was typed or imported escaped.
enum RatingText {
    /// `session 1, rater S01 as supervisor`.
    static func slot(_ slot: RaterSlot) -> String {
        "session \(slot.session), rater \(slot.rater.rawValue.escapedForTerminal) as \(slot.role.rawValue.escapedForTerminal)"
    }

    /// The score table: item, value, the value's label, how many pieces of evidence it cites.
    static func rows(_ rating: Rating?, _ instrument: Instrument) -> [[String]] {
        var rows: [[String]] = [["ITEM", "VALUE", "LABEL", "CITES"]]
        for item in instrument.items {
            let score = rating?.scores.first { $0.item == item.id }
            rows.append([
                item.id.rawValue.escapedForTerminal, score?.answer.typed.escapedForTerminal ?? "-",
                score.map { label($0.answer, item, instrument).escapedForTerminal } ?? "", score.map { "\($0.citations.count)" } ?? "",
            ])
        }
        return rows
    }

    /// `strong points: 1, 7   work points: 6`.
    static func feedback(_ choice: FeedbackChoice) -> String {
        "strong points: \(list(choice.strengths))   work points: \(list(choice.workPoints))"
    }

    /// Every revision of the strong and work points, oldest first.
    static func feedbackHistory(_ revisions: [Revision<FeedbackChoice>]) -> String {
        let lines = revisions.map { revision in
            let choice = revision.value ?? FeedbackChoice()
            return "  strong points \(list(choice.strengths)); work points \(list(choice.workPoints))"
                + "  [\(revision.origin.escapedForTerminal) \(revision.recordedAt)]"
        }
        return (["  strong and work points:"] + lines.map { "  " + $0 }).joined(separator: "\n")
    }

    private static func list(_ items: [ItemID]) -> String {
        items.isEmpty ? "-" : items.map(\.rawValue.escapedForTerminal).joined(separator: ", ")
    }

    static func label(_ answer: Answer, _ item: Item, _ instrument: Instrument) -> String {
        switch answer {
        case .level(let value):
            return item.scaleID.flatMap(instrument.scale)?.level(withValue: value)?.label.original ?? ""
        case .notApplicable(let code):
            let answers = item.scaleID.flatMap(instrument.scale)?.notApplicable ?? []
            return answers.first { $0.code == code }?.label.original ?? code
        case .option(let id):
            if case .choice(let options, _) = item.kind { return options.first { $0.id == id }?.label.original ?? "" }
            return ""
        case .check, .number, .text:
            return ""
        }
    }
}
