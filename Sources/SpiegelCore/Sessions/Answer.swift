/// What a rater answered for one item.
public enum Answer: Hashable, Sendable {
    /// A level of a rating item's scale, by value.
    case level(Int)
    /// An answer that is not a score ("n.v.t."), by its code. Never aggregated.
    case notApplicable(String)
    /// Ja (true) or nee (false) for a check item.
    case check(Bool)
    /// One of a choice item's options.
    case option(OptionID)
    /// A number item's value, and the desired value when the item asks for one.
    case number(current: Double, desired: Double?)
    /// An open answer.
    case text(String)

    /// The number aggregates compute with: a level's value, 1/0 for ja/nee, a number's
    /// current value; nil for answers that are not scores.
    public var numericValue: Double? {
        switch self {
        case .level(let value): Double(value)
        case .check(let yes): yes ? 1 : 0
        case .number(let current, _): current
        case .notApplicable, .option, .text: nil
        }
    }

    public var isNotApplicable: Bool {
        if case .notApplicable = self { return true }
        return false
    }
}

/// Why an answer was refused: one line that says what was expected.
public struct AnswerError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension Answer {
    /// Reads what a rater typed for an item, checked against the item and its scale.
    ///
    /// A rating takes a level's value or code, or a not-applicable code the scale offers; a
    /// check takes ja or nee in any case (the words its message names), or a not-applicable
    /// code it offers; a choice an option id; a number a plain decimal in range and on its
    /// step (compared exactly, see ``NumberSpec/problem(with:)``), or `current/desired` when
    /// the item asks for a desired value; a text any text.
    public init(parsing text: String, for item: Item, in instrument: Instrument) throws(AnswerError) {
        let input = text.trimmingSpaces
        let lowered = input.lowercased()
        switch item.kind {
        case .rating(let scaleID, _):
            guard let scaleID, let scale = instrument.scale(scaleID) else {
                throw AnswerError("item '\(item.id)' has no scale")
            }
            self = try Self.rating(input, item: item, scale: scale)
        case .check(let notApplicable):
            if lowered == "ja" {
                self = .check(true)
            } else if lowered == "nee" {
                self = .check(false)
            } else if let answer = notApplicable.first(where: { $0.code.lowercased() == lowered }) {
                self = .notApplicable(answer.code)
            } else {
                throw AnswerError(
                    "'\(input)' is not an answer to check item '\(item.id)': expected ja or nee" + Self.alsoAccepted(notApplicable))
            }
        case .choice(let options, let notApplicable):
            if let option = options.first(where: { $0.id.rawValue.lowercased() == lowered }) {
                self = .option(option.id)
            } else if let answer = notApplicable.first(where: { $0.code.lowercased() == lowered }) {
                self = .notApplicable(answer.code)
            } else {
                let expected = options.map(\.id.rawValue).joined(separator: ", ")
                throw AnswerError(
                    "'\(input)' is not an option of item '\(item.id)': expected one of \(expected)" + Self.alsoAccepted(notApplicable))
            }
        case .number(let spec):
            self = try Self.number(input, item: item, spec: spec)
        case .text:
            guard !input.isEmpty else { throw AnswerError("the answer to text item '\(item.id)' is empty") }
            self = .text(input)
        }
    }

    private static func rating(_ input: String, item: Item, scale: Scale) throws(AnswerError) -> Answer {
        let lowered = input.lowercased()
        if let level = scale.levels.first(where: { String($0.value) == input || $0.code?.lowercased() == lowered }) {
            return .level(level.value)
        }
        if let answer = scale.notApplicable.first(where: { $0.code.lowercased() == lowered || $0.label.original.lowercased() == lowered }) {
            return .notApplicable(answer.code)
        }
        let levels = scale.levels.map { level in level.code.map { "\(level.value) (\($0))" } ?? String(level.value) }
        if ["nvt", "n.v.t.", "niet gezien", "na"].contains(lowered) {
            throw AnswerError(
                "item '\(item.id)' is scored on scale '\(scale.id)', which does not allow n.v.t.; expected one of \(levels.joined(separator: ", "))"
            )
        }
        throw AnswerError(
            "'\(input)' is not on the scale of item '\(item.id)': expected one of \(levels.joined(separator: ", "))"
                + alsoAccepted(scale.notApplicable))
    }

    private static func number(_ input: String, item: Item, spec: NumberSpec) throws(AnswerError) -> Answer {
        let parts = input.split(separator: "/", omittingEmptySubsequences: false).map { $0.replacingComma }
        let range = "\(format(spec.minimum))–\(format(spec.maximum))"
        let notANumber = AnswerError(
            "'\(input)' is not a number in \(range) for item '\(item.id)'" + (spec.asksDesired ? " (current/desired, e.g. 7/8)" : ""))
        guard parts.count <= (spec.asksDesired ? 2 : 1) else {
            throw AnswerError("item '\(item.id)' takes one number in \(range), not '\(input)'")
        }
        var values: [Double] = []
        for part in parts {
            guard let value = DecimalNumber(parsing: part) else {
                throw DecimalNumber.isTooPrecise(part) ? tooPrecise(part, item: item, spec: spec) : notANumber
            }
            switch spec.problem(with: value) {
            case nil: values.append(value.doubleValue)
            case .outOfRange: throw notANumber
            case .offStep(let step, let origin): throw AnswerError("\(part) is not a step of \(step) from \(origin) for item '\(item.id)'")
            }
        }
        return .number(current: values[0], desired: values.count == 2 ? values[1] : nil)
    }

    /// The refusal of a number written with more digits than the item's steps (or a `Double`)
    /// can hold.
    private static func tooPrecise(_ part: String, item: Item, spec: NumberSpec) -> AnswerError {
        let steps = spec.step.map { "in steps of \(InstrumentLimits.format($0)) from \(format(spec.minimum))" }
        return AnswerError(
            "'\(part)' has more digits than item '\(item.id)' takes: write it "
                + (steps ?? "with at most \(DecimalNumber.maximumSignificantDigits) digits"))
    }

    private static func alsoAccepted(_ answers: [NotApplicable]) -> String {
        answers.isEmpty ? "" : ", or " + answers.map(\.code).joined(separator: ", ")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The answer as a rater would type it: the inverse of `init(parsing:for:in:)`.
    public var typed: String {
        switch self {
        case .level(let value): String(value)
        case .notApplicable(let code): code
        case .check(let yes): yes ? "ja" : "nee"
        case .option(let id): id.rawValue
        case .number(let current, let desired): Self.format(current) + (desired.map { "/" + Self.format($0) } ?? "")
        case .text(let text): text
        }
    }
}

extension Substring {
    fileprivate var replacingComma: String { String(map { $0 == "," ? "." : $0 }).trimmingSpaces }
}
