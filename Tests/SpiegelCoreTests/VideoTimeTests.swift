import SpiegelCore
import Testing

@Suite("Video times")
struct VideoTimeTests {
    @Test(
        "accepted forms",
        arguments: [
            ("0", 0), ("75", 75_000), ("1:15", 75_000), ("01:15", 75_000), ("12:34.5", 754_500), ("12:34.56", 754_560),
            ("12:34.567", 754_567), ("1:02:03", 3_723_000), ("01:02:03.250", 3_723_250), ("  9:05 ", 545_000),
        ])
    func accepted(text: String, milliseconds: Int) throws {
        #expect(try VideoTime(parsing: text).milliseconds == milliseconds)
    }

    @Test(
        "refused forms, each with the reason",
        arguments: [
            ("", "empty"), ("-5", "negative"), ("-0:05", "negative"), ("12:61", "more than 59"), ("1:60:00", "more than 59"),
            ("1:2:3:4", "too many"), ("abc", "not a number"), ("12:", "not a number"), (":12", "not a number"),
            ("12.5:10", "only the seconds"), ("12:34.5678", "one to three digits"), ("12:34.", "one to three digits"),
            ("1e3", "not a number"),
        ])
    func refused(text: String, reason: String) {
        #expect {
            try VideoTime(parsing: text)
        } throws: { error in
            "\(error)".contains(reason) && "\(error)".contains("expected ss, mm:ss or hh:mm:ss")
        }
    }

    @Test("shown as mm:ss below an hour, h:mm:ss from an hour, with milliseconds only when there are any")
    func shown() {
        #expect(VideoTime(milliseconds: 75_000).description == "01:15")
        #expect(VideoTime(milliseconds: 754_050).description == "12:34.050")
        #expect(VideoTime(milliseconds: 3_723_000).description == "1:02:03")
        #expect(VideoTime(milliseconds: 0).description == "00:00")
    }
}
