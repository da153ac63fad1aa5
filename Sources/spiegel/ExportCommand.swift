import ArgumentParser
import Foundation
import SpiegelCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export scores (or evidence) for research: one row per session, rater, role and item; codes only, never names.",
        discussion: """
            CSV is UTF-8 with a header row and CRLF line ends; the delimiter is ',' unless \
            --delimiter says otherwise (';' for a Dutch Excel). JSON holds both tables ({"evidence": [...], "scores": [...]}, one object per row keyed by column, values as strings). Header \
            fields are exported only when they hold research codes, whole numbers or dates. \
            Written files are readable by their owner only.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: "csv or json.") var format: Format = .csv
    @Flag(help: "Export the evidence rows instead of the scores (CSV).") var evidence = false
    @Flag(name: .customLong("without-text"), help: "Leave the evidence texts (quotes) out.") var withoutText = false
    @Option(help: "The CSV delimiter: ',', ';' or 'tab'.") var delimiter: String = ","
    @Option(help: "Only sessions with this instrument id.") var instrument: String?
    @Option(help: "Only sessions on or after this day (yyyy-mm-dd).") var from: String?
    @Option(help: "Only sessions on or before this day (yyyy-mm-dd).") var to: String?
    @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard [",", ";", "tab"].contains(delimiter) else {
            throw ValidationError("--delimiter must be ',', ';' or 'tab', not '\(delimiter)'")
        }
        for day in [from, to].compactMap({ $0 }) where CalendarDate(day) == nil {
            throw ValidationError("'\(day)' is not a date: expected yyyy-mm-dd")
        }
    }

    func run() throws {
        let opened = try store.open()
        let bytes = try reportingErrors {
            let filter = SessionFilter(instrument: instrument.map { InstrumentID($0) }, from: from, to: to)
            let sessions = try opened.sessionsWithRatings(matching: filter, evidence: evidence || format == .json)
            var instruments: [ContentHash: Instrument] = [:]
            for hash in Set(sessions.map(\.session.instrument.hash)) { instruments[hash] = try opened.instrument(hash) }
            let export = ResearchExport(instruments: instruments, sessions: sessions, includeEvidenceText: !withoutText)
            switch format {
            case .csv:
                return (evidence ? export.evidence : export.scores).csvBytes(delimiter: delimiter == "tab" ? "\t" : Character(delimiter))
            case .json: return export.jsonBytes
            }
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try OwnerOnlyFile.write(Data(bytes), to: output)
        Terminal.error("wrote \(output)")
    }
}
