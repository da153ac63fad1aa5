import Foundation
import SpiegelTestSupport
import Testing

/// The README's console examples that are marked to run on the demo store give what they show.
///
/// A marked block is the ```console block after a line `<!-- README examples marked like this
/// run on a fresh `spiegel demo` store … -->`. Each `$ spiegel …` line is run (a trailing `# …`
/// is a comment) and the lines after it are what it prints, standard output then standard
/// error; `…` stands for any number of lines. `$ cat FILE` writes the lines after it to FILE.
@Suite("The README's examples on the demo store run as printed (end to end)")
struct ReadmeExampleTests {
    struct Example: CustomStringConvertible {
        var command: String
        var expected: [String]
        var line: Int
        var description: String { "README.md:\(line): \(command)" }
    }

    static let marker = "<!-- README examples marked like this run on a fresh `spiegel demo` store"

    /// Every command of the marked blocks, in order, with the lines shown after it.
    static func examples() throws -> [Example] {
        let lines = try String(contentsOf: Fixtures.repository.appending(path: "README.md"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].hasPrefix(marker), index + 1 < lines.count, lines[index + 1] == "```console" else { continue }
            index += 2
            while index < lines.count, lines[index] != "```" {
                if lines[index].hasPrefix("$ ") {
                    examples.append(Example(command: String(lines[index].dropFirst(2)), expected: [], line: index + 1))
                } else {
                    examples[examples.count - 1].expected.append(lines[index])
                }
                index += 1
            }
        }
        return examples
    }

    /// The words of a command line as a shell splits them: spaces separate, quotes group, `#` after a space starts a comment.
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var word: String?
        var quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word = (word ?? "") + String(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                word = word ?? ""
            } else if character == " " {
                if let done = word { words.append(done) }
                word = nil
            } else if character == "#" && word == nil {
                break
            } else {
                word = (word ?? "") + String(character)
            }
        }
        if let word { words.append(word) }
        return words
    }

    /// Whether `actual` is `expected` with each `…` line (indented or not) standing for any number of lines.
    static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first.trimmingCharacters(in: .whitespaces) == "…" {
            return (actual.startIndex...actual.endIndex).contains { matches(expected.dropFirst(), actual[$0...]) }
        }
        guard let line = actual.first, line == first else { return false }
        return matches(expected.dropFirst(), actual.dropFirst())
    }

    static func trimmed(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        return lines.last == "" ? Array(lines.dropLast()) : lines
    }

    /// The README's demo folder: what the demo folders of the runs are shown as.
    static let readmeDemo = "/tmp/spiegel-demo-3f9c2a1b"

    /// `text` with every `/tmp/spiegel-demo-…` folder shown as the README's.
    static func demoPathShown(_ text: String) -> String {
        text.replacing(#/\/tmp\/spiegel-demo-[0-9a-f]{8}/#, with: readmeDemo)
    }

    /// The folder a `spiegel demo` run made, as its output names it.
    static func demoFolder(_ output: String) -> String? {
        output.firstMatch(of: #/The demo workspace is (\/tmp\/spiegel-demo-[0-9a-f]{8}):/#).map { String($0.1) }
    }

    @Test("the README marks examples to run on the demo store: agreement, history, compare and templates")
    func examplesAreMarked() throws {
        let commands = try Self.examples().map(\.command)
        for command in [
            "spiegel demo", "spiegel compare 1", "spiegel agreement", "spiegel history --coach C07", "spiegel compare 2",
            "cat coach.mustache",
        ] {
            #expect(commands.contains { $0.hasPrefix(command) }, "\(command)")
        }
    }

    @Test("every marked README example prints what the README shows")
    func examplesRunAsPrinted() throws {
        let folder = try Fixtures.temporaryFolder()
        let home = ["HOME": folder.path]
        // The demo as the README makes it: in /tmp/spiegel-demo-…, a path as long as the README's.
        let demo = try SpiegelBinary.run(["demo"], in: folder, environment: home)
        #expect(demo.status == 0, "\(demo.stderr)")
        let workspace = try #require(Self.demoFolder(demo.stdout))
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        let environment = home.merging(["SPIEGEL_STORE": workspace + "/demo.sqlite"]) { $1 }
        for example in try Self.examples() {
            var words = Self.words(example.command)
            if words.first == "cat", words.count == 2 {
                try Data((example.expected.joined(separator: "\n") + "\n").utf8).write(to: folder.appending(path: words[1]))
                continue
            }
            #expect(words.first == "spiegel", "\(example)")
            words.removeFirst()
            let run = try SpiegelBinary.run(words, in: folder, environment: environment)
            let actual = Self.trimmed(Self.demoPathShown(run.stdout)) + Self.trimmed(Self.demoPathShown(run.stderr))
            if words == ["demo"], let made = Self.demoFolder(run.stdout) { try FileManager.default.removeItem(atPath: made) }
            #expect(
                Self.matches(example.expected[...], actual[...]),
                "\(example) printed:\n\(actual.joined(separator: "\n"))\nREADME shows:\n\(example.expected.joined(separator: "\n"))")
        }
    }
}
