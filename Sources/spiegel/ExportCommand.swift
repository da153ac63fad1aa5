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
            --without-text leaves out the evidence quotes (the text column) and the rows of \
            text items (free-text answers such as "Opmerkingen"). \
            Written files are readable by their owner only.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: "csv or json.") var format: Format = .csv
    @Flag(help: "Export the evidence rows instead of the scores (CSV).") var evidence = false
    @Flag(name: .customLong("without-text"), help: "Leave out everything typed as text: the evidence quotes and the answers to text items.")
    var withoutText = false
    @Option(help: "The CSV delimiter: ',', ';' or 'tab'.") var delimiter: String = ","
    @Option(help: "Only sessions with this instrument id.", completion: Completions.instrumentIDs) var instrument: String?
    @Option(help: "Only sessions on or after this day (yyyy-mm-dd).") var from: String?
    @Option(help: "Only sessions on or before this day (yyyy-mm-dd).") var to: String?
    @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard [",", ";", "tab"].contains(delimiter) else {
            throw ValidationError("--delimiter must be ',', ';' or 'tab', not '\(delimiter)'")
        }
        try CorpusQuery.checkDates(from: from, to: to)
    }

    /// Sessions read and written per part: a large export is never held in memory whole.
    static let sessionsPerPart = 1_000

    func run() throws {
        let opened = try store.open(.read)
        let separator: Character = delimiter == "tab" ? "\t" : Character(delimiter)
        let filter = SessionFilter(instrument: instrument.map { InstrumentID($0) }, from: from, to: to)
        try OwnerOnlyFile.stream(to: output) { write in
            try reportingErrors {
                try opened.readCorpus(matching: filter, evidence: evidence || format == .json) { corpus in
                    var instruments: [ContentHash: Instrument] = [:]
                    for hash in Set(corpus.sessions.map(\.instrument.hash)) { instruments[hash] = try corpus.instrument(hash) }
                    func export(_ sessions: [(session: Session, ratings: [Rating])]) -> ResearchExport {
                        ResearchExport(instruments: instruments, sessions: sessions, includeText: !withoutText)
                    }
                    switch format {
                    case .csv:
                        let table = { (export: ResearchExport) in evidence ? export.evidence : export.scores }
                        try write(table(export([])).csvBytes(delimiter: separator))
                        try corpus.forEachChunk(of: Self.sessionsPerPart) {
                            try write(table(export($0)).csvBytes(delimiter: separator, header: false))
                        }
                    case .json:
                        try ResearchExport.writeJSON(
                            parts: { each in try corpus.forEachChunk(of: Self.sessionsPerPart) { try each(export($0)) } }, to: write)
                    }
                }
            }
        }
        if let output { Terminal.error("wrote \(output)") }
    }
}
