import ArgumentParser
import Foundation
import SpiegelCore

/// Evidence as one line: number, time, rater, item/indicator, valence, text.
enum EvidenceText {
    static func line(_ stored: StoredEvidence, showRater: Bool = true) -> String {
        let evidence = stored.evidence
        let time = evidence.start.description + (evidence.end.map { "–\($0)" } ?? "")
        let who = showRater ? "  \(stored.slot.rater.rawValue.escapedForTerminal) (\(stored.slot.role.rawValue.escapedForTerminal))" : ""
        return "\(showRater ? "#\(stored.number)  " : "")\(time)\(who)  \(content(evidence))"
    }

    /// Target, valence and text, with what was typed or imported escaped for the terminal.
    static func content(_ evidence: Evidence) -> String {
        let target = evidence.indicator?.rawValue ?? evidence.item?.rawValue ?? "-"
        return "\(target.escapedForTerminal)  \(evidence.valence.symbol)  \(evidence.text.escapedForTerminal)"
    }
}

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List, edit and delete evidence; every change keeps the earlier version.",
        discussion: """
            Evidence belongs to the rater who recorded it: only that rater can edit or delete \
            it (--rater, SPIEGEL_RATER or 'spiegel use --rater'), and the history says which \
            rater made each version.
            """,
        subcommands: [List.self, Edit.self, Delete.self, History.self]
    )

    /// The help of `--rater` for the commands that change evidence.
    static let raterHelp: ArgumentHelp =
        "Your rater code: only the rater the evidence belongs to can change it (default: SPIEGEL_RATER, or 'spiegel use')."

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The evidence of a session in time order.")
        @Argument(help: "The session number (default: the current one).", completion: Completions.sessionNumbers) var session: Int64?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open(.read)
            let id = try SlotOptions.sessionID(session, in: opened)
            let evidence = try reportingErrors {
                _ = try SessionLookup.load(id, from: opened)
                return try opened.evidence(in: id)
            }
            evidence.forEach { Terminal.print("\(EvidenceText.line($0))") }
            Terminal.print("\(evidence.count) piece\(evidence.count == 1 ? "" : "s") of evidence in session \(id)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a piece of evidence; the earlier version stays in its history.")
        @Argument(help: "The evidence number (#N in 'spiegel evidence list').") var number: Int64
        @Option(help: "A new start time.") var time: String?
        @Option(help: "A new end time ('none' removes it).") var end: String?
        @Option(help: "A new item or indicator, replacing both ('none' removes both).") var item: String?
        @Option(help: "A new indicator; it must belong to the item ('none' removes it).") var indicator: String?
        @Option(help: "A new valence: + (strength), - (work point), = (neutral).") var valence: String?
        @Option(help: "A new text.") var text: String?
        @Option(help: EvidenceCommand.raterHelp) var rater: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open()
            let updated = try reportingErrors {
                let rater = try SlotOptions.raterCode(rater, context: try opened.context())
                guard let stored = try opened.evidence(number: number) else {
                    throw CLIError("there is no evidence #\(number); 'spiegel evidence list' shows the numbers")
                }
                try stored.checkOwner(rater)
                let (session, instrument) = try SessionLookup.load(stored.slot.session, from: opened)
                var evidence = stored.evidence
                if let time { evidence.start = try VideoTime(parsing: time) }
                if let end { evidence.end = end == "none" ? nil : try VideoTime(parsing: end) }
                try retarget(&evidence, in: instrument)
                if let valence {
                    guard let parsed = Valence(typed: valence) else {
                        throw CLIError("'\(valence.escapedForTerminal)' is not a valence: expected +, - or =")
                    }
                    evidence.valence = parsed
                }
                if let text { evidence.text = text }
                guard evidence != stored.evidence else {
                    throw CLIError("nothing to change: give --time, --end, --item, --indicator, --valence or --text")
                }
                return try opened.updateEvidence(
                    number, to: try EvidenceInput.checked(evidence, session: session, instrument: instrument), by: rater)
            }
            Terminal.print("\(EvidenceText.line(updated))")
        }

        /// A new item replaces the item and indicator; a new indicator must then belong to
        /// that item (or, alone, to the current one). `none` removes them.
        private func retarget(_ evidence: inout Evidence, in instrument: Instrument) throws {
            if let item {
                (evidence.item, evidence.indicator) = item == "none" ? (nil, nil) : try EvidenceInput.target(item, in: instrument)
            }
            guard let indicator else { return }
            if indicator == "none" {
                evidence.indicator = nil
                return
            }
            guard let named = try EvidenceInput.indicator(indicator, in: instrument).1 else { return }
            if item != nil, let current = evidence.indicator, current != named {
                throw CLIError(
                    "--item \(item?.escapedForTerminal ?? "") names indicator \(current.rawValue.escapedForTerminal) and --indicator names \(indicator.escapedForTerminal): name the indicator once"
                )
            }
            evidence.indicator = named
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a piece of evidence; its history stays readable. Evidence a score cites is kept until the score drops it.")
        @Argument(help: "The evidence number.") var number: Int64
        @Option(help: EvidenceCommand.raterHelp) var rater: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open()
            let deleted = try reportingErrors {
                do {
                    return try opened.deleteEvidence(number, by: try SlotOptions.raterCode(rater, context: try opened.context()))
                } catch let cited as CitedEvidenceError {
                    throw CLIError(
                        "\(cited.description) by scoring \(cited.scores.count == 1 ? "it" : "them") again without it: \(try rescoring(cited, in: opened))"
                    )
                }
            }
            Terminal.print("deleted \(EvidenceText.line(deleted))")
        }
    }

    /// The command that scores the citing items again with their other citations only.
    private static func rescoring(_ cited: CitedEvidenceError, in store: SessionStore) throws -> String {
        let numbers = Dictionary(try store.evidence(in: cited.slot.session).map { ($0.evidence.id, $0.number) }) { first, _ in first }
        let scores = cited.scores.map { score in
            let others = score.citations.compactMap { numbers[$0] }.filter { $0 != cited.number }
            return "\(score.item.rawValue)=\(score.answer.typed)"
                + (others.isEmpty ? "" : "@" + others.map(String.init).joined(separator: ","))
        }
        return
            "spiegel score \(scores.joined(separator: " ")) --session \(cited.slot.session.rawValue) --rater \(cited.slot.rater) --role \(cited.slot.role)"
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history", abstract: "Every version of a piece of evidence, with when, how and by which rater it was made.")
        @Argument(help: "The evidence number.") var number: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            let revisions = try reportingErrors { try store.open(.read).evidenceHistory(number) }
            for revision in revisions {
                let content = revision.value.map { "\($0.start)  \(EvidenceText.content($0))" } ?? "(deleted)"
                let rater = revision.rater?.rawValue.escapedForTerminal ?? "(rater unknown)"
                Terminal.print("\(revision.recordedAt)  \(revision.origin.escapedForTerminal)  \(rater)  \(content)")
            }
        }
    }
}
