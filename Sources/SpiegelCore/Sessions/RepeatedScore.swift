/// An item given two values in one command or one rating file (`score 3=1 3=2`): refused,
/// naming both, because keeping either would silently drop the other.
public struct RepeatedScore: Error, Hashable, Sendable, CustomStringConvertible {
    public var item: ItemID
    /// The values as they were typed, in the order given.
    public var first: String
    public var second: String

    public init(item: ItemID, first: String, second: String) {
        self.item = item
        self.first = first
        self.second = second
    }

    public var description: String {
        "item \(item.rawValue.escapedForTerminal) is given twice, as '\(first.escapedForTerminal)' and as "
            + "'\(second.escapedForTerminal)': give it once"
    }

    /// The first item of `scores` that is given again, with its first and its second value.
    public static func first(in scores: [TypedScore]) -> RepeatedScore? {
        var values: [ItemID: String] = [:]
        for score in scores {
            if let earlier = values[score.item] { return RepeatedScore(item: score.item, first: earlier, second: score.typed) }
            values[score.item] = score.typed
        }
        return nil
    }
}

extension Score {
    /// The first piece of evidence the score cites a second time (`3=2@1,1`); nil when it
    /// cites each once. Refused like an item given twice: a list that says one thing twice.
    public var citedTwice: EvidenceID? { citations.firstRepeated }
}

extension FeedbackChoice {
    /// What is wrong with the choice whatever the instrument: an item named twice as one kind,
    /// or as both kinds; nil when nothing is. Checked where the instrument is not known yet
    /// (reading a rating file), by the rules ``checked(against:)`` applies.
    public var repetition: FeedbackError? {
        if let twice = strengths.firstRepeated { return .givenTwice(twice, .strength) }
        if let twice = workPoints.firstRepeated { return .givenTwice(twice, .workPoint) }
        return strengths.first(where: workPoints.contains).map { .both($0, now: self) }
    }
}

extension Array where Element: Hashable {
    /// The first element that occurs a second time; nil when each occurs once.
    var firstRepeated: Element? {
        var seen = Set<Element>()
        return first { !seen.insert($0).inserted }
    }
}
