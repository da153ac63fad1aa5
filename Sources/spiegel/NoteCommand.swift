import ArgumentParser
import Foundation
import SpiegelCore

/// `spiegel note`: one short command per moment seen in the video, or many from standard input.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Record evidence at a moment in the video: time, item or indicator, strength (+) or work point (-), and the quote.",
        discussion: """
            spiegel note 12:34 1c + "Dus als ik het goed begrijp, wil je..."
            spiegel note 1:02:03.500 6 - Laat de leerling niet uitpraten
            spiegel note 75 = Leerling kijkt weg --end 1:20
            The item or indicator is optional (an indicator names its item); so is the valence \
            (+ strength, - work point, = neutral, the default). Everything after is the text, \
            kept as typed. Punctuation or a valence glued to the id is read apart (1a: is 1a, \
            1a+ is 1a +), and so is a valence glued to the text (+x is a strength "x"). Refused, \
            with a hint, rather than saved as text: a word in the item's place that looks like \
            an id but is none (16, 1z); a doubled valence (++); a valence glued to a word that \
            is no id (Ia+); a valence after the text's first word (Ia + x, 1 a + x). To start \
            the text with such words, put the valence first (= 16 keer gevraagd). \
            Seconds with a one- or two-digit fraction (5.30) are refused as ambiguous: write \
            5:30, or 5.300 for seconds.
            With --stdin (or 'spiegel note -') each line of standard input is one note, \
            TIME [ITEM|INDICATOR] [+|-|=] TEXT, without shell quoting. Each line is checked and \
            saved on its own; a wrong line is reported with its number and skipped, and the \
            command then exits with status 1. Empty lines and lines starting with # are skipped.
            """)

    @Argument(
        parsing: .allUnrecognized,
        help: "TIME [ITEM|INDICATOR] [+|-|=] TEXT — the time in the video as ss, mm:ss or hh:mm:ss, optionally .mmm.")
    var words: [String] = []
    @Option(help: "The end of the moment, after the start.") var end: String?
    @Option(help: "The item or indicator (instead of the word after the time).") var item: String?
    @Option(help: "The indicator; it must belong to the item, when one is given.") var indicator: String?
    @Option(help: "+ (strength), - (work point) or = (neutral), instead of the word after the item.") var valence: String?
    @Flag(help: "Read notes from standard input, one a line (also: 'spiegel note -').") var stdin = false
    @OptionGroup var slot: SlotOptions
    @OptionGroup var store: StoreOptions

    /// The words of the note: all but the first `--`, which ends the options.
    private var noteWords: [String] {
        guard let end = words.firstIndex(of: "--") else { return words }
        return Array(words[..<end] + words[(end + 1)...])
    }

    /// Refuses a word before `--` that looks like an option but is none of note's.
    private func refuseUnknownOptions() throws {
        let options = words.prefix { $0 != "--" }
        if let option = options.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw CLIError(
                "unknown option '\(option.escapedForTerminal)' for note: expected --end, --item, --indicator, --valence, --stdin, --session, --rater, --role or --store"
            )
        }
    }

    private var readsStandardInput: Bool { stdin || noteWords == ["-"] }

    func validate() throws {
        guard readsStandardInput else { return }
        if stdin, !noteWords.isEmpty { throw ValidationError("with --stdin the notes come from standard input, not from the arguments") }
        if end != nil || item != nil || indicator != nil || valence != nil {
            throw ValidationError(
                "with --stdin each line gives its own time, item and valence: leave out --end, --item, --indicator and --valence")
        }
    }

    func run() throws {
        try refuseUnknownOptions()
        let opened = try store.open()
        let (slot, session, instrument) = try reportingErrors { try self.slot.slot(in: opened) }
        if readsStandardInput { return try NoteLines(slot: slot, session: session, instrument: instrument, store: opened).readAll() }
        let stored = try reportingErrors {
            let options = NoteOptions(end: end, item: item, indicator: indicator, valence: valence)
            let evidence = try EvidenceInput.note(noteWords, options: options, session: session, instrument: instrument)
            return try opened.addEvidence(evidence, to: slot)
        }
        Terminal.print("#\(stored.number) \(EvidenceText.line(stored, showRater: false))")
    }
}

/// Notes read from standard input, one a line, each checked and saved on its own.
struct NoteLines {
    let slot: RaterSlot
    let session: Session
    let instrument: Instrument
    let store: SessionStore

    /// Saves every right line; reports each wrong one on standard error with its number and
    /// goes on; exits with status 1 when any line was wrong.
    func readAll() throws {
        var (saved, refused, number) = (0, [Int](), 0)
        while let line = readLine() {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            do {
                let evidence = try EvidenceInput.note([line], options: NoteOptions(), session: session, instrument: instrument)
                let stored = try store.addEvidence(evidence, to: slot)
                Terminal.print("#\(stored.number) \(EvidenceText.line(stored, showRater: false))")
                saved += 1
            } catch {
                Terminal.error("line \(number): \(String(describing: error).escapedForTerminal)")
                refused.append(number)
            }
        }
        let lines = refused.map(String.init).joined(separator: ", ")
        Terminal.print(
            "\(saved) note\(saved == 1 ? "" : "s") saved\(refused.isEmpty ? "" : "; line\(refused.count == 1 ? "" : "s") \(lines) refused")"
        )
        if !refused.isEmpty { throw ExitCode(1) }
    }
}
