import Foundation
import SpiegelTestSupport
import Testing

/// What the user typed is what is saved: notes, feedback choices and rater codes, run with
/// the built binary.
@Suite("What the user typed is what is saved (end to end)")
struct TypedInputTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try Data(repeating: 7, count: 1000).write(to: folder.appending(path: "gesprek3.mp4"))
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=3", "--video", "gesprek3.mp4",
            "--duration", "25:00", "--date", "2026-11-18", "--use")
        try spiegel("use", "--rater", "S01", "--role", "supervisor")
    }

    @Test(
        "a note whose id, time or options say something else than a note can hold is refused, and nothing is saved",
        arguments: [
            (["note", "5.30", "+", "x"], "'5.30' is not a time: it is ambiguous; did you mean 5:30?"),
            (["note", "1.5", "x"], "did you mean 1:05 or 1:50?"),
            (["note", "1:00", "16", "+", "text"], "'16' is neither an item nor an indicator of school2care-reflectie"),
            (
                ["note", "5:00", "1z", "+", "x"],
                "'1z' is neither an item nor an indicator of school2care-reflectie; item 1 has indicators 1a"
            ),
            (["note", "1:00", "I", "+", "x"], "'I' names section I of school2care-reflectie, not an item or an indicator"),
            (["note", "1:00", "II", "x"], "'II' names section II"),
            (["note", "1:00", "1a1", "+", "x"], "'1a1' is neither an item nor an indicator of school2care-reflectie; did you mean 1a?"),
            (["note", "1:00", "01", "+", "x"], "did you mean 1?"),
            (["note", "1:00", "1A", "x"], "did you mean 1a?"),
            (["note", "1:00", "x", "--item", "I"], "'I' names section I"),
            (["note", "1:00", "x", "--indicator", "3"], "'3' is item 3, not an indicator; its indicators are 3a, 3b, 3c, 3d"),
            (["note", "1:00", "x", "--indicator", "3z"], "item 3 has indicators 3a"),
            (["note", "1:00", "2a", "+", "x", "--item", "1"], "'2a' (item 2) and --item 1 (item 1) disagree"),
            (["note", "1:00", "2", "+", "x", "--indicator", "1a"], "indicator '1a' belongs to item '1', not to item '2'"),
            (["note", "1:00", "2a", "+", "x", "--indicator", "2b"], "name the indicator once"),
            (["note", "1:00", "+", "x", "--valence", "-"], "the note says '+' but --valence says '-'"),
            (["note", "--", "-1", "x"], "'-1' is not a time: a time cannot be negative"),
            (["note", "1:00", "x", "--end", "1.30"], "'1.30' is not a time: it is ambiguous"),
            (["evidence", "edit", "1", "--time", "5.30"], "did you mean 5:30?"),
            (["evidence", "edit", "1", "--item", "2a", "--indicator", "2b"], "name the indicator once"),
            (["evidence", "edit", "1", "--item", "16"], "'16' is neither an item nor an indicator"),
            (["evidence", "edit", "1", "--item", "III"], "'III' names section III"),
            (["evidence", "edit", "1", "--indicator", "1A"], "did you mean 1a?"),
            (["evidence", "edit", "1", "--indicator", "2"], "'2' is item 2, not an indicator"),
            (["score", "1a=3"], "'1a' is not an item of school2care-reflectie: it is an indicator of item 1"),
            (["score", "01=3"], "'01' is not an item of school2care-reflectie; did you mean 1?"),
            (["score", "--strength", "I"], "'I' is not an item of school2care-reflectie: it names section I"),
            (["score", "1=3", "--clear", "1"], "item 1 is both scored and cleared"),
            (
                ["evidence", "edit", "1", "--text", "y", "--rater", "C07"],
                "evidence #1 is rater S01's (supervisor): only S01 can change or delete it, not C07"
            ),
            (["evidence", "delete", "1", "--rater", "C07"], "evidence #1 is rater S01's (supervisor): only S01 can change"),
            (["evidence", "delete", "1", "--rater", "Marieke"], "'Marieke' is not a rater code"),
            (["use", "--rater", "Marieke"], "'Marieke' is not a rater code"),
            (["note", "1:00", "x", "--rater", "Marieke"], "'Marieke' is not a rater code"),
            (["score", "1=3", "--rater", "Marieke"], "'Marieke' is not a rater code"),
        ])
    func refused(arguments: [String], message: String) throws {
        try spiegel("note", "12:34", "1d", "+", "Vat samen")
        try expectRefusal(arguments, message)
    }

    @Test("evidence is changed by its own rater only, and its history names the rater of every version")
    func ownRaterOnly() throws {
        try spiegel("note", "1:00", "1a", "+", "Vat samen")
        try spiegel("note", "2:00", "2", "+", "Vraagt door", "--rater", "C07", "--role", "self")
        let refused = try spiegel("evidence", "edit", "2", "--text", "overschreven", expect: 1)
        #expect(refused.stderr.contains("evidence #2 is rater C07's (self): only C07 can change or delete it, not S01"))
        try spiegel("evidence", "edit", "2", "--text", "Vraagt door naar thuis", "--rater", "C07")
        try spiegel("evidence", "delete", "2", input: nil, environment: ["SPIEGEL_RATER": "C07"])
        let history = try spiegel("evidence", "history", "2").stdout.split(separator: "\n")
        #expect(history.count == 3)
        #expect(history[0].contains("  note  C07  02:00  2  +  Vraagt door"))
        #expect(history[1].contains("  edit  C07  02:00  2  +  Vraagt door naar thuis"))
        #expect(history[2].contains("  delete  C07  (deleted)"))
    }

    @Test("a rater code from SPIEGEL_RATER is checked like one typed")
    func raterFromEnvironment() throws {
        let before = try dump()
        let run = try spiegel("note", "1:00", "x", input: nil, environment: ["SPIEGEL_RATER": "Marieke"], expect: 1)
        #expect(run.stderr.contains("'Marieke' is not a rater code"))
        #expect(try dump() == before)
    }

    @Test("whole seconds, three fraction digits, a text that starts after the valence: saved as typed")
    func clearNotes() throws {
        #expect(try spiegel("note", "75", "=", "16", "keer", "gevraagd").stdout == "#1 01:15  -  =  16 keer gevraagd\n")
        #expect(try spiegel("note", "5.300", "1a", "+", "kort").stdout == "#2 00:05.300  1a  +  kort\n")
        #expect(try spiegel("note", "1:00", "2a", "+", "x", "--item", "2").stdout == "#3 01:00  2a  +  x\n")
    }

    @Test("control characters and bidi overrides in evidence text are shown escaped by note, list, edit and history")
    func escapedText() throws {
        let hostile = "kijkt weg\u{1B}[2J\u{202E}olleh"
        let note = try spiegel("note", "1:00", "1a", "+", hostile)
        let list = try spiegel("evidence", "list")
        let edit = try spiegel("evidence", "edit", "1", "--text", hostile + "!")
        let history = try spiegel("evidence", "history", "1")
        for run in [note, list, edit, history] {
            #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{202E}"), "\(run.stdout)")
            #expect(run.stdout.contains("kijkt weg\\u{1B}[2J\\u{202E}olleh"), "\(run.stdout)")
        }
        let deleted = try spiegel("evidence", "delete", "1")
        #expect(!deleted.stdout.contains("\u{1B}"))
    }

    @Test("notes from standard input: no shell quoting; a wrong line is reported with its number and skipped, status 1")
    func notesFromStandardInput() throws {
        let input = """
            1:00 1a + Hij zegt: "z'n auto's staan buiten"
            # een opmerking
            5.30 + dubbelzinnig

            2:00 16 + geen item
            3:00 6 - Laat   het onderwerp schieten
            4:00 I + een sectie
            4:10 1a1 geen indicator
            """
        let run = try spiegel("note", "-", input: input + "\n", expect: 1)
        #expect(run.stdout.contains("#1 01:00  1a  +  Hij zegt: \"z'n auto's staan buiten\""))
        #expect(run.stdout.contains("#2 03:00  6  -  Laat   het onderwerp schieten"))
        #expect(run.stdout.hasSuffix("2 notes saved; lines 3, 5, 7, 8 refused\n"))
        #expect(run.stderr.contains("line 7: 'I' names section I"))
        #expect(run.stderr.contains("line 8: '1a1' is neither an item nor an indicator of school2care-reflectie; did you mean 1a?"))
        #expect(run.stderr.contains("line 3: '5.30' is not a time: it is ambiguous; did you mean 5:30?"))
        #expect(run.stderr.contains("line 5: '16' is neither an item nor an indicator"))
        #expect(try spiegel("evidence", "list").stdout.contains("2 pieces of evidence in session 1"))
        let clean = try spiegel("note", "--stdin", input: "4:00 = alles goed\n")
        #expect(clean.stdout == "#3 04:00  -  =  alles goed\n1 note saved\n")
    }

    @Test("--stdin takes no note words and no per-note options")
    func standardInputOptions() throws {
        #expect(try spiegel("note", "--stdin", "1:00", "x", expect: 64).stderr.contains("not from the arguments"))
        #expect(try spiegel("note", "-", "--item", "1", expect: 64).stderr.contains("each line gives its own time"))
    }
}
