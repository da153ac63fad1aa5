import ArgumentParser
import Foundation
import SpiegelCore

struct InstrumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instrument",
        abstract: "List, show and validate instruments, and print blank forms.",
        subcommands: [List.self, Show.self, Validate.self, Form.self]
    )
}

extension InstrumentCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List every instrument Spiegel can find, with id, version and title.")

        @OptionGroup var search: InstrumentSearchOptions

        func run() throws {
            let entries = try search.catalog().entries()
            var seen = Set<InstrumentID>()
            var rows: [[String]] = [["ID", "VERSION", "STATUS", "TITLE", "FILE"]]
            for entry in entries {
                guard let instrument = entry.result.instrument else {
                    Terminal.error("\(InstrumentCatalog.skipping(entry))")
                    continue
                }
                let shadowed = !seen.insert(instrument.id).inserted
                rows.append([
                    instrument.id.rawValue, instrument.version, instrument.status.rawValue + (shadowed ? " (shadowed)" : ""),
                    instrument.title.original, entry.origin == .bundled ? "bundled: \(entry.url.lastPathComponent)" : entry.url.path,
                ])
            }
            Terminal.print(lines: Terminal.table(rows), terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an instrument as a readable tree, or as JSON.",
            discussion: "INSTRUMENT is an id from 'spiegel instrument list' or a path to a file.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "An instrument id or file.", completion: Completions.instrumentIDsAndFiles) var instrument: String
        @Option(help: "Output format: text or json.") var format: Format = .text
        @Option(help: "Show translations in this language where the instrument has them (e.g. en).") var lang: String?
        @OptionGroup var search: InstrumentSearchOptions

        func run() throws {
            let catalog = try search.catalog()
            do {
                let (instrument, _) = try catalog.resolve(self.instrument)
                switch format {
                case .text: Terminal.print(lines: InstrumentOutline(instrument, language: lang).text, terminator: "")
                case .json: Terminal.write((try InstrumentJSON.encode(instrument) + "\n").utf8)
                }
            } catch let invalid as InvalidInstrument {
                invalid.diagnostics.forEach { Terminal.error("\($0)") }
                throw ExitCode(1)
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Validate instrument files against the schema and the semantic checks.",
            discussion:
                "Prints every problem as 'path:line:column: error: message' on stderr. Exit status 0 when every file is valid, 1 otherwise."
        )

        @Argument(help: "Instrument files.") var files: [String]
        @OptionGroup var search: InstrumentSearchOptions

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give at least one instrument file to validate") }
        }

        func run() throws {
            let catalog = try search.catalog()
            var failed = 0
            for file in files {
                let diagnostics: [Diagnostic]
                do {
                    diagnostics = try catalog.load(URL(fileURLWithPath: file), source: file).diagnostics
                } catch {
                    Terminal.error("\(error.path): error: \(error.reason)")
                    failed += 1
                    continue
                }
                diagnostics.forEach { Terminal.error("\($0)") }
                if diagnostics.containsErrors {
                    failed += 1
                } else {
                    Terminal.print("\(file): valid")
                }
            }
            if failed > 0 {
                Terminal.error("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") not valid")
                throw ExitCode(1)
            }
        }
    }
}

/// The JSON of `instrument show --format json`: the instrument with its content hash.
enum InstrumentJSON {
    struct Document: Encodable {
        var contentHash: String
        var instrument: Instrument
    }

    static func encode(_ instrument: Instrument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(contentHash: instrument.contentHash.description, instrument: instrument))
        return String(decoding: data, as: UTF8.self)
    }
}
