import Foundation
import Mustache

/// A number in a view model: the exact value for scripts (JSON prints it with full precision,
/// or `null`) and the rounded text a person reads (what a template prints with `{{name}}`).
///
/// A missing number renders as an empty string and counts as false in a Mustache section, so
/// `{{#mean}}…{{/mean}}` shows only where there is one.
public struct ReportNumber: Hashable, Sendable, Encodable, MustacheCustomRenderable, CustomStringConvertible {
    /// The exact value; nil when there is none.
    public let value: Double?
    /// The value as shown: rounded, signed where it is a difference; empty when there is none.
    public let text: String

    public init(_ value: Double?, text: String) {
        self.value = value
        self.text = text
    }

    public var renderText: String { text }

    /// The exact value as CSV text: `2` for whole numbers, else the shortest text that reads
    /// back as the same Double; empty when there is none.
    public var exactText: String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
    public var isNull: Bool { value == nil }
    public var description: String { text }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

extension ReportNumber {
    /// A score as given: `2`, `2.5`.
    public static func score(_ value: Double?) -> ReportNumber {
        ReportNumber(value, text: value.map(plain) ?? "")
    }

    /// A mean, with two decimals: `2.43`.
    public static func mean(_ value: Double?) -> ReportNumber {
        ReportNumber(value, text: value.map { String(format: "%.2f", $0) } ?? "")
    }

    /// A difference of scores, always signed: `+1`, `-0.5`, `0`.
    public static func difference(_ value: Double?) -> ReportNumber {
        ReportNumber(value, text: value.map { signed(plain($0), $0) } ?? "")
    }

    /// A difference of means, signed, with two decimals: `+0.43`.
    public static func meanDifference(_ value: Double?) -> ReportNumber {
        ReportNumber(value, text: value.map { signed(String(format: "%.2f", abs($0)), $0, magnitudeOnly: true) } ?? "")
    }

    /// A proportion in [0, 1] shown as a percentage with one decimal: `85.7%`.
    public static func percentage(_ value: Double?) -> ReportNumber {
        ReportNumber(value, text: value.map { String(format: "%.1f%%", $0 * 100) } ?? "")
    }

    /// A coefficient (kappa, alpha, ICC), with three decimals: `0.734`, `-0.051`.
    public static func coefficient(_ value: Double?) -> ReportNumber {
        ReportNumber(value, text: value.map { String(format: "%.3f", $0 == 0 ? 0 : $0) } ?? "")
    }

    /// `2` for whole numbers, else up to two decimals (`2.5`, `2.33`).
    static func plain(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    private static func signed(_ text: String, _ value: Double, magnitudeOnly: Bool = false) -> String {
        if value > 0 { return "+" + text }
        if value < 0 { return magnitudeOnly ? "-" + text : text }
        return magnitudeOnly ? text : "0"
    }
}
