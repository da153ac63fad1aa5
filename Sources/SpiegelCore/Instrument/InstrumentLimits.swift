/// The ranges every number in an instrument must lie in, so that no computation on an
/// instrument can overflow, and no form or report can be asked to draw without bound.
///
/// The ranges are generous for any real instrument (scales of 2 to 10 levels, number items
/// from 0 to 10 or 100, a handful of strong points) and small enough that a difference or sum
/// of any two values fits easily in an `Int` and a `Double` keeps every digit.
public enum InstrumentLimits {
    /// A level's `value` on a scale.
    public static let levelValue: ClosedRange<Int> = -1000...1000
    /// `min`, `max`, `step` and `discussion-threshold` of a number item.
    public static let numberBound: ClosedRange<Double> = -1_000_000_000...1_000_000_000
    /// The most digits after the point in `min`, `max`, `step` and `discussion-threshold`, so
    /// that every bound is an exact ``DecimalNumber`` and steps are counted exactly.
    public static let numberFractionDigits = 6
    /// `lines` of a text item: the lines a printed form leaves.
    public static let textLines: ClosedRange<Int> = 1...100
    /// `strengths` and `work-points` of the feedback rule.
    public static let feedbackPoints: ClosedRange<Int> = 0...20

    /// Whether a number item's bound is finite, within ``numberBound`` and has at most
    /// ``numberFractionDigits`` digits after the point.
    public static func allows(_ value: Double) -> Bool {
        guard value.isFinite, numberBound.contains(value), let decimal = DecimalNumber(value) else { return false }
        return decimal.fractionDigits <= numberFractionDigits
    }

    /// "a whole number from -1000 to 1000", for messages.
    public static func wholeNumber(in range: ClosedRange<Int>) -> String {
        "a whole number from \(range.lowerBound) to \(range.upperBound)"
    }

    /// "a decimal number from -1000000000 to 1000000000 with at most 6 digits after the point
    /// (such as 0 or 2.5)", for messages.
    public static var decimalNumber: String {
        "a decimal number from \(format(numberBound.lowerBound)) to \(format(numberBound.upperBound)) with at most "
            + "\(numberFractionDigits) digits after the point (such as 0 or 2.5)"
    }

    /// A decimal as a person writes it: `10` for a whole number, `2.5` otherwise; never traps.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
