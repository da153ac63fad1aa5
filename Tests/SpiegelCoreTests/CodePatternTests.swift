import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Code patterns")
struct CodePatternTests {
    @Test(
        "a safe pattern matches as a whole-value regular expression would",
        arguments: [
            ("[A-Z]{1,3}[0-9]{1,4}", "C07", true), ("[A-Z]{1,3}[0-9]{1,4}", "ABCD1", false),
            ("[A-Z]{1,3}[0-9]{1,4}", "J12345", false), ("^[A-Z]{1,3}[0-9]{1,4}$", "AB12", true),
            ("[A-Za-z0-9][A-Za-z0-9._-]{0,31}", "coach-7.a_b", true), ("[A-Za-z0-9][A-Za-z0-9._-]{0,31}", "Jan de Vries", false),
            ("\\d+\\.\\d?", "12.", true), ("[^ ]+x*", "ab", true), ("a.c", "abc", true), ("a\\.c", "abc", false),
            ("\\w{2}-\\d{3}", "ab-123", true), ("\\w{2}-\\d{3}", "ab-12", false), ("[A-Z]{2,}", "A", false),
        ])
    func matches(pattern: String, value: String, expected: Bool) throws {
        #expect(try CodePattern(parsing: pattern).matches(value) == expected)
    }

    @Test(
        "an unsafe or malformed pattern is refused with the offending character",
        arguments: [
            ("(a+)+$", "'(' at character 1 is not allowed"), ("a|b", "'|' at character 2 is not allowed"),
            ("a**", "'*' at character 3 repeats nothing"), ("+a", "'+' at character 1 repeats nothing"),
            ("a{2}{3}", "'{' at character 5 repeats nothing"), ("[a-z]\\1", "'\\1' at character 6 is not allowed"),
            ("[A-Z", "the class '[' at character 1 is not closed"), ("[z-a]", "the range 'z-a' at character 2 runs backwards"),
            ("a{3,1}", "'{3,1}' at character 2 is not a repetition"), ("a{1,65}", "exceeds 64"),
            ("a\\", "ends in a lone '\\'"), ("", "the pattern is empty"), ("^$", "the pattern is empty"),
            (String(repeating: "a", count: 201), "longer than 200 characters"),
        ])
    func refused(pattern: String, says: String) {
        #expect {
            try CodePattern(parsing: pattern)
        } throws: { error in
            String(describing: error).contains(says)
        }
    }

    @Test("a crafted value against the bundled pattern is answered at once and refused")
    func craftedValue() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let crafted = String(repeating: "A", count: 10_000) + "!"
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: AnswerError.self) {
                try HeaderValues.check([(field: "coach", value: crafted), (field: "jongere", value: "J1")], against: instrument)
            }
        }
        #expect(elapsed < .seconds(1))
        let pattern = try CodePattern(parsing: "[A-Z]*[A-Z]*[A-Z]*[A-Z]*[0-9]")
        let matchTime = clock.measure { #expect(!pattern.matches(String(repeating: "A", count: 64) + "!")) }
        #expect(matchTime < .seconds(1))
    }

    @Test("a code value longer than the bound is refused before matching")
    func longValue() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        #expect {
            try HeaderValues.check([(field: "coach", value: String(repeating: "A", count: 65))], against: instrument)
        } throws: { error in
            String(describing: error).contains("at most 64 characters")
        }
    }

    @Test("random patterns and values: every pattern is parsed or refused, and matches as Swift's Regex does")
    func randomPatterns() {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("aZ09-_.\\[]^$(){},?*+|dws ")
        for _ in 0..<3000 {
            let pattern = String(
                (0..<Int.random(in: 0...16, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            )
            guard let parsed = try? CodePattern(parsing: pattern), let regex = try? Regex(pattern) else { continue }
            let value = String(
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            )
            #expect(parsed.matches(value) == ((try? regex.wholeMatch(in: value)) != nil), "pattern \(pattern), value \(value)")
        }
    }
}
