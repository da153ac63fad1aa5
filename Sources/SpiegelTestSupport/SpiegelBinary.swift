import Foundation

/// Runs the built `spiegel` executable, as a user would, and captures what it prints.
public enum SpiegelBinary {
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The executable beside the test bundle (`swift build` puts both in one folder).
    public static var url: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appending(path: "spiegel")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return Fixtures.repository.appending(path: ".build/debug/spiegel")
    }

    /// Runs `spiegel` with `arguments` in `directory` (a fresh temporary folder by default),
    /// with a clean environment plus `environment`. With a `timeout`, a run that takes longer
    /// (one that hangs on a named pipe) is ended by SIGTERM, which its status shows.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        executable: URL? = nil, input: String? = nil, timeout: Duration? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? url
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        var base = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        base["HOME"] = environment["HOME"] ?? FileManager.default.temporaryDirectory.appending(path: "spiegel-test-home").path
        process.environment = base.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        let ending = timeout.map { end(process.processIdentifier, after: $0) }
        // Each pipe is drained on a thread of its own while the input is written: a child that
        // fills one pipe (say 64 KB of errors) before it closes another never waits on us.
        let stdout = PipeDrain(out.fileHandleForReading), stderr = PipeDrain(err.fileHandleForReading)
        if let input { try? inPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        let output = stdout.data, errors = stderr.data
        process.waitUntilExit()
        ending?.cancel()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self))
    }

    /// Sends SIGTERM to the child `pid` once `timeout` has passed; cancel the item when it has ended.
    private static func end(_ pid: Int32, after timeout: Duration) -> DispatchWorkItem {
        let ending = DispatchWorkItem { _ = kill(pid, SIGTERM) }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: ending)
        return ending
    }
}

/// A pipe read to its end on a thread of its own.
///
/// `@unchecked Sendable`: `bytes` is written once, by the reading thread, before it signals
/// `finished`; `data` reads it only after waiting for that signal.
private final class PipeDrain: @unchecked Sendable {
    private var bytes = Data()
    private let finished = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            bytes = handle.readDataToEndOfFile()
            finished.signal()
        }
    }

    /// Everything the pipe carried, once the writing end is closed.
    var data: Data {
        finished.wait()
        return bytes
    }
}
