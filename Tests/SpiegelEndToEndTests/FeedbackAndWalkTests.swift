import Foundation
import SpiegelTestSupport
import Testing

/// Strong and work points that change only as named, and the interactive walk, run with the
/// built binary.
@Suite("Feedback choices and the interactive walk (end to end)")
struct FeedbackAndWalkTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.supervisorWorkspace()
    }

    @Test("a work point added later keeps the strong points; a strong point is removed only by name; the history shows each change")
    func feedbackChangesOnlyWhatIsNamed() throws {
        try spiegel("score", "1=3", "--strength", "1", "--strength", "2")
        let added = try spiegel("score", "3=2", "--work-point", "10")
        #expect(added.stdout.contains("2 changes saved; 2 of 14 items scored"))
        #expect(added.stdout.contains("strong points: 1, 2   work points: 10"))
        #expect(try spiegel("rating", "show").stdout.contains("strong points: 1, 2   work points: 10"))
        let removed = try spiegel("score", "--no-strength", "2")
        #expect(removed.stdout.contains("strong points: 1   work points: 10"))
        let history = try spiegel("rating", "show", "--history").stdout
        #expect(history.contains("strong and work points:"))
        #expect(history.contains("strong points 1, 2; work points -  [score"))
        #expect(history.contains("strong points 1, 2; work points 10  [score"))
        #expect(history.contains("strong points 1; work points 10  [score"))
    }

    @Test(
        "more points than the instrument asks for, removing one not chosen, or one item as both: refused with the choice as it is now",
        arguments: [
            (
                ["score", "--strength", "3"],
                "asks for 2 strong points at most; adding 3 would make 3; chosen now: strong points 1, 2; work points 10"
            ),
            (["score", "--work-point", "4"], "remove one with --no-work-point ITEM"),
            (["score", "--no-strength", "7"], "item 7 is not chosen as a strong point; chosen now: strong points 1, 2"),
            (["score", "--work-point", "1", "--no-work-point", "10"], "item 1 cannot be a strong point and a work point at once"),
            (["score", "--strength", "99"], "'99' is not an item of school2care-reflectie"),
        ])
    func feedbackRefusals(arguments: [String], message: String) throws {
        try spiegel("score", "1=3", "--strength", "1", "--strength", "2", "--work-point", "10")
        try expectRefusal(arguments, message)
    }

    @Test("the walk goes back, jumps, shows the item's own evidence, asks for strong and work points, and saves each answer")
    func walk() throws {
        try spiegel("note", "1:00", "2b", "+", "Vraagt door op het antwoord", "--rater", "C07", "--role", "self")
        try spiegel("note", "2:00", "5", "-", "Onderbreekt", "--rater", "C07", "--role", "self")
        let input = ["3", "2", "<", "3", ":13", "1", "?", ":9", "nvt", ":f", "1 2", "13", ""].joined(separator: "\n") + "\n"
        let run = try spiegel("score", "--interactive", "--rater", "C07", "--role", "self", input: input)
        #expect(run.stdout.contains("your evidence:\n    #1  01:00  2b  +  Vraagt door op het antwoord"))
        #expect(!run.stdout.contains("Onderbreekt"), "the evidence of item 5 is shown only at item 5, which the walk skipped")
        #expect(run.stdout.contains("2 (now 2)> "), "going back shows the answer just given")
        #expect(run.stdout.contains("strong points (now none)> "))
        #expect(run.stdout.contains("6 changes saved; 4 of 14 items scored\nstrong points: 1, 2   work points: 13"))
        let shown = try spiegel("rating", "show", "--rater", "C07", "--role", "self").stdout
        #expect(shown.contains("2     3      Goed"))
        #expect(shown.contains("9     nvt"))
        #expect(shown.contains("13    1      Verdient aandacht"))
    }

    @Test("at the end of the input every answer entered is saved, and lines are wrapped between words at 80 columns")
    func endOfInputAndWrapping() throws {
        let run = try spiegel("score", "-i", "--rater", "C07", "--role", "self", input: "3\n2\n")
        #expect(run.stdout.contains("(end of input: every answer entered is saved)"))
        #expect(run.stdout.contains("2 changes saved; 2 of 14 items scored"))
        for line in run.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(run.stdout.contains("    1a  Neemt de rust en tijd voor het gesprek en heeft zijn volledige aandacht\n        erbij"))
    }

    @Test("Ctrl-C in the walk keeps every answer entered and says so")
    func interrupt() throws {
        let process = Process()
        process.executableURL = SpiegelBinary.url
        process.arguments = ["score", "--interactive", "--rater", "C07", "--role", "self"]
        process.currentDirectoryURL = folder
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { $1 }
        let (input, output) = (Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("3\n2\n".utf8))
        let deadline = Date().addingTimeInterval(10)
        while try SQLite3.run(environment["SPIEGEL_STORE"]!, "SELECT count(*) FROM score_revision").trimmingCharacters(
            in: .whitespacesAndNewlines)
            != "2", Date() < deadline
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.interrupt()
        let stop = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stop { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130)
        #expect(printed.contains("interrupted: session 1, rater C07 as self: 2 changes saved; 2 of 14 items scored"))
        #expect(try spiegel("rating", "show", "--rater", "C07", "--role", "self").stdout.contains("2     2      Acceptabel"))
    }
}
