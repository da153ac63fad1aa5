import Foundation
import SpiegelTestSupport
import Testing

/// The supervisor's day, run with the built binary against a store in a temporary folder.
@Suite("Sessions, notes and scores (end to end)")
struct SessionWorkflowTests {
    let folder: URL
    let environment: [String: String]

    init() throws {
        folder = try Fixtures.temporaryFolder()
        environment = ["SPIEGEL_STORE": folder.appending(path: "spiegel.sqlite").path, "HOME": folder.path]
        try Data(repeating: 7, count: 4_000_000).write(to: folder.appending(path: "gesprek3.mp4"))
    }

    @discardableResult
    func spiegel(_ arguments: String..., input: String? = nil, expect status: Int32 = 0) throws -> SpiegelBinary.Run {
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment, input: input)
        #expect(run.status == status, "spiegel \(arguments.joined(separator: " ")) → \(run.status)\n\(run.stdout)\(run.stderr)")
        return run
    }

    /// The whole database as SQL text, to check that a refusal changed nothing.
    func dump() throws -> String {
        try SQLite3.run(environment["SPIEGEL_STORE"]!, ".dump")
    }

    func createSession() throws {
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=3", "doel=Afspraken over stage",
            "--video", "gesprek3.mp4", "--duration", "25:00", "--date", "2026-11-18", "--use")
        try spiegel("use", "--rater", "S01", "--role", "supervisor")
    }

    @Test("create, note while watching, score, correct: the history keeps the earlier value")
    func supervisorsDay() throws {
        try createSession()
        let note = try spiegel("note", "12:34", "1d", "+", "Dus als ik het goed begrijp, wil je eerst je stage afmaken?")
        #expect(note.stdout == "#1 12:34  1d  +  Dus als ik het goed begrijp, wil je eerst je stage afmaken?\n")
        try spiegel("note", "3:40", "6", "-", "Laat", "het", "onderwerp", "schieten", "--end", "4:10")
        let list = try spiegel("evidence", "list")
        #expect(list.stdout.hasPrefix("#2  03:40–04:10  S01 (supervisor)  6  -  Laat het onderwerp schieten\n#1  12:34"))
        try spiegel(
            "score", "1=3@1", "2=2", "3=3", "4=2", "5=3", "6=1@2", "7=3", "8=2", "9=2", "10=1", "11=nvt", "12=2", "13=2", "14=3",
            "--strength", "1", "--strength", "7", "--work-point", "6")
        try spiegel("score", "2=3")
        let shown = try spiegel("rating", "show", "--history")
        #expect(shown.stdout.contains("2     3      Goed"))
        #expect(shown.stdout.contains("11    nvt    n.v.t."))
        #expect(shown.stdout.contains("strong points: 1, 7   work points: 6"))
        #expect(shown.stdout.contains("  2: 2 [score"))
        #expect(shown.stdout.contains("→ 3 [score"))
        let session = try spiegel("session", "show")
        #expect(session.stdout.contains("S01 (supervisor): 14 of 14 items  1=3 2=3 3=3 4=2 5=3 6=1 7=3 8=2 9=2 10=1 11=nvt 12=2 13=2 14=3"))
        #expect(session.stdout.contains("4000000 bytes, duration 25:00"))
    }

    @Test("a coach scores by walking through the items interactively")
    func interactive() throws {
        try createSession()
        let walk = try spiegel("score", "--interactive", "--rater", "C07", "--role", "self", input: "3\n4\n2\n\nq\n")
        #expect(walk.stdout.contains("1a  Neemt de rust en tijd voor het gesprek en heeft zijn volledige aandacht\n        erbij"))
        #expect(walk.stdout.contains("1 = Verdient aandacht   2 = Acceptabel   3 = Goed   nvt = n.v.t."))
        #expect(walk.stdout.contains("'4' is not on the scale of item '2'"))
        #expect(walk.stdout.contains("2 changes saved; 2 of 14 items scored"))
    }

    @Test(
        "every refusal is one clear line, a non-zero exit, and the store unchanged",
        arguments: [
            (["note", "26:00", "1a", "+", "na het einde"], "26:00 is past the end of the recording (25:00)"),
            (["note", "-0:05", "x"], "cannot be negative"),
            (["note", "12:75", "x"], "'75' is more than 59"),
            (["note", "12:00", "--item", "99", "x"], "'99' is neither an item nor an indicator"),
            (["note", "12:00", "--item", "3b", "x", "--end", "11:00"], "the end 11:00 is not after the start 12:00"),
            (["note", "12:00", "1a"], "the note has no text"),
            (["note", "12:00", "x", "--session", "99"], "there is no session 99"),
            (["note", "12:00", "x", "--role", "moeder"], "'moeder' is not a role of school2care-reflectie"),
            (["note", "12:00", "x", "--rater", "Jan de Vries"], "is not a rater code"),
            (["score", "1=4"], "'4' is not on the scale of item '1': expected one of 1, 2, 3, or nvt"),
            (["score", "1=3", "15=2"], "'15' is not an item of school2care-reflectie"),
            (["score", "1=3@7"], "'7' is not evidence of this rater in this session"),
            (["score", "--strength", "1", "--strength", "2", "--strength", "3"], "asks for 2 strong points"),
            (["evidence", "edit", "1", "--indicator", "2b"], "indicator '2b' belongs to item '2', not to item '1'"),
            (["note", "12:00", "--item", "2", "--indicator", "1a", "x"], "indicator '1a' belongs to item '1', not to item '2'"),
            (
                ["note", "12:00", "--indicator", "9z", "x"],
                "'9z' is neither an item nor an indicator of school2care-reflectie; item 9 has indicators 9a"
            ),
            (["note", "1:00", "x", "--bogus"], "unknown option '--bogus' for note"),
            (["evidence", "delete", "42"], "there is no evidence #42"),
            (["session", "create", "school2care-reflectie", "jongere=J112"], "header field 'coach' (Naam* coach) is required"),
            (["session", "create", "school2care-reflectie", "coach=Jan", "jongere=J112"], "takes a research code matching"),
            (
                ["session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "--video", "weg.mp4"],
                "--video weg.mp4: no such file"
            ),
            (
                ["session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "--date", "18-11-2026"],
                "expected a day as yyyy-mm-dd"
            ),
            (["session", "show", "99"], "there is no session 99"),
            (
                ["session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "--duration", "25:00"],
                "--duration is the video's duration: give the video with --video FILE too"
            ),
        ])
    func refusals(arguments: [String], message: String) throws {
        try createSession()
        try spiegel("note", "12:34", "1d", "+", "Vat samen")
        let before = try dump()
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(try dump() == before)
    }

    @Test("n.v.t. where the scale forbids it is refused")
    func notApplicableForbidden() throws {
        try spiegel("session", "create", "kijkwijzer-vlekjesmethode", "leerkracht=L04", "--use")
        let run = try spiegel("score", "--rater", "L09", "--role", "peer", "l1=nvt", expect: 1)
        #expect(run.stderr.contains("does not allow n.v.t."))
    }

    @Test("two processes adding evidence at the same moment both succeed; nothing is lost")
    func concurrentNotes() throws {
        try createSession()
        let processes = (0..<2).map { writer in
            (0..<25).map { index in ["note", "\(writer * 5):\(String(format: "%02d", index))", "1a", "+", "writer \(writer) note \(index)"]
            }
        }
        let group = DispatchGroup()
        let failures = FailureCounter()
        for notes in processes {
            group.enter()
            DispatchQueue.global().async {
                for arguments in notes where (try? SpiegelBinary.run(arguments, in: folder, environment: environment))?.status != 0 {
                    failures.add()
                }
                group.leave()
            }
        }
        group.wait()
        #expect(failures.count == 0)
        let list = try spiegel("evidence", "list")
        #expect(list.stdout.contains("50 pieces of evidence in session 1"))
    }

    @Test("withdrawal asks for the code again, and removes nothing without it")
    func withdrawal() throws {
        try createSession()
        try spiegel("note", "1:00", "1a", "+", "Vertelt over thuis")
        let refused = try spiegel("withdraw", "J112", input: "J11\n", expect: 1)
        #expect(refused.stdout.contains("1 session about J112 (1)"))
        #expect(refused.stderr.contains("not confirmed; nothing was removed"))
        #expect(try spiegel("session", "list").stdout.contains("1 session\n"))
        let done = try spiegel("withdraw", "J112", "--yes")
        #expect(done.stdout.contains("removed:\n  1 session about J112 (1)"))
        #expect(try spiegel("session", "list").stdout.contains("0 sessions"))
    }
}

final class FailureCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}
