import SpiegelCore

/// How an answer is kept in a row: a kind and a text value, readable without the instrument.
enum AnswerCodec {
    static func encode(_ answer: Answer) -> (kind: String, value: String) {
        switch answer {
        case .level(let value): ("level", String(value))
        case .notApplicable(let code): ("not-applicable", code)
        case .check(let yes): ("check", yes ? "ja" : "nee")
        case .option(let id): ("option", id.rawValue)
        case .number(let current, let desired): ("number", "\(current)" + (desired.map { "/\($0)" } ?? ""))
        case .text(let text): ("text", text)
        }
    }

    /// The answer of a row; nil for a cleared score (kind `cleared`).
    static func decode(kind: String, value: String) throws -> Answer? {
        switch kind {
        case "level": return Int(value).map(Answer.level)
        case "not-applicable": return .notApplicable(value)
        case "check": return .check(value == "ja")
        case "option": return .option(OptionID(value))
        case "number":
            let parts = value.split(separator: "/").compactMap { Double($0) }
            guard let current = parts.first else { throw StoreError("damaged number answer '\(value)' in the store") }
            return .number(current: current, desired: parts.count > 1 ? parts[1] : nil)
        case "text": return .text(value)
        case "cleared": return nil
        default: throw StoreError("unknown answer kind '\(kind)' in the store; was it written by a newer Spiegel?")
        }
    }

    static func citations(_ ids: [EvidenceID]) -> String { ids.map(\.rawValue).joined(separator: " ") }

    static func citations(_ text: String) -> [EvidenceID] { text.split(separator: " ").map { EvidenceID(String($0)) } }
}
