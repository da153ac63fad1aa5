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
            abstract: "A rater's current scores, strong points and work points, and with --history every revision.")
        @Flag(help: "Show every revision of every score.") var history = false
        @OptionGroup var slot: SlotOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open(.read)
            try reportingErrors {
                let (slot, _, instrument) = try self.slot.slot(in: opened)
                let rating = try opened.ratings(in: slot.session).first { $0.rater == slot.rater && $0.role == slot.role }
                print("\(slot)")
                var rows: [[String]] = [["ITEM", "VALUE", "LABEL", "CITES"]]
                for item in instrument.items {
                    let score = rating?.scores.first { $0.item == item.id }
                    rows.append([
                        item.id.rawValue, score?.answer.typed ?? "-", score.map { RatingText.label($0.answer, item, instrument) } ?? "",
                        score.map { "\($0.citations.count)" } ?? "",
                    ])
                }
                print(Terminal.table(rows), terminator: "")
                if let feedback = rating?.feedback, !feedback.isEmpty {
                    print(
                        "strong points: \(feedback.strengths.map(\.rawValue).joined(separator: ", "))   work points: \(feedback.workPoints.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                if history {
                    print("\nHistory")
                    for (item, revisions) in try opened.scoreHistory(for: slot) {
                        let values = revisions.map { "\($0.value?.answer.typed ?? "(cleared)") [\($0.origin) \($0.recordedAt)]" }
                        print("  \(item): " + values.joined(separator: " → "))
                    }
                }
            }
        }
    }
}

enum RatingText {
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
