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
