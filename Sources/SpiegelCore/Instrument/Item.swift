/// One thing a rater answers: a rating, a check, a choice, a number or a text.
public struct Item: Hashable, Sendable, Codable {
    public var id: ItemID
    /// The number printed on the form, e.g. `"1"`.
    public var number: String?
    public var prompt: LocalizedText
    public var hints: [LocalizedText]
    public var kind: Kind

    public init(id: ItemID, number: String? = nil, prompt: LocalizedText, hints: [LocalizedText] = [], kind: Kind) {
        self.id = id
        self.number = number
        self.prompt = prompt
        self.hints = hints
        self.kind = kind
    }

    /// What kind of answer an item takes.
    public enum Kind: Hashable, Sendable {
        /// A value on an ordinal scale, judged with the help of behavioural indicators.
        /// `scale` is nil only when the file names no scale and declares no default.
        case rating(scale: ScaleID?, indicators: [Indicator])
        /// Ja (yes) or nee (no).
        case check(notApplicable: [NotApplicable])
        /// One of the named options.
        case choice(options: [ChoiceOption], notApplicable: [NotApplicable])
        /// A number in `range`, optionally a current and a desired value.
        case number(NumberSpec)
        /// An open answer; `lines` is the space a printed form leaves.
        case text(lines: Int)
    }

    /// The kind's name as the instrument format spells it.
    public var kindName: String {
        switch kind {
        case .rating: "rating"
        case .check: "check"
        case .choice: "choice"
        case .number: "number"
        case .text: "text"
        }
    }

    /// The behavioural indicators of a rating item; empty for other kinds.
    public var indicators: [Indicator] {
        if case .rating(_, let indicators) = kind { return indicators }
        return []
    }

    /// The scale a rating item is scored on.
    public var scaleID: ScaleID? {
        if case .rating(let scale, _) = kind { return scale }
        return nil
    }
}

/// An observable behaviour under a rating item. Indicators guide the judgement; they are not scored.
public struct Indicator: Hashable, Sendable, Codable {
    public var id: IndicatorID
    public var label: LocalizedText

    public init(id: IndicatorID, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}

/// One of the named answers of a choice item.
public struct ChoiceOption: Hashable, Sendable, Codable {
    public var id: OptionID
    public var label: LocalizedText

    public init(id: OptionID, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}

/// The bounds of a number item. Values are decimal strings in the file; kept as `Double`.
public struct NumberSpec: Hashable, Sendable, Codable {
    public var minimum: Double
    public var maximum: Double
    public var step: Double?
    /// Whether the rater gives a desired value beside the current one ("Waar wil je naartoe?").
    public var asksDesired: Bool
    public var discussionThreshold: Double?

    public init(minimum: Double, maximum: Double, step: Double? = nil, asksDesired: Bool = false, discussionThreshold: Double? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        self.asksDesired = asksDesired
        self.discussionThreshold = discussionThreshold
    }
}
