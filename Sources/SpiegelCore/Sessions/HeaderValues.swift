/// Checks header values typed for a session against the instrument's fields.
public enum HeaderValues {
    /// What a code looks like when its field declares no pattern: no spaces, so that a full
    /// name typed by mistake is refused.
    public static let defaultCodePattern = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}"

    /// The longest code value checked against a pattern: a research code is short, and the
    /// bound keeps the match cheap whatever the value.
    public static let maximumCodeLength = 64

    /// The values in field order, checked: known fields, each once, required ones present,
    /// integers, dates (`yyyy-mm-dd`) and codes (the field's pattern) well-formed.
    public static func check(_ typed: [(field: String, value: String)], against instrument: Instrument) throws(AnswerError) -> [HeaderValue]
    {
        try Checker(instrument).check(typed)
    }

    /// The checks of one instrument's header, with the code patterns compiled once: for
    /// checking many sessions (an import of many rating files).
    public struct Checker {
        public let instrument: Instrument
        private let patterns: [FieldID: CodePattern]

        public init(_ instrument: Instrument) {
            self.instrument = instrument
            var patterns: [FieldID: CodePattern] = [:]
            for field in instrument.headerFields where field.kind == .code {
                patterns[field.id] = try? CodePattern(parsing: field.pattern ?? HeaderValues.defaultCodePattern)
            }
            self.patterns = patterns
        }

        /// The values in field order, checked as ``HeaderValues/check(_:against:)`` says.
        public func check(_ typed: [(field: String, value: String)]) throws(AnswerError) -> [HeaderValue] {
            try HeaderValues.check(typed, against: instrument, patterns: patterns)
        }
    }

    private static func check(
        _ typed: [(field: String, value: String)], against instrument: Instrument, patterns: [FieldID: CodePattern]
    ) throws(AnswerError) -> [HeaderValue] {
        var values: [FieldID: String] = [:]
        for (name, raw) in typed {
            guard let field = instrument.headerFields.first(where: { $0.id.rawValue == name }) else {
                let known = instrument.headerFields.map(\.id.rawValue).joined(separator: ", ")
                throw AnswerError("'\(name)' is not a header field of \(instrument.id); fields: \(known)")
            }
            guard values[field.id] == nil else { throw AnswerError("header field '\(name)' is given twice") }
            values[field.id] = try checked(raw.trimmingSpaces, for: field, regex: patterns[field.id])
        }
        for field in instrument.headerFields where field.isRequired && values[field.id] == nil {
            throw AnswerError("header field '\(field.id)' (\(field.label.original)) is required: add \(field.id)=…")
        }
        return instrument.headerFields.compactMap { field in values[field.id].map { HeaderValue(field: field.id, value: $0) } }
    }

    static func checked(_ value: String, for field: HeaderField, regex: CodePattern? = nil) throws(AnswerError) -> String {
        guard !value.isEmpty else { throw AnswerError("header field '\(field.id)' is empty") }
        switch field.kind {
        case .text:
            return value
        case .integer:
            guard let number = Int(value), number >= 0 else {
                throw AnswerError("header field '\(field.id)' takes a whole number, not '\(value)'")
            }
            return String(number)
        case .date:
            guard CalendarDate(value) != nil else {
                throw AnswerError("header field '\(field.id)' takes \(CalendarDate.expected), not '\(value.escapedForTerminal)'")
            }
            return value
        case .code:
            let pattern = field.pattern ?? defaultCodePattern
            guard value.count <= maximumCodeLength else {
                throw AnswerError("header field '\(field.id)' takes a code of at most \(maximumCodeLength) characters, not \(value.count)")
            }
            guard let regex = regex ?? (try? CodePattern(parsing: pattern)), regex.matches(value) else {
                let kind = field.isResearchCode ? "a research code" : "a code"
                throw AnswerError("header field '\(field.id)' takes \(kind) matching \(pattern), not '\(value)'; never type a name here")
            }
            return value
        }
    }
}

/// A day in the Gregorian calendar, written `yyyy-mm-dd`, from 1900 to 2199: the days a
/// session, a supervision or a lesson can fall on (`0000-01-01` and `2026-02-30` are not days).
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The years a date may have.
    public static let years = 1900...2199

    /// "a day as yyyy-mm-dd from 1900-01-01 to 2199-12-31", for messages.
    public static let expected = "a day as yyyy-mm-dd from \(years.lowerBound)-01-01 to \(years.upperBound)-12-31"

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), Self.years.contains(year),
            (1...12).contains(month), day >= 1, day <= Self.days(in: month, of: year)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }
}
