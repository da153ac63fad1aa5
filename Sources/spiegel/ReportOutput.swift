import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelReport

/// The output formats of the commands that print numbers.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, md, html
}

/// Where and how a report is written: `--format`, `-o FILE`, `--template FILE`.
struct ReportOutputOptions: ParsableArguments {
    @Option(
        help:
            "text (80 columns), json (the full view model, exact numbers), csv (one table, exact numbers), md (Markdown) or html (one self-contained page with charts)."
    )
    var format: ReportFormat = .text
    @Option(name: .shortAndLong, help: "The file to write (readable by its owner only; default: standard output).")
    var output: String?
    @Option(help: "Lay the report out with your own Mustache template; it gets the same view model as --format json shows.")
    var template: String?
    @Option(help: "The CSV delimiter: ',', ';' or 'tab'.") var delimiter: String = ","
    @Option(help: "The language of the headings and notes: nl or en (default: the instrument's language).")
    var lang: ReportLanguage?

    func validate() throws {
        guard [",", ";", "tab"].contains(delimiter) else {
            throw ValidationError("--delimiter must be ',', ';' or 'tab', not '\(delimiter)'")
        }
    }

    /// Colour only for text on a terminal, and never when NO_COLOR is set.
    var textStyle: TextStyle { output == nil ? Self.standardOutputStyle : .plain }

    /// Colour when standard output is a terminal, NO_COLOR is not set and TERM is not dumb.
    static var standardOutputStyle: TextStyle {
        let environment = ProcessInfo.processInfo.environment
        let terminal = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return terminal ? .colour : .plain
    }

    var csvDelimiter: Character { delimiter == "tab" ? "\t" : Character(delimiter) }

    /// Renders `model` with the user's template (when given), else with `render`, and writes the result.
    func write(_ model: Any, render: (ReportFormat) throws -> String) throws {
        let text = try template.map { try Self.render(model, templateFile: $0) } ?? render(format)
        try Self.emit(text, to: output)
    }

    /// Writes `text` to `output` (atomically, owner-only) or, without one, to standard output.
    static func emit(_ text: String, to output: String?) throws {
        guard let output else { return Terminal.write(text.utf8) }
        try OwnerOnlyFile.write(Data(text.utf8), to: output)
        Terminal.error("wrote \(output)")
    }

    /// Renders `model` with a user's template file; Spiegel's templates serve as partials.
    static func render(_ model: Any, templateFile path: String) throws -> String {
        let templates = try templates()
        do {
            let file = URL(fileURLWithPath: path)
            let read: ReportTemplates.FileRead = { url, shownAs throws(TemplateError) in
                // The user's own template is named by its option, as every input path is.
                let shown = url.path == file.path ? "--template \(shownAs)" : shownAs
                do throws(FileError) {
                    return try FileReader.read(url, as: .template, shownAs: shown)
                } catch {
                    throw TemplateError(file: shown, reason: error.reason)
                }
            }
            return try templates.render(model, templateFile: file, shownAs: path, reading: read)
        } catch {
            throw CLIError("\(error)")
        }
    }

    /// Spiegel's own templates.
    static func templates() throws -> ReportTemplates {
        do {
            return try ReportTemplates(folder: Resources.locate().templatesFolder)
        } catch let error as TemplateError {
            throw CLIError("\(error)")
        }
    }

    /// Renders `model` with one of Spiegel's templates (`compare.md`).
    static func render(_ model: Any, template: String) throws -> String {
        do {
            return try templates().render(model, template: template)
        } catch let error as TemplateError {
            throw CLIError("\(error)")
        }
    }

    /// The model as JSON: keys sorted, so the output is stable.
    static func json(_ model: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
    }
}
