import ArgumentParser
import Foundation

@main
struct Spiegel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spiegel",
        abstract: "Observation and reflection scoring for coaching in education.",
        discussion: """
            Instruments (scoring forms) are XML files; Spiegel ships the School2Care rubric, the \
            practice-school observation list and two example kijkwijzers, and reads your own.
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, InstrumentCommand.self, SessionCommand.self, UseCommand.self, NoteCommand.self, EvidenceCommand.self,
            ScoreCommand.self, RatingCommand.self, CompareCommand.self, ReportCommand.self, AgreementCommand.self, HistoryCommand.self,
            ExportCommand.self, WithdrawCommand.self,
        ]
    )

}

/// Where Spiegel looks for instruments beyond the bundled ones.
struct InstrumentSearchOptions: ParsableArguments {
    @Option(
        name: .customLong("instruments"),
        help: ArgumentHelp(
            "A folder of your own instrument files (repeatable). Also: SPIEGEL_INSTRUMENTS (folders separated by ':'), and the user folder \(InstrumentCatalog.defaultUserFolderDescription).",
            valueName: "folder"))
    var folders: [String] = []

    func catalog() throws -> InstrumentCatalog {
        try InstrumentCatalog(resources: Resources.locate(), extraFolders: folders)
    }
}

/// A user-facing failure, exit status 1: the message as the terminal shows it, every value
/// put into it escaped (``TerminalText``).
struct CLIError: Error, CustomStringConvertible {
    var message: TerminalText
    init(_ message: TerminalText) { self.message = message }
    var description: String { message.description }
}
