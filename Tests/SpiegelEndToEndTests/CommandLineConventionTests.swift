import Foundation
import SpiegelTestSupport
import Testing

/// The conventions of a command-line tool: an unknown command is refused with a usage status
/// and the commands that were probably meant.
@Suite("command-line conventions (end to end)")
struct CommandLineConventionTests {
    @Test(
        "an unknown command, also after 'help' or within a group, is refused with a suggestion and status 64",
        arguments: [
            (["help", "nosuch"], "'nosuch' is not a spiegel command; commands: demo, instrument, session"),
            (["nosuch"], "'nosuch' is not a spiegel command"),
            (["sesion", "list"], "'sesion' is not a spiegel command; did you mean 'session'?"),
            (["comprae"], "did you mean 'compare'?"),
            (["session", "lst"], "'lst' is not a command of 'spiegel session'; did you mean 'list'?"),
            (["help", "evidence", "lijst"], "'lijst' is not a command of 'spiegel evidence'; did you mean 'list'?"),
            (["instrument", "shwo", "school2care-reflectie"], "did you mean 'show'?"),
        ])
    func unknownCommand(arguments: [String], message: String) throws {
        let run = try SpiegelBinary.run(arguments, in: try Fixtures.temporaryFolder())
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("help for a known command still prints its help and succeeds")
    func knownHelp() throws {
        let run = try SpiegelBinary.run(["help", "session", "list"], in: try Fixtures.temporaryFolder())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE: spiegel session list"))
    }
}

/// Shell completion: the generated scripts ask the binary (`---completion`) for the values.
@Suite("shell completion (end to end)")
struct ShellCompletionTests {
    @Test("session numbers come from the store named on the line; a missing store is neither created nor reported")
    func sessionNumbers() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = folder.appending(path: "s.sqlite").path
        for (coach, number) in [("C07", "3"), ("C08", "1")] {
            let created = try SpiegelBinary.run(
                ["session", "create", "school2care-reflectie", "coach=\(coach)", "jongere=J112", "gesprek=\(number)", "--store", store])
            #expect(created.status == 0, "\(created.stderr)")
        }
        let words = ["spiegel", "compare", "--store", store, ""]
        let run = try SpiegelBinary.run(["---completion", "compare", "--", "positional@0", "4", "0"] + words, in: folder)
        #expect(run.stdout.split(separator: "\n") == ["1", "2"])
        let missing = folder.appending(path: "nieuw/s.sqlite").path
        let none = try SpiegelBinary.run(
            ["---completion", "compare", "--", "positional@0", "4", "0", "spiegel", "compare", "--store", missing, ""], in: folder)
        #expect(none.stdout.isEmpty && none.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "nieuw").path))
    }

    @Test("instrument ids complete by prefix, also for --instrument and with --instruments folders on the line")
    func instrumentIDs() throws {
        let folder = try Fixtures.temporaryFolder()
        let run = try SpiegelBinary.run(
            ["---completion", "agreement", "--", "--instrument", "2", "1", "spiegel", "agreement", "--instrument", "k"], in: folder)
        #expect(run.stdout.split(separator: "\n") == ["kijkwijzer-krachtige-leeromgeving", "kijkwijzer-vlekjesmethode"])
        let script = try SpiegelBinary.run(["--generate-completion-script", "bash"], in: folder)
        #expect(script.stdout.contains("---completion session create -- positional@0"))
    }
}
