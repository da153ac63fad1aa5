import SpiegelCore

extension WithdrawCommand {
    /// The texts that still mention the code, one line each, with the command that rewrites it.
    static func describe(_ mentions: [CodeMention]) -> String {
        mentions.map { "  " + describe($0) }.joined(separator: "\n")
    }

    /// "session 3, header field doel: "…" (change it: spiegel session edit 3 doel=…)".
    static func describe(_ mention: CodeMention) -> String {
        let text = "\"" + String(mention.text.prefix(60)).escapedForTerminal + (mention.text.count > 60 ? "…" : "") + "\""
        switch mention.place {
        case .header(let session, let field):
            return "session \(session), header field \(field): \(text) (change it: spiegel session edit \(session) \(field)=…)"
        case .video(let session):
            return "session \(session), the recording's path: \(text) (change it: spiegel session edit \(session) --video FILE)"
        case .evidence(let number, let slot):
            return "evidence #\(number) of session \(slot.session), \(slot.rater) (\(slot.role)): \(text) "
                + "(change it: spiegel evidence edit \(number) --text … --rater \(slot.rater))"
        case .answer(let slot, let item):
            return "session \(slot.session), the answer of \(slot.rater) (\(slot.role)) to item \(item): \(text) "
                + "(change it: spiegel score \(item)=… --session \(slot.session) --rater \(slot.rater) --role \(slot.role))"
        case .other(let table, let column):
            return "\(table).\(column): \(text) (no command edits it)"
        }
    }

    /// "the store holds it as J112" when the code was typed in another case.
    static func storedAs(_ report: WithdrawalReport) -> String? {
        let others = report.storedCodes.filter { $0 != report.code }
        return others.isEmpty
            ? nil : "'\(report.code)' matches the stored code \(others.joined(separator: ", ")) (codes are compared ignoring case)"
    }
}
