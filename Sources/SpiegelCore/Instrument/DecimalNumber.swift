/// A decimal number held exactly: its digits as one integer and how many of them follow the
/// point, so that `0.3` is a step of `0.1` from `0` (which binary floating point denies).
///
/// Numbers of number items are kept as `Double`; a `Double` read from a decimal of at most
/// ``maximumSignificantDigits`` digits prints back as that decimal, so ``init(_:)-(Double)``
/// recovers it exactly and every comparison of a value with a bound or step is made here.
public struct DecimalNumber: Hashable, Sendable, CustomStringConvertible {
    /// The digits, sign included: 25 for 0.25.
    public private(set) var significand: Int
    /// How many digits follow the point: 2 for 0.25; never a trailing zero among them.
    public private(set) var fractionDigits: Int

    /// The most digits a number may have and still be kept exactly as a `Double`.
    public static let maximumSignificantDigits = 15

    /// Reads a decimal as a person writes it: an optional sign, digits, and an optional point
    /// with digits (`7`, `-2.5`, `.5`, `0.30`). Nil for anything else (exponents, `inf`,
    /// hexadecimal) and for more than ``maximumSignificantDigits`` digits.
    public init?(parsing text: String) {
        self.init(text, allowingExponent: false)
    }

    /// Whether `text` is written as a decimal (`-0.30000000000000004`) that
    /// ``init(parsing:)`` refuses only for having more than ``maximumSignificantDigits`` digits.
    public static func isTooPrecise(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let written = parts.contains { !$0.isEmpty } && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
        return written && DecimalNumber(parsing: text) == nil
    }

    /// The decimal a `Double` was read from, when it has at most ``maximumSignificantDigits``
    /// digits; nil for a value that is not finite or holds more digits.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(String(describing: value), allowingExponent: true)
    }

    private init?(_ text: String, allowingExponent: Bool) {
        var rest = Substring(text)
        var exponent = 0
        if allowingExponent, let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(rest[rest.index(after: e)...].drop { $0 == "+" }), abs(value) < 100 else { return nil }
            exponent = value
            rest = rest[..<e]
        }
        let negative = rest.first == "-"
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.contains(where: { !$0.isEmpty }), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        var digits = Array((parts[0] + (parts.count == 2 ? parts[1] : "")).drop { $0 == "0" })
        var fraction = (parts.count == 2 ? parts[1].count : 0) - exponent
        while fraction > 0, digits.last == "0" {
            digits.removeLast()
            fraction -= 1
        }
        if digits.isEmpty { fraction = 0 }
        if fraction < 0 {
            digits += Array(repeating: "0", count: -fraction)
            fraction = 0
        }
        guard digits.count <= Self.maximumSignificantDigits, let magnitude = Int(String(digits.isEmpty ? ["0"] : digits)) else {
            return nil
        }
        significand = negative ? -magnitude : magnitude
        fractionDigits = fraction
    }

    /// The value as a `Double`: the nearest one, which prints back as this decimal.
    public var doubleValue: Double { Double(description) ?? .nan }

    /// `0.25`, `-3`, `0.001`: digits and point, never an exponent.
    public var description: String {
        let digits = String(significand.magnitude)
        let padded = String(repeating: "0", count: max(0, fractionDigits + 1 - digits.count)) + digits
        let whole = padded.dropLast(fractionDigits)
        let fraction = padded.suffix(fractionDigits)
        return (significand < 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Whether this number is `origin` plus a whole number of `step`s (zero or more, or fewer).
    /// Exact: false for a non-positive step, and for numbers whose digits do not fit an `Int`
    /// once brought to one scale (never the case within ``InstrumentLimits``).
    public func isOnStep(_ step: DecimalNumber, from origin: DecimalNumber) -> Bool {
        // origin + k·step has no more fraction digits than origin and step.
        let digits = max(step.fractionDigits, origin.fractionDigits)
        guard fractionDigits <= digits, let value = scaled(to: digits), let start = origin.scaled(to: digits),
            let width = step.scaled(to: digits), width > 0
        else { return false }
        let (difference, overflow) = value.subtractingReportingOverflow(start)
        return !overflow && difference % width == 0
    }

    /// This number minus `other`, exactly; nil when the digits do not fit.
    public func subtracting(_ other: DecimalNumber) -> DecimalNumber? {
        let digits = max(fractionDigits, other.fractionDigits)
        guard let left = scaled(to: digits), let right = other.scaled(to: digits) else { return nil }
        let (difference, overflow) = left.subtractingReportingOverflow(right)
        return overflow ? nil : DecimalNumber(normalizing: difference, fractionDigits: digits)
    }

    /// This number, this number plus `step`, plus two steps… up to `top`, when that makes at
    /// most `limit` numbers; nil for more, a non-positive step, or digits that do not fit.
    public func steps(_ step: DecimalNumber, through top: DecimalNumber, limit: Int) -> [DecimalNumber]? {
        let digits = max(fractionDigits, step.fractionDigits, top.fractionDigits)
        guard let start = scaled(to: digits), let end = top.scaled(to: digits), let width = step.scaled(to: digits), width > 0
        else { return nil }
        let (span, overflow) = end.subtractingReportingOverflow(start)
        guard !overflow, span >= 0, span / width < limit else { return nil }
        return (0...(span / width)).map { DecimalNumber(normalizing: start + $0 * width, fractionDigits: digits) }
    }

    /// The number `significand` × 10^-`fractionDigits`, without trailing zeros after the point.
    private init(normalizing significand: Int, fractionDigits: Int) {
        var (significand, fractionDigits) = (significand, fractionDigits)
        while fractionDigits > 0, significand % 10 == 0 {
            significand /= 10
            fractionDigits -= 1
        }
        self.significand = significand
        self.fractionDigits = fractionDigits
    }

    /// The significand with `digits` fraction digits (at least ``fractionDigits``); nil on overflow.
    private func scaled(to digits: Int) -> Int? {
        var result = significand
        for _ in 0..<max(0, digits - fractionDigits) {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            result = product
        }
        return result
    }
}
