import Foundation
import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// "No crash, no hang, clear error" as a property of every XML reader, checked on mutants of
/// the bundled instruments and of a real rating file.
///
/// The run is reproducible: `SPIEGEL_FUZZ_SEED` picks the seed (default 11) and
/// `SPIEGEL_FUZZ_ITERATIONS` the number of mutants per file (default 80; raise it for a long
/// run). A failing input is written to a temporary file whose path the failure names.
@Suite("Fuzzed XML input")
struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["SPIEGEL_FUZZ_SEED"].flatMap { UInt64($0) } ?? 11
    static let iterations = environment["SPIEGEL_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 80
    /// Far above the few milliseconds a mutant takes, far below a hang.
    static let timeLimit = Duration.seconds(1)

    @Test("every mutant of a bundled instrument gives an instrument or located errors, quickly", arguments: Fixtures.bundledInstrumentNames)
    func instruments(name: String) throws {
        let original = try Fixtures.bytes(of: Fixtures.instruments.appending(path: name))
        var fuzzer = MutationFuzzer(seed: Self.seed ^ UInt64(name.utf8.count))
        for iteration in 0..<Self.iterations {
            let input = fuzzer.mutate(original)
            var result: InstrumentLoader.Result?
            let elapsed = ContinuousClock().measure { result = Fixtures.loader.load(input, source: "mutant.xml") }
            guard let result else { continue }
            let problems = Self.problems(value: result.instrument != nil, diagnostics: result.diagnostics, elapsed: elapsed)
            if let instrument = result.instrument { _ = instrument.contentHash }
            #expect(problems.isEmpty, "\(Self.record(input, name: name, iteration: iteration)): \(problems)")
        }
    }

    @Test("every mutant of a real rating file gives a rating file or located errors, quickly")
    func ratingFiles() throws {
        let original = Array(RatingFileExample.xml.utf8)
        var fuzzer = MutationFuzzer(seed: Self.seed)
        for iteration in 0..<(Self.iterations * 2) {
            let input = fuzzer.mutate(original)
            var outcome: (file: RatingFile?, diagnostics: [Diagnostic])?
            let elapsed = ContinuousClock().measure { outcome = RatingFileExample.reader.read(input, source: "mutant.xml") }
            guard let outcome else { continue }
            let problems = Self.problems(value: outcome.file != nil, diagnostics: outcome.diagnostics, elapsed: elapsed)
            if let file = outcome.file { _ = try? file.rating(in: RatingFileExample.instrument) }
            #expect(problems.isEmpty, "\(Self.record(input, name: "rating", iteration: iteration)): \(problems)")
        }
    }

    @Test("the fuzzer is reproducible: one seed, one sequence of inputs")
    func reproducible() {
        var first = MutationFuzzer(seed: 42)
        var second = MutationFuzzer(seed: 42)
        let original = Array(RatingFileExample.xml.utf8)
        #expect((0..<20).map { _ in first.mutate(original) } == (0..<20).map { _ in second.mutate(original) })
    }

    /// What is wrong with one outcome: a value together with errors, no value and no error, an
    /// error without a place, a message with libxml2's braces or raw control characters, or slowness.
    static func problems(value: Bool, diagnostics: [Diagnostic], elapsed: Duration) -> [String] {
        var problems: [String] = []
        if value == diagnostics.containsErrors { problems.append(value ? "a value despite errors" : "no value and no error") }
        for diagnostic in diagnostics where diagnostic.severity == .error {
            guard let location = diagnostic.location, location.file == "mutant.xml", location.line >= 1, location.column >= 1 else {
                problems.append("unlocated: \(diagnostic)")
                continue
            }
            if diagnostic.message.isEmpty || diagnostic.message.contains("{urn:") { problems.append("unreadable: \(diagnostic)") }
            if diagnostic.message.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                problems.append("raw control character: \(diagnostic.message.debugDescription)")
            }
        }
        if elapsed > timeLimit { problems.append("took \(elapsed)") }
        return problems
    }

    /// Writes a failing input where it can be read again, and says where and how to reproduce it.
    static func record(_ input: [UInt8], name: String, iteration: Int) -> String {
        let url = FileManager.default.temporaryDirectory.appending(path: "spiegel-fuzz-\(name)-\(seed)-\(iteration).xml")
        try? Data(input).write(to: url)
        return "seed \(seed), \(name), mutant \(iteration) (saved as \(url.path))"
    }
}
