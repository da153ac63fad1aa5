/// A moment in a video, to the millisecond.
///
/// Typed as `ss`, `mm:ss` or `hh:mm:ss`, each with an optional `.mmm` (`75`, `1:15`,
/// `0:01:15.250`); shown as `mm:ss` below an hour and `h:mm:ss` from an hour on, with the
/// milliseconds only when there are any.
///
/// Seconds with a one- or two-digit fraction and no `:` (`5.30`, `5.3`, `1.5`) are refused as
/// ambiguous: typed while a video plays they mostly mean minutes and seconds (5:30), so the
/// error suggests those. Three fraction digits (`5.300`) or a `:` (`0:05.3`) make the
/// seconds clear; so does a whole number (`75` is 75 seconds).
public struct VideoTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var milliseconds: Int

    public init(milliseconds: Int) { self.milliseconds = milliseconds }

    /// Why a typed time was refused.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var input: String
        public var reason: String
        /// What the user probably meant, in place of the list of accepted forms.
        public var hint: String?

        public init(input: String, reason: String, hint: String? = nil) {
            self.input = input
            self.reason = reason
            self.hint = hint
        }

        public var description: String {
            "'\(input.escapedForTerminal)' is not a time: \(reason.escapedForTerminal); "
                + (hint ?? "expected ss, mm:ss or hh:mm:ss, optionally with .mmm (e.g. 75, 12:34, 1:02:03.500)")
        }
    }

    public init(parsing text: String) throws(ParseError) {
        let input = text.trimmingSpaces
        guard !input.isEmpty else { throw ParseError(input: text, reason: "it is empty") }
        if input.hasPrefix("-") { throw ParseError(input: text, reason: "a time cannot be negative") }
        try Self.refuseAmbiguous(input, typed: text)
        let parts = input.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 3 else { throw ParseError(input: text, reason: "too many ':'") }
        var total = 0
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            let (whole, fraction) = try Self.split(part, allowFraction: isLast, input: text)
            if index > 0, whole >= 60 {
                throw ParseError(input: text, reason: "'\(part)' is more than 59")
            }
            total = total * 60 + whole
            if isLast { total = total * 1000 + fraction }
        }
        milliseconds = total
    }

    /// Digits, and for the last part an optional `.` with one to three digits (as milliseconds).
    private static func split(_ part: Substring, allowFraction: Bool, input: String) throws(ParseError) -> (Int, Int) {
        let pieces = part.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= (allowFraction ? 2 : 1) else {
            throw ParseError(input: input, reason: allowFraction ? "more than one '.'" : "only the seconds may have a fraction")
        }
        guard let wholeText = pieces.first, !wholeText.isEmpty, wholeText.count <= 6, wholeText.allSatisfy(\.isASCIIDigit),
            let whole = Int(wholeText)
        else { throw ParseError(input: input, reason: "'\(part)' is not a number") }
        guard pieces.count == 2 else { return (whole, 0) }
        let digits = pieces[1]
        guard (1...3).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else {
            throw ParseError(input: input, reason: "the fraction must be one to three digits")
        }
        return (whole, value * [100, 10, 1][digits.count - 1])
    }

    /// Refuses `W.F` and `W.FF` (and `W,F`, `W,FF`) without a `:`, which read as minutes and
    /// seconds as easily as seconds, naming the times that may have been meant.
    private static func refuseAmbiguous(_ input: String, typed: String) throws(ParseError) {
        guard !input.contains(":"), let separator = input.first(where: { $0 == "." || $0 == "," }) else { return }
        let pieces = input.split(separator: separator, omittingEmptySubsequences: false)
        guard pieces.count == 2, !pieces[0].isEmpty, pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            (1...(separator == "," ? 3 : 2)).contains(pieces[1].count)
        else { return }
        let (whole, fraction) = (String(pieces[0]), String(pieces[1]))
        let clock = clockReadings(whole: whole, fraction: fraction).map { "\(whole):\($0)" }
        let meant = clock.isEmpty ? "minutes and seconds take ':' (e.g. 5:30)" : "did you mean \(clock.joined(separator: " or "))?"
        let seconds = whole + "." + fraction.padding(toLength: 3, withPad: "0", startingAt: 0)
        throw ParseError(
            input: typed, reason: separator == "," ? "a time takes ':' or '.', not ','" : "it is ambiguous",
            hint: "\(meant) (for seconds with a fraction write three digits: \(seconds))")
    }

    /// The seconds `W.F` or `W.FF` may stand for as `W:SS`: `30` for `.30`, `05` and `50` for `.5`.
    private static func clockReadings(whole: String, fraction: String) -> [String] {
        let readings = fraction.count == 1 ? ["0" + fraction, fraction + "0"] : fraction.count == 2 ? [fraction] : []
        return readings.filter { Int($0).map { $0 < 60 } ?? false }
    }

    public static func < (lhs: VideoTime, rhs: VideoTime) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public var seconds: Double { Double(milliseconds) / 1000 }

    public var description: String {
        let totalSeconds = milliseconds / 1000
        let (hours, minutes, seconds) = (totalSeconds / 3600, totalSeconds / 60 % 60, totalSeconds % 60)
        let clock = hours > 0 ? "\(hours):\(Self.two(minutes)):\(Self.two(seconds))" : "\(Self.two(minutes)):\(Self.two(seconds))"
        let fraction = milliseconds % 1000
        return fraction == 0 ? clock : clock + "." + String(String(fraction + 1000).dropFirst())
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
