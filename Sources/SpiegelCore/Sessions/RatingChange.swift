/// What one command changes in a rater's rating: scores set, scores cleared, and strong or
/// work points added or removed. The store applies all of it in one transaction, or nothing.
public struct RatingChange: Hashable, Sendable {
    public var scores: [Score]
    public var cleared: [ItemID]
    public var feedback: FeedbackChange
    /// How many strong and work points the instrument asks for, which the feedback after
    /// the change may not exceed.
    public var feedbackRule: FeedbackRule

    public init(scores: [Score] = [], cleared: [ItemID] = [], feedback: FeedbackChange = FeedbackChange(), feedbackRule: FeedbackRule) {
        self.scores = scores
        self.cleared = cleared
        self.feedback = feedback
        self.feedbackRule = feedbackRule
    }

    public var isEmpty: Bool { scores.isEmpty && cleared.isEmpty && feedback.isEmpty }
}

/// What applying a ``RatingChange`` did, from what the write already knew.
public struct RatingChangeOutcome: Hashable, Sendable {
    /// Scores set or cleared, plus one when the feedback choice changed.
    public var changes: Int
    /// How many items the rating has a score for after the change.
    public var scoredItems: Int
    /// The strong and work points after the change.
    public var feedback: FeedbackChoice
    public var feedbackChanged: Bool

    public init(changes: Int, scoredItems: Int, feedback: FeedbackChoice, feedbackChanged: Bool) {
        self.changes = changes
        self.scoredItems = scoredItems
        self.feedback = feedback
        self.feedbackChanged = feedbackChanged
    }
}
