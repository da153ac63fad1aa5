import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelReport

/// `spiegel history`: one coach's development across sessions.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A coach's section means per role across their sessions, in date order, and per coach-jongere pair.",
        discussion: """
            The coach is found in the instrument's first required research-code field (coach in \
            School2Care, leerkracht in the kijkwijzers), the pair in the second one (jongere, \
            leerling); --coach-field and --pair-field choose others.
            """)

    @Option(help: "The coach's research code.") var coach: String
    @Option(help: "The instrument id (needed when the coach's sessions use several instruments).", completion: Completions.instrumentIDs)
    var instrument: String?
    @Option(name: .customLong("coach-field"), help: "The header field that holds the coach's code.") var coachField: String?
    @Option(name: .customLong("pair-field"), help: "The header field that names the pair (e.g. jongere); 'none' for no pairs.")
    var pairField: String?
    @Option(help: "Only sessions on or after this day (yyyy-mm-dd).") var from: String?
    @Option(help: "Only sessions on or before this day (yyyy-mm-dd).") var to: String?
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        try SlotOptions.checkRaterCode(coach)
        try CorpusQuery.checkDates(from: from, to: to)
    }

    func run() throws {
        let opened = try store.open(.read)
        let view = try reportingErrors {
            let query = CorpusQuery(
                instrument: instrument, from: from, to: to, wanted: { session, _ in session.header.contains { $0.value == coach } },
                wantedDescription: "coach \(coach)", codes: [coach])
            let known = try query.load(from: opened, evidence: false)
            let codeFields = known.instrument.headerFields.filter { $0.isResearchCode && $0.isRequired }.map(\.id)
            let coachField = try field(coachField, default: codeFields.first, in: known.instrument, option: "--coach-field")
            // Without a second research-code field (or with --pair-field none) there are no pairs.
            let pairDefault = codeFields.dropFirst().first
            let pairField: FieldID? =
                pairField == "none" || (pairField == nil && pairDefault == nil)
                ? nil : try field(pairField, default: pairDefault, in: known.instrument, option: "--pair-field")
            let history = DevelopmentHistory(
                instrument: known.instrument, sessions: known.sessions, coach: coach, coachField: coachField, pairField: pairField)
            return HistoryView(history, instrument: known.instrument, coachField: coachField, pairField: pairField, language: output.lang)
        }
        try output.write(view) { format in
            switch format {
            case .text: view.text(style: output.textStyle)
            case .json: try ReportOutputOptions.json(view)
            case .csv: view.table.csv(delimiter: output.csvDelimiter)
            case .md: try ReportOutputOptions.render(view, template: "history.md")
            case .html: try ReportOutputOptions.render(view, template: "history.html")
            }
        }
    }

    private func field(_ given: String?, default fallback: FieldID?, in instrument: Instrument, option: String) throws -> FieldID {
        let fields = instrument.headerFields.map(\.id)
        if let given {
            guard fields.contains(FieldID(given)) else {
                throw CLIError(
                    "\(option) '\(given)' is not a header field of \(instrument.id): expected one of \(fields.map(\.rawValue).joined(separator: ", "))"
                )
            }
            return FieldID(given)
        }
        guard let fallback else {
            throw CLIError("\(instrument.id) has no required research-code field to find the coach in: give \(option)")
        }
        return fallback
    }
}
