/// An ordinal scale: labelled levels in increasing order, plus the answers that are not a
/// score (such as "n.v.t." or "niet gezien"), which every aggregate leaves out.
public struct Scale: Hashable, Sendable, Codable {
    public var id: ScaleID
    public var title: LocalizedText?
    public var levels: [Level]
    public var notApplicable: [NotApplicable]
    /// Raters who differ by at least this many points are flagged for discussion.
    public var discussionThreshold: Int?

    public init(
        id: ScaleID, title: LocalizedText? = nil, levels: [Level],
        notApplicable: [NotApplicable] = [], discussionThreshold: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.levels = levels
        self.notApplicable = notApplicable
        self.discussionThreshold = discussionThreshold
    }

    /// The threshold in force: the declared one, or the whole range of the scale.
    public var effectiveDiscussionThreshold: Int {
        discussionThreshold ?? valueSpan ?? Int.max
    }

    /// The highest level's value minus the lowest's; nil when that does not fit in an `Int`.
    public var valueSpan: Int? {
        let values = levels.map(\.value)
        let span = (values.max() ?? 0).subtractingReportingOverflow(values.min() ?? 0)
        return span.overflow ? nil : span.partialValue
    }

    /// Whether a rater may answer "not applicable" on this scale.
    public var allowsNotApplicable: Bool { !notApplicable.isEmpty }

    public func level(withValue value: Int) -> Level? { levels.first { $0.value == value } }
}

/// One step of a scale: the value the engine computes with and the label a rater reads.
public struct Level: Hashable, Sendable, Codable {
    public var value: Int
    /// What a rater may type for this level besides its value, e.g. `groen`.
    public var code: String?
    /// The colour reports and forms show the level in, as `#rrggbb` (e.g. red for `rood`).
    /// Presentation only: it is left out of the content hash.
    public var colour: String?
    public var label: LocalizedText
    public var description: LocalizedText?

    public init(value: Int, code: String? = nil, colour: String? = nil, label: LocalizedText, description: LocalizedText? = nil) {
        self.value = value
        self.code = code
        self.colour = colour
        self.label = label
        self.description = description
    }
}

/// An answer that is not a score ("n.v.t.", "niet gezien"): recorded, never aggregated.
public struct NotApplicable: Hashable, Sendable, Codable {
    /// What a rater types, e.g. `nvt`.
    public var code: String
    public var label: LocalizedText

    public init(code: String, label: LocalizedText) {
        self.code = code
        self.label = label
    }
}
