/// Items encode flat, with their kind as a field: `{"id": "1", "kind": "rating", "scale": …}`,
/// the shape a script reading `spiegel instrument show --format json` expects.
extension Item {
    private enum CodingKeys: String, CodingKey {
        case id, number, kind, prompt, hints, scale, indicators, options, notApplicable
        case minimum, maximum, step, asksDesired, discussionThreshold, lines
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        number = try container.decodeIfPresent(String.self, forKey: .number)
        prompt = try container.decode(LocalizedText.self, forKey: .prompt)
        hints = try container.decodeIfPresent([LocalizedText].self, forKey: .hints) ?? []
        let notApplicable = try container.decodeIfPresent([NotApplicable].self, forKey: .notApplicable) ?? []
        switch try container.decode(String.self, forKey: .kind) {
        case "rating":
            kind = .rating(
                scale: try container.decodeIfPresent(ScaleID.self, forKey: .scale),
                indicators: try container.decodeIfPresent([Indicator].self, forKey: .indicators) ?? [])
        case "check":
            kind = .check(notApplicable: notApplicable)
        case "choice":
            kind = .choice(options: try container.decode([ChoiceOption].self, forKey: .options), notApplicable: notApplicable)
        case "number":
            kind = .number(
                NumberSpec(
                    minimum: try container.decode(Double.self, forKey: .minimum),
                    maximum: try container.decode(Double.self, forKey: .maximum),
                    step: try container.decodeIfPresent(Double.self, forKey: .step),
                    asksDesired: try container.decodeIfPresent(Bool.self, forKey: .asksDesired) ?? false,
                    discussionThreshold: try container.decodeIfPresent(Double.self, forKey: .discussionThreshold)))
        case "text":
            kind = .text(lines: try container.decodeIfPresent(Int.self, forKey: .lines) ?? 4)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown item kind '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encode(kindName, forKey: .kind)
        try container.encode(prompt, forKey: .prompt)
        try container.encode(hints, forKey: .hints)
        switch kind {
        case .rating(let scale, let indicators):
            try container.encodeIfPresent(scale, forKey: .scale)
            try container.encode(indicators, forKey: .indicators)
        case .check(let notApplicable):
            try container.encode(notApplicable, forKey: .notApplicable)
        case .choice(let options, let notApplicable):
            try container.encode(options, forKey: .options)
            try container.encode(notApplicable, forKey: .notApplicable)
        case .number(let spec):
            try container.encode(spec.minimum, forKey: .minimum)
            try container.encode(spec.maximum, forKey: .maximum)
            try container.encodeIfPresent(spec.step, forKey: .step)
            try container.encode(spec.asksDesired, forKey: .asksDesired)
            try container.encodeIfPresent(spec.discussionThreshold, forKey: .discussionThreshold)
        case .text(let lines):
            try container.encode(lines, forKey: .lines)
        }
    }
}

/// A text encodes as `{"text": "…", "translations": {"en": "…"}}`.
extension LocalizedText {
    private enum CodingKeys: String, CodingKey { case text, translations }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        original = try container.decode(String.self, forKey: .text)
        let byLanguage = try container.decodeIfPresent([String: String].self, forKey: .translations) ?? [:]
        translations = byLanguage.sorted { $0.key < $1.key }.map { Translation(language: $0.key, text: $0.value) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(original, forKey: .text)
        try container.encode(
            Dictionary(translations.map { ($0.language, $0.text) }, uniquingKeysWith: { first, _ in first }), forKey: .translations)
    }
}
