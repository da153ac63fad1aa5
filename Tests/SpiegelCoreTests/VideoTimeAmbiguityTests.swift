import SpiegelCore
import Testing

@Suite("Video times that could mean minutes and seconds")
struct VideoTimeAmbiguityTests {
    @Test(
        "seconds with one or two fraction digits and no ':' are refused, naming what was likely meant",
        arguments: [
            ("5.30", "did you mean 5:30? (for seconds with a fraction write three digits: 5.300)"),
            ("5.3", "did you mean 5:03 or 5:30?"),
            ("1.5", "did you mean 1:05 or 1:50?"),
            ("1.7", "did you mean 1:07?"),
            ("12.75", "minutes and seconds take ':' (e.g. 5:30) (for seconds with a fraction write three digits: 12.750)"),
            ("5,30", "a time takes ':' or '.', not ','; did you mean 5:30?"),
        ])
    func ambiguous(text: String, message: String) {
        #expect {
            try VideoTime(parsing: text)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test(
        "whole seconds, three fraction digits and a ':' leave no doubt",
        arguments: [("75", 75_000), ("5.300", 5_300), ("0:05.3", 5_300), ("5:30", 330_000), ("1:05.50", 65_500)])
    func clear(text: String, milliseconds: Int) throws {
        #expect(try VideoTime(parsing: text).milliseconds == milliseconds)
    }

    @Test("a refused time is shown with its control characters escaped")
    func escaped() {
        #expect {
            try VideoTime(parsing: "1\u{1B}[2J")
        } throws: { error in
            "\(error)".contains("'1\\u{1B}[2J' is not a time") && !"\(error)".contains("\u{1B}")
        }
    }
}
