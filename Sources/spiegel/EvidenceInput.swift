import Foundation
import SpiegelCore

/// The options of `note` that can stand in for the words of a note.
struct NoteOptions {
    var end: String?
    var item: String?
    var indicator: String?
    var valence: String?
}

/// Reads typed evidence and checks it against the session and its instrument.
enum EvidenceInput {
    /// A note from its words, `TIME [ITEM|INDICATOR] [+|-|=] TEXT` (a word may hold several,
    /// as one line of standard input does; ``NoteHead`` reads what comes before the text),
    /// with the options that stand in for them; the text is kept as typed.
    static func note(_ words: [String], options: NoteOptions, session: Session, instrument: Instrument) throws -> Evidence {
        var rest = Substring(words.joined(separator: " "))
        guard let time = NoteHead.nextWord(&rest) else {
            throw CLIError("give the time in the video first, e.g. spiegel note 12:34 1c + \"quote\"")
        }
        var evidence = Evidence(id: EvidenceID(UUID().uuidString.lowercased()), start: try VideoTime(parsing: String(time)), text: "")
        let head = try NoteHead(rest, in: instrument, valenceGiven: options.valence != nil)
        if let target = head.target { (evidence.item, evidence.indicator) = target }
        let typedValence = head.valence
        if let typedValence { evidence.valence = typedValence }
        rest = head.text
        evidence.text = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !evidence.text.isEmpty else {
            throw CLIError("the note has no text: write what was said or seen after the time (and item, + or -)")
        }
        try apply(options, to: &evidence, typedValence: typedValence, instrument: instrument)
        return try checked(evidence, session: session, instrument: instrument)
    }

    /// Sets what the options name, refusing one that says otherwise than the words.
    private static func apply(_ options: NoteOptions, to evidence: inout Evidence, typedValence: Valence?, instrument: Instrument) throws {
        evidence.end = try options.end.map { try VideoTime(parsing: $0) }
        if let item = options.item { try retarget(&evidence, to: try target(item, in: instrument), named: "--item \(item)") }
        if let indicator = options.indicator {
            try retarget(&evidence, to: (nil, try self.indicator(indicator, in: instrument).1), named: "--indicator \(indicator)")
        }
        if let typed = options.valence {
            guard let valence = Valence(typed: typed) else {
                throw CLIError("--valence '\(typed.escapedForTerminal)': expected +, - or =")
            }
            if let typedValence, valence != typedValence {
                throw CLIError("the note says '\(typedValence.symbol)' but --valence says '\(valence.symbol)': give the valence once")
            }
            evidence.valence = valence
        }
    }

    /// Adds an item or indicator named by an option; refuses one that disagrees with what
    /// the evidence names already.
    static func retarget(_ evidence: inout Evidence, to target: (item: ItemID?, indicator: IndicatorID?), named option: String) throws {
        let named = [evidence.indicator?.rawValue, evidence.item?.rawValue].compactMap { $0 }.first ?? ""
        if let item = target.item, let current = evidence.item, item != current {
            throw CLIError(
                "'\(named.escapedForTerminal)' (item \(current.rawValue.escapedForTerminal)) and \(option.escapedForTerminal) (item \(item.rawValue.escapedForTerminal)) disagree: name the item once"
            )
        }
        if let indicator = target.indicator, let current = evidence.indicator, indicator != current {
            throw CLIError(
                "'\(current.rawValue.escapedForTerminal)' and \(option.escapedForTerminal) name two indicators: name the indicator once")
        }
        evidence.item = target.item ?? evidence.item
        evidence.indicator = target.indicator ?? evidence.indicator
    }

    /// The word after the time as an item or indicator; nil when it is the start of the text.
    /// A word the instrument could mean as an id but that names none of its items or
    /// indicators (`16`, `1z`, `1a1`, a section such as `I`) is refused
    /// (``Instrument/evidenceTarget(inText:)``).
    static func typedTarget(_ word: String, in instrument: Instrument) throws -> (ItemID?, IndicatorID?)? {
        do {
            return try instrument.evidenceTarget(inText: word).map { ($0.item, $0.indicator) }
        } catch {
            throw CLIError("\(error.description) (to start the text with '\(word)', put + - or = before it)")
        }
    }

    /// An item id or an indicator id (which names its item).
    static func target(_ word: String, in instrument: Instrument) throws -> (ItemID?, IndicatorID?) {
        try described { () throws(EvidenceTargetError) in try instrument.evidenceTarget(named: word) }
    }

    /// An indicator id, with its item.
    static func indicator(_ word: String, in instrument: Instrument) throws -> (ItemID?, IndicatorID?) {
        try described { () throws(EvidenceTargetError) in try instrument.indicator(named: word) }
    }

    /// The target `read` finds, or its refusal as the CLI words it.
    private static func described(_ read: () throws(EvidenceTargetError) -> EvidenceTarget) throws -> (ItemID?, IndicatorID?) {
        do {
            let target = try read()
            return (target.item, target.indicator)
        } catch {
            throw CLIError("\(error.description)")
        }
    }

    /// The evidence checked as every path checks it (``Evidence/checked(against:duration:)``),
    /// against the session's recording.
    static func checked(_ evidence: Evidence, session: Session, instrument: Instrument) throws(EvidenceError) -> Evidence {
        try evidence.checked(against: instrument, duration: session.video?.duration)
    }
}

extension Valence {
    /// `+`, `-` or `=` as a word of a note.
    init?(symbol: Substring) {
        guard ["+", "-", "="].contains(symbol) else { return nil }
        self.init(typed: String(symbol))
    }
}
