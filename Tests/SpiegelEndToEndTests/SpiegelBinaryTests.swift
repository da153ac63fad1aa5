import Foundation
import SpiegelTestSupport
import Testing

@Suite("The test helper that runs the binary")
struct SpiegelBinaryTests {
    @Test(
        "a child that writes far more than a pipe holds to standard error before it closes standard output is read to the end",
        .timeLimit(.minutes(1)))
    func largeStandardError() throws {
        // 1 MB of errors first, then one line of output: reading standard output to its end
        // before standard error waits forever for a child blocked on the full error pipe.
        let script = "head -c 1000000 /dev/zero | tr '\\0' e >&2; echo klaar"
        let run = try SpiegelBinary.run(["-c", script], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(run.status == 0)
        #expect(run.stdout == "klaar\n")
        #expect(run.stderr.utf8.count == 1_000_000)
    }

    @Test("input larger than a pipe holds reaches a child that answers as it reads", .timeLimit(.minutes(1)))
    func largeInput() throws {
        let input = String(repeating: "regel\n", count: 100_000)
        let run = try SpiegelBinary.run(["-c", "cat; cat >&2 < /dev/null"], executable: URL(fileURLWithPath: "/bin/sh"), input: input)
        #expect(run.status == 0)
        #expect(run.stdout == input)
    }
}
