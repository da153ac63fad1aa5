/// A field at the top of the form, filled in once per session (coach, jongere, doel gesprek…).
public struct HeaderField: Hashable, Sendable, Codable {
    public var id: FieldID
    public var label: LocalizedText
    public var hints: [LocalizedText]
    public var kind: Kind
    public var isRequired: Bool
    /// The field holds a research code that stands for a person, never a name.
    public var isResearchCode: Bool
    /// A regular expression the whole value of a code must match.
    public var pattern: String?

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case code, text, integer, date
    }

    public init(
        id: FieldID, label: LocalizedText, hints: [LocalizedText] = [], kind: Kind,
        isRequired: Bool = false, isResearchCode: Bool = false, pattern: String? = nil
    ) {
        self.id = id
        self.label = label
        self.hints = hints
        self.kind = kind
        self.isRequired = isRequired
        self.isResearchCode = isResearchCode
        self.pattern = pattern
    }
}

/// A role a rater can take beyond the built-in self, peer and supervisor.
public struct RoleDeclaration: Hashable, Sendable, Codable {
    public var id: RoleID
    public var label: LocalizedText

    public init(id: RoleID, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}

/// How many strong points and work points a rater names (hospitation: two and one).
public struct FeedbackRule: Hashable, Sendable, Codable {
    public var strengths: Int
    public var workPoints: Int

    public init(strengths: Int = 2, workPoints: Int = 1) {
        self.strengths = strengths
        self.workPoints = workPoints
    }
}
