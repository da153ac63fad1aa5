import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelStore

struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Remove every trace of a person by code: sessions about them, their ratings and evidence, header values.",
        discussion: """
            Lists what it will remove and asks for confirmation (type the code again) unless \
            --yes is given. Removed content is overwritten in the database file (secure_delete, \
            then the file is vacuumed and the write-ahead log emptied), and the file is searched \
            for the code and every removed text: it reports success only when none is left. \
            When another program holds the store open, the file cannot be rewritten: it says \
            what is left and exits 1; run it again once that program is closed.
            """)

    @Argument(help: "The research code of the person who withdraws (e.g. J112).") var code: String
    @Flag(help: "Do not ask for confirmation.") var yes = false
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard RaterCode.isWellFormed(code) else {
            throw ValidationError(
                "'\(code.escapedForTerminal)' is not a research code: give the code the person is stored under "
                    + "(such as J112 or C07: letters, digits, . _ -, at least one digit), never a name")
        }
    }

    func run() throws {
        let opened = try store.open()
        let plan = try reportingErrors { try opened.withdraw(code: code, apply: false) }
        if let storedAs = Self.storedAs(plan) { Terminal.print("\(storedAs)") }
        guard !plan.isEmpty else {
            // Nothing to remove; this also finishes an earlier withdrawal that left traces.
            _ = try finish { try opened.withdraw(code: code, apply: true) }
            Terminal.print("nothing in \(store.resolvedPath) refers to '\(code)', and the file holds no trace of it")
            return
        }
        Terminal.print("Withdrawing '\(code)' removes:")
        Terminal.print(lines: Self.describe(plan))
        if !plan.mentions.isEmpty {
            Terminal.print("and leaves these texts, which mention \(code), for you to rewrite:")
            Terminal.print(lines: Self.describe(plan.mentions))
        }
        if !yes {
            Terminal.print("Type the code again to confirm: ", terminator: "")
            guard readLine()?.trimmingCharacters(in: .whitespaces) == code else {
                throw CLIError("not confirmed; nothing was removed")
            }
        }
        let done = try finish { try opened.withdraw(code: code, apply: true) }
        Terminal.print("removed:\n\(lines: Self.describe(done))")
        Terminal.print("The database file holds no trace of \(code) any more.")
    }

    /// Runs the withdrawal, wording what an incomplete one left behind.
    private func finish(_ body: () throws -> WithdrawalReport) throws -> WithdrawalReport {
        do {
            return try reportingErrors(body)
        } catch let incomplete as WithdrawalIncomplete {
            throw CLIError("\(lines: Self.describe(incomplete, store: store.resolvedPath))")
        }
    }

    /// Why a withdrawal is not complete: a block of lines whose values are escaped.
    static func describe(_ incomplete: WithdrawalIncomplete, store: String) -> String {
        let code = incomplete.report.code.escapedForTerminal, store = store.escapedForTerminal
        guard incomplete.mentions.isEmpty else {
            let removed = incomplete.report.isEmpty ? "" : "the rows about \(code) are deleted, but "
            return "withdrawal of \(code) is not complete: \(removed)\(incomplete.mentions.count) text"
                + "\(incomplete.mentions.count == 1 ? "" : "s") of the store still mention\(incomplete.mentions.count == 1 ? "s" : "") it:\n"
                + describe(incomplete.mentions) + "\nrewrite each without the code, then run 'spiegel withdraw \(code)' again"
        }
        var left: [String] = []
        if incomplete.codeLeft { left.append("the code \(code)") }
        if incomplete.textsLeft > 0 { left.append("\(incomplete.textsLeft) removed text\(incomplete.textsLeft == 1 ? "" : "s")") }
        let removed = incomplete.report.isEmpty ? "" : "the rows about \(code) are deleted, but "
        let reason =
            incomplete.blockedByReader
            ? "another program has \(store) open (a reader in a transaction), so SQLite could not rewrite the file"
            : "they were still there after the file was vacuumed"
        return "withdrawal of \(code) is not complete: \(removed)\(store) still holds \(left.joined(separator: " and ")): \(reason); "
            + "close that program, then run 'spiegel withdraw \(code)' again"
    }

    static func describe(_ report: WithdrawalReport) -> String {
        let code = report.code.escapedForTerminal
        return [
            "  \(report.sessions.count) session\(report.sessions.count == 1 ? "" : "s") about \(code)"
                + (report.sessions.isEmpty ? "" : " (" + report.sessions.map { String($0.rawValue) }.joined(separator: ", ") + ")"),
            "  \(report.ratings) rating\(report.ratings == 1 ? "" : "s") with \(report.scoreRevisions) score revision\(report.scoreRevisions == 1 ? "" : "s") and \(report.evidence) piece\(report.evidence == 1 ? "" : "s") of evidence",
            "  \(report.headerValues) header value\(report.headerValues == 1 ? "" : "s") equal to \(code)",
        ].joined(separator: "\n")
            + (report.clearsContext ? "\n  the current rater and role set with 'spiegel use' (\(code))" : "")
            + (report.pastTexts == 0
                ? ""
                : "\n  \(report.pastTexts) past revision\(report.pastTexts == 1 ? "" : "s") whose text mentions \(report.code) (emptied)")
    }
}
