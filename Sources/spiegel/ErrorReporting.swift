import ArgumentParser
import Foundation
import SpiegelCore

/// An error that stands for the diagnostics of a file: printed one per line, compiler-like.
protocol DiagnosticsError: Error, CustomStringConvertible {
    var diagnostics: [Diagnostic] { get }
}

extension DiagnosticsError {
    var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension InvalidInstrument: DiagnosticsError {}
extension FileDiagnostics: DiagnosticsError {}

extension Spiegel {
    /// Runs the command; every error that reaches this point is printed as words for a person.
    ///
    /// ArgumentParser prints an error that has no description of its own as a Swift value
    /// dump (`InvalidInstrument(diagnostics: [...])`). Diagnostics are printed one per line;
    /// an error type without a description is named, never dumped. A command word that names
    /// no command is refused first, with the commands probably meant (``UnknownCommand``).
    static func main() {
        if let unknown = UnknownCommand.find(in: Array(CommandLine.arguments.dropFirst()), root: Self.self) {
            Terminal.error("Error: \(lines: unknown.description)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(reporting: error)
        }
        do {
            var command = command
            try command.run()
        } catch let error as DiagnosticsError {
            error.diagnostics.forEach { Terminal.error("\($0)") }
            Foundation.exit(1)
        } catch {
            exit(reporting: readable(error))
        }
    }

    /// Prints what `error` means and exits with its status: the one place every error is shown.
    ///
    /// Help, version and completion output (status 0) is the parser's and Spiegel's own text and
    /// goes to standard output as it is. Every other message goes to standard error through
    /// ``Terminal``: the parser's messages quote what was typed, and a ``CLIError`` or a
    /// lower layer's error quotes file names and values, so each is shown escaped, with
    /// only the line breaks that the message's own layout puts in.
    static func exit(reporting error: any Error) -> Never {
        let status = exitCode(for: error)
        guard !status.isSuccess else { exit(withError: error) }
        let full = fullMessage(for: error)
        if !full.isEmpty { Terminal.error(message(error, within: full)) }
        Foundation.exit(status.rawValue)
    }

    /// The parser's full text for `error` (message, help, usage) with the message escaped whole
    /// (the parser's messages are one line; a ``CLIError``'s message keeps its own line breaks).
    private static func message(_ error: any Error, within full: String) -> TerminalText {
        let message = self.message(for: error)
        let prefix = _errorPrefix + message
        guard !message.isEmpty, full.hasPrefix(prefix) else { return "\(lines: full)" }
        let shown: TerminalText = (error as? CLIError)?.message ?? "\(message)"
        return "\(_errorPrefix)\(shown)\(lines: String(full.dropFirst(prefix.count)))"
    }

    /// The error itself when its description is words; otherwise an error that names its type.
    ///
    /// On Linux every error is `CustomStringConvertible` through Foundation, with Swift's
    /// reflection as the default: a description that starts with the type's name (or an enum
    /// case's) and `(`, or one bare word for an enum case, is that value dump, not a message.
    static func readable(_ error: any Error) -> any Error {
        if error is ExitCode || error is CleanExit || error is ValidationError { return error }
        // The parser's own errors (a help request run as `spiegel help …`) are its to print.
        if String(reflecting: Swift.type(of: error)).hasPrefix("ArgumentParser.") { return error }
        let type = String(describing: Swift.type(of: error))
        let description = String(describing: error)
        let mirror = Mirror(reflecting: error)
        let dumped =
            description.hasPrefix(type + "(") || description == type
            || (mirror.displayStyle == .enum
                && (mirror.children.first?.label.map { description.hasPrefix($0 + "(") } ?? !description.contains(" ")))
        guard dumped else { return error }
        return CLIError("internal error: \(type) was not described; please report this as a bug in Spiegel")
    }
}
