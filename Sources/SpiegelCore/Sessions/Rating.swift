public enum RaterCodeKind {}
public enum EvidenceIDKind {}

/// A person who rates, by research code (never a name).
public typealias RaterCode = Identifier<RaterCodeKind>
/// A stable id of one piece of evidence, kept across edits, exports and imports.
public typealias EvidenceID = Identifier<EvidenceIDKind>

/// Whether an observation shows something that went well, something to work on, or neither.
public enum Valence: String, Hashable, Sendable, Codable, CaseIterable {
    case strength, workPoint = "work-point", neutral

    /// Reads `+`/`-`/`=` or a word (strength, sterk, work, werkpunt, neutral…).
    public init?(typed text: String) {
        switch text.lowercased() {
        case "+", "strength", "sterk", "sterkte", "s": self = .strength
        case "-", "work", "work-point", "workpoint", "werkpunt", "w": self = .workPoint
        case "=", "0", "neutral", "neutraal", "n": self = .neutral
        default: return nil
        }
    }

    public var symbol: String {
        switch self {
        case .strength: "+"
        case .workPoint: "-"
        case .neutral: "="
        }
    }
}

/// A timestamped observation in the video: when, about which item and indicator, and what
/// was seen or said ("zo letterlijk mogelijk").
public struct Evidence: Hashable, Sendable {
    public var id: EvidenceID
    public var start: VideoTime
    public var end: VideoTime?
    public var item: ItemID?
    public var indicator: IndicatorID?
    public var valence: Valence
    public var text: String

    public init(
        id: EvidenceID, start: VideoTime, end: VideoTime? = nil, item: ItemID? = nil,
        indicator: IndicatorID? = nil, valence: Valence = .neutral, text: String
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.item = item
        self.indicator = indicator
        self.valence = valence
        self.text = text
    }
}

/// One rater's current answer to one item, and the evidence it cites.
public struct Score: Hashable, Sendable {
    public var item: ItemID
    public var answer: Answer
    public var citations: [EvidenceID]

    public init(item: ItemID, answer: Answer, citations: [EvidenceID] = []) {
        self.item = item
        self.answer = answer
        self.citations = citations
    }
}

/// A rater's explicit choice of strong points and work points (hospitation: two and one).
public struct FeedbackChoice: Hashable, Sendable {
    public var strengths: [ItemID]
    public var workPoints: [ItemID]

    public init(strengths: [ItemID] = [], workPoints: [ItemID] = []) {
        self.strengths = strengths
        self.workPoints = workPoints
    }

    public var isEmpty: Bool { strengths.isEmpty && workPoints.isEmpty }
}

/// One rater's rating of one session in one role: the current scores, the explicit feedback
/// choice, and the evidence.
public struct Rating: Hashable, Sendable {
    public var rater: RaterCode
    public var role: RoleID
    public var scores: [Score]
    public var feedback: FeedbackChoice
    public var evidence: [Evidence]

    public init(
        rater: RaterCode, role: RoleID, scores: [Score] = [], feedback: FeedbackChoice = FeedbackChoice(), evidence: [Evidence] = []
    ) {
        self.rater = rater
        self.role = role
        self.scores = scores
        self.feedback = feedback
        self.evidence = evidence
    }

    public func answer(for item: ItemID) -> Answer? { scores.first { $0.item == item }?.answer }
}
