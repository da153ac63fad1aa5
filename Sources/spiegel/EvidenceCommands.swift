import ArgumentParser
import Foundation
import SpiegelCore

/// `spiegel note`: one short command per moment seen in the video.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Record evidence at a moment in the video: time, item or indicator, strength (+) or work point (-), and the quote.",
        discussion: """
            spiegel note 12:34 1c + "Dus als ik het goed begrijp, wil je..."
            spiegel note 1:02:03.500 6 - Laat de leerling niet uitpraten
            spiegel note 75 = Leerling kijkt weg --end 1:20
            The item or indicator is optional (an indicator names its item); so is the valence \
            (+ strength, - work point, = neutral, the default). Everything after is the text.
            """)

    @Argument(
        parsing: .allUnrecognized,
        help: "TIME [ITEM|INDICATOR] [+|-|=] TEXT — the time in the video as ss, mm:ss or hh:mm:ss, optionally .mmm.")
    var words: [String] = []
    @Option(help: "The end of the moment, after the start.") var end: String?
    @Option(help: "The item (instead of the word after the time).") var item: String?
    @Option(help: "The indicator; it must belong to the item, when one is given.") var indicator: String?
    @Option(help: "+ (strength), - (work point) or = (neutral), instead of the word after the item.") var valence: String?
    @OptionGroup var slot: SlotOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let opened = try store.open()
        let stored = try reportingErrors {
            let (slot, session, instrument) = try self.slot.slot(in: opened)
            guard let time = words.first else { throw CLIError("give the time in the video first, e.g. spiegel note 12:34 1c + \"quote\"") }
            var evidence = try EvidenceInput.parse(
                time: time, end: end, words: Array(words.dropFirst()), session: session, instrument: instrument)
            if let item { (evidence.item, evidence.indicator) = try EvidenceInput.target(item, in: instrument, strict: true)! }
            if let indicator { evidence.indicator = IndicatorID(indicator) }
            if let valence {
                guard let parsed = Valence(typed: valence) else { throw CLIError("--valence '\(valence)': expected +, - or =") }
                evidence.valence = parsed
            }
            evidence = try EvidenceInput.checked(evidence, session: session, instrument: instrument)
            return try opened.addEvidence(evidence, to: slot)
        }
        print("#\(stored.number) \(EvidenceText.line(stored, showRater: false))")
    }
}

/// Reads typed evidence and checks it against the session and its instrument.
enum EvidenceInput {
    static func parse(time: String, end: String?, words: [String], session: Session, instrument: Instrument) throws -> Evidence {
        if let option = words.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw CLIError(
                "unknown option '\(option)' for note: expected --end, --item, --indicator, --valence, --session, --rater, --role or --store"
            )
        }
        var rest = words.flatMap { $0.split(separator: " ", omittingEmptySubsequences: false).map(String.init) }
        rest = rest.first == "--" ? Array(rest.dropFirst()) : rest
        var (item, indicator): (ItemID?, IndicatorID?) = (nil, nil)
        if let first = rest.first, let target = try target(first, in: instrument, strict: false) {
            (item, indicator) = target
            rest.removeFirst()
        }
        var valence = Valence.neutral
        if let first = rest.first, ["+", "-", "="].contains(first) {
            valence = Valence(typed: first)!
            rest.removeFirst()
        }
        let text = rest.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw CLIError("the note has no text: write what was said or seen after the time (and item, + or -)") }
        return try checked(
            Evidence(
                id: EvidenceID(UUID().uuidString.lowercased()), start: try VideoTime(parsing: time),
                end: try end.map { try VideoTime(parsing: $0) },
                item: item, indicator: indicator, valence: valence, text: text),
            session: session, instrument: instrument)
    }

    /// An item id or an indicator id (which names its item); nil when the word is neither and
    /// `strict` is false (it is then the start of the text).
    static func target(_ word: String, in instrument: Instrument, strict: Bool) throws -> (ItemID?, IndicatorID?)? {
        if let item = instrument.item(ItemID(word)) { return (item.id, nil) }
        for item in instrument.items where item.indicators.contains(where: { $0.id.rawValue == word }) {
            return (item.id, IndicatorID(word))
        }
        guard strict else { return nil }
        throw CLIError(
            "'\(word)' is neither an item nor an indicator of \(instrument.id); 'spiegel instrument show \(instrument.id)' lists them")
    }

    /// Refuses times past the video's known duration, an end before the start, and an
    /// indicator that belongs to another item.
    static func checked(_ evidence: Evidence, session: Session, instrument: Instrument) throws -> Evidence {
        var evidence = evidence
        if let duration = session.video?.duration {
            for time in [evidence.start, evidence.end].compactMap({ $0 }) where time > duration {
                throw CLIError("\(time) is past the end of the video (\(duration)); expected a time from 00:00 to \(duration)")
            }
        }
        if let end = evidence.end, end <= evidence.start {
            throw CLIError("the end \(end) is not after the start \(evidence.start)")
        }
        if let item = evidence.item, instrument.item(item) == nil {
            throw CLIError("'\(item)' is not an item of \(instrument.id)")
        }
        if let indicator = evidence.indicator {
            guard let owner = instrument.items.first(where: { $0.indicators.contains { $0.id == indicator } }) else {
                throw CLIError("'\(indicator)' is not an indicator of \(instrument.id)")
            }
            if let item = evidence.item, item != owner.id {
                throw CLIError("indicator '\(indicator)' belongs to item '\(owner.id)', not to item '\(item)'")
            }
            evidence.item = owner.id
        }
        return evidence
    }
}

/// Evidence as one line: number, time, rater, item/indicator, valence, text.
enum EvidenceText {
    static func line(_ stored: StoredEvidence, showRater: Bool = true) -> String {
        let evidence = stored.evidence
        let time = evidence.start.description + (evidence.end.map { "–\($0)" } ?? "")
        let target = evidence.indicator?.rawValue ?? evidence.item?.rawValue ?? "-"
        let who = showRater ? "  \(stored.slot.rater) (\(stored.slot.role))" : ""
        return "\(showRater ? "#\(stored.number)  " : "")\(time)\(who)  \(target)  \(evidence.valence.symbol)  \(evidence.text)"
    }
}

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List, edit and delete evidence; every change keeps the earlier version.",
        subcommands: [List.self, Edit.self, Delete.self, History.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The evidence of a session in time order.")
        @Argument(help: "The session number (default: the current one).") var session: Int64?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open(.read)
            let id = try SlotOptions.sessionID(session, in: opened)
            let evidence = try reportingErrors {
                _ = try SessionLookup.load(id, from: opened)
                return try opened.evidence(in: id)
            }
            evidence.forEach { print(EvidenceText.line($0)) }
            print("\(evidence.count) piece\(evidence.count == 1 ? "" : "s") of evidence in session \(id)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a piece of evidence; the earlier version stays in its history.")
        @Argument(help: "The evidence number (#N in 'spiegel evidence list').") var number: Int64
        @Option(help: "A new start time.") var time: String?
        @Option(help: "A new end time ('none' removes it).") var end: String?
        @Option(help: "A new item or indicator ('none' removes both).") var item: String?
        @Option(help: "A new indicator; it must belong to the item.") var indicator: String?
        @Option(help: "A new valence: + (strength), - (work point), = (neutral).") var valence: String?
        @Option(help: "A new text.") var text: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open()
            let updated = try reportingErrors {
                guard let stored = try opened.evidence(number: number) else {
                    throw CLIError("there is no evidence #\(number); 'spiegel evidence list' shows the numbers")
                }
                let (session, instrument) = try SessionLookup.load(stored.slot.session, from: opened)
                var evidence = stored.evidence
                if let time { evidence.start = try VideoTime(parsing: time) }
                if let end { evidence.end = end == "none" ? nil : try VideoTime(parsing: end) }
                if let item {
                    (evidence.item, evidence.indicator) =
                        item == "none" ? (nil, nil) : try EvidenceInput.target(item, in: instrument, strict: true)!
                }
                if let indicator { evidence.indicator = IndicatorID(indicator) }
                if let valence {
                    guard let parsed = Valence(typed: valence) else { throw CLIError("'\(valence)' is not a valence: expected +, - or =") }
                    evidence.valence = parsed
                }
                if let text {
                    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError("the text cannot be empty") }
                    evidence.text = text
                }
                guard evidence != stored.evidence else {
                    throw CLIError("nothing to change: give --time, --end, --item, --indicator, --valence or --text")
                }
                return try opened.updateEvidence(number, to: try EvidenceInput.checked(evidence, session: session, instrument: instrument))
            }
            print(EvidenceText.line(updated))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a piece of evidence; its history stays readable.")
        @Argument(help: "The evidence number.") var number: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            let deleted = try reportingErrors { try store.open().deleteEvidence(number) }
            print("deleted \(EvidenceText.line(deleted))")
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every version of a piece of evidence.")
        @Argument(help: "The evidence number.") var number: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            let revisions = try reportingErrors { try store.open(.read).evidenceHistory(number) }
            for revision in revisions {
                let content =
                    revision.value.map {
                        "\($0.start)  \($0.indicator?.rawValue ?? $0.item?.rawValue ?? "-")  \($0.valence.symbol)  \($0.text)"
                    } ?? "(deleted)"
                print("\(revision.recordedAt)  \(revision.origin)  \(content)")
            }
        }
    }
}
