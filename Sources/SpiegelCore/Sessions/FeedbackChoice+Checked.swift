/// The rules for strong points and work points, wherever they come from: `score`, the
/// `score -i` walk, and a rating file being read or imported.
///
/// A feedback point is an item the instrument has and rates on a scale; an item is named once
/// per kind, never a strong point and a work point at once, and a rating has no more points of
/// a kind than the instrument's ``FeedbackRule`` asks for; and an item the rating scores as
/// not applicable is no point at all (``FeedbackChoice/checked(scores:)``).
extension Instrument {
    /// The item `id` as a feedback point of `kind`: refused unless the instrument has it and
    /// rates it on a scale.
    public func feedbackItem(_ id: ItemID, as kind: FeedbackKind) throws(FeedbackError) -> ItemID {
        guard let item = item(id) else { throw .unknownItem(id, kind, instrument: self.id, hint: hint(forNonItem: id.rawValue)) }
        guard case .rating = item.kind else { throw .notRated(id, kind, itemKind: item.kindName) }
        return id
    }
}

extension FeedbackChange {
    /// The change, refused when it adds an item that cannot be a feedback point, names an item
    /// twice as one kind (`--strength 3 --strength 3`), or both adds and removes it. Removing
    /// needs only an item the instrument has, so that a point saved before these checks can go.
    public func checked(against instrument: Instrument) throws(FeedbackError) -> FeedbackChange {
        for (kind, added, removed) in [
            (FeedbackKind.strength, addedStrengths, removedStrengths), (.workPoint, addedWorkPoints, removedWorkPoints),
        ] {
            for id in added { _ = try instrument.feedbackItem(id, as: kind) }
            for id in removed where instrument.item(id) == nil {
                throw .unknownItem(id, kind, instrument: instrument.id, hint: instrument.hint(forNonItem: id.rawValue))
            }
            if let twice = added.firstRepeated ?? removed.firstRepeated { throw .givenTwice(twice, kind) }
            if let both = added.first(where: removed.contains) { throw .addedAndRemoved(both, kind) }
        }
        return self
    }
}

extension FeedbackChoice {
    /// A whole choice as a rating file carries it, checked by the same rules as a change that
    /// adds every point to an empty choice: known rated items, each once, not both, within
    /// the instrument's limits.
    public func checked(against instrument: Instrument) throws(FeedbackError) -> FeedbackChoice {
        let change = FeedbackChange(addedStrengths: strengths, addedWorkPoints: workPoints)
        return try FeedbackChoice().applying(change.checked(against: instrument), rule: instrument.feedback)
    }
}

extension FeedbackChoice {
    /// The choice, refused when one of its points is an item that `scores` (the rating's
    /// answers after the same change) scores as not applicable: whichever came first, the
    /// point or the n.v.t., the rating may not hold both.
    public func checked(scores: some Sequence<Score>) throws(FeedbackError) -> FeedbackChoice {
        for score in scores {
            guard case .notApplicable(let code) = score.answer else { continue }
            if strengths.contains(score.item) { throw .notApplicable(score.item, .strength, code: code) }
            if workPoints.contains(score.item) { throw .notApplicable(score.item, .workPoint, code: code) }
        }
        return self
    }
}
