import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelReport

extension InstrumentCommand {
    /// `spiegel instrument form`: a blank form to print, laid out like the paper one.
    struct Form: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "form",
            abstract: "A blank form of an instrument to print and fill in by hand, as HTML or Markdown.",
            discussion: """
                INSTRUMENT is an id from 'spiegel instrument list' or a path to a file. The form has \
                the header fields with lines to write on, a rater code and role, every item in form \
                order with its indicators and a box per answer, and lines for the strong points and \
                work points. html is one self-contained page for A4 (open it in a browser and print); \
                md is Markdown. Texts are the instrument's own; its translations are printed smaller \
                beside them.
                """)

        @Argument(help: "An instrument id or file.", completion: Completions.instrumentIDsAndFiles) var instrument: String
        @Option(help: "html (one self-contained page, A4) or md (Markdown).") var format = FormFormat(argument: "html")
        @Option(name: .shortAndLong, help: "The file to write (readable by its owner only; default: standard output).")
        var output: String?
        @Option(help: "Lay the form out with your own Mustache template; Spiegel's templates are its partials.")
        var template: String?
        @Option(
            help: ArgumentHelp(
                "Print translations into this language as secondary text where the instrument has them; 'none' for none.",
                valueName: "lang"))
        var translation: String = "en"
        @Option(help: "The language of the form's headings: nl or en (default: the instrument's language).")
        var lang: ReportLanguage?
        @OptionGroup var search: InstrumentSearchOptions

        func validate() throws {
            guard FormFormat.allValueStrings.contains(format.name) else {
                throw ValidationError("a form is printed as html or md, not \(format.name); give --format html or --format md")
            }
        }

        func run() throws {
            let catalog = try search.catalog()
            let resolved: Instrument
            do {
                resolved = try catalog.resolve(instrument).0
            } catch let invalid as InvalidInstrument {
                invalid.diagnostics.forEach { Terminal.error("\($0)") }
                throw ExitCode(1)
            }
            let form = FormView(resolved, translationLanguage: translation == "none" ? nil : translation, chrome: lang)
            let text =
                try template.map { try ReportOutputOptions.render(form, templateFile: $0) }
                ?? ReportOutputOptions.render(form, template: "form.\(format.name)")
            try ReportOutputOptions.emit(text, to: output)
        }
    }
}

/// What `--format` names. Any word parses, so that `validate()` can refuse the report formats
/// (`text`, `json`, `csv`) with a message that says what a form can be.
struct FormFormat: ExpressibleByArgument {
    var name: String

    init(argument: String) { name = argument }

    static var allValueStrings: [String] { ["html", "md"] }

    var defaultValueDescription: String { name }
}
