/// Which strong points or work points a command adds or removes; everything it does not name
/// stays as the rater chose it.
///
/// `score 3=2 --work-point 10` adds a work point and keeps the strong points; removing is
/// explicit. Applying a change to the current choice checks it against the instrument's
/// ``FeedbackRule``.
public struct FeedbackChange: Hashable, Sendable {
    public var addedStrengths: [ItemID]
    public var removedStrengths: [ItemID]
    public var addedWorkPoints: [ItemID]
    public var removedWorkPoints: [ItemID]

    public init(
        addedStrengths: [ItemID] = [], removedStrengths: [ItemID] = [], addedWorkPoints: [ItemID] = [],
        removedWorkPoints: [ItemID] = []
    ) {
        self.addedStrengths = addedStrengths
        self.removedStrengths = removedStrengths
        self.addedWorkPoints = addedWorkPoints
        self.removedWorkPoints = removedWorkPoints
    }

    /// The change that turns `current` into `wanted`: what a walk that asks for the whole list
    /// records.
    public init(from current: FeedbackChoice, to wanted: FeedbackChoice) {
        self.init(
            addedStrengths: wanted.strengths.filter { !current.strengths.contains($0) },
            removedStrengths: current.strengths.filter { !wanted.strengths.contains($0) },
            addedWorkPoints: wanted.workPoints.filter { !current.workPoints.contains($0) },
            removedWorkPoints: current.workPoints.filter { !wanted.workPoints.contains($0) })
    }

    public var isEmpty: Bool { addedStrengths.isEmpty && removedStrengths.isEmpty && addedWorkPoints.isEmpty && removedWorkPoints.isEmpty }
}

/// Whether a feedback point is a strong point or a work point.
public enum FeedbackKind: String, Hashable, Sendable {
    case strength = "strong point", workPoint = "work point"
}

/// Why a feedback change was refused; the cases about a change's result carry the choice as it is now.
public enum FeedbackError: Error, Hashable, Sendable, CustomStringConvertible {
    /// More points of a kind than the instrument asks for.
    case tooMany(FeedbackKind, limit: Int, now: FeedbackChoice, adding: [ItemID])
    /// Removing an item that is not chosen as that kind.
    case notChosen(ItemID, FeedbackKind, now: FeedbackChoice)
    /// One item as a strong point and a work point at once.
    case both(ItemID, now: FeedbackChoice)
    /// An item the instrument does not have, with the instrument's hint (``Instrument/hint(forNonItem:)``).
    case unknownItem(ItemID, FeedbackKind, instrument: InstrumentID, hint: String)
    /// An item that is not rated on a scale (a text, check, choice or number item).
    case notRated(ItemID, FeedbackKind, itemKind: String)
    /// An item named twice as the same kind.
    case givenTwice(ItemID, FeedbackKind)
    /// An item both added and removed as the same kind by one change.
    case addedAndRemoved(ItemID, FeedbackKind)
    /// An item the rating scores as not applicable (its n.v.t. code), which cannot be a point.
    case notApplicable(ItemID, FeedbackKind, code: String)

    public var now: FeedbackChoice? {
        switch self {
        case .tooMany(_, _, let now, _), .notChosen(_, _, let now), .both(_, let now): now
        case .unknownItem, .notRated, .givenTwice, .addedAndRemoved, .notApplicable: nil
        }
    }

    public var description: String {
        switch self {
        case .tooMany(let kind, let limit, let now, let adding):
            "the instrument asks for \(limit) \(kind.rawValue)\(limit == 1 ? "" : "s") at most; adding "
                + adding.map(\.rawValue.escapedForTerminal).joined(separator: ", ")
                + " would make \(Set((kind == .strength ? now.strengths : now.workPoints) + adding).count); \(now)"
        case .notChosen(let item, let kind, let now):
            "item \(item.rawValue.escapedForTerminal) is not chosen as a \(kind.rawValue); \(now)"
        case .both(let item, let now):
            "item \(item.rawValue.escapedForTerminal) cannot be a strong point and a work point at once; \(now)"
        case .unknownItem(let item, let kind, let instrument, let hint):
            "\(kind.rawValue) '\(item.rawValue.escapedForTerminal)' is not an item of \(instrument)\(hint)"
        case .notRated(let item, let kind, let itemKind):
            "item \(item.rawValue.escapedForTerminal) is a \(itemKind) item, which is not rated on a scale; "
                + "only rated items can be a \(kind.rawValue)"
        case .givenTwice(let item, let kind):
            "item \(item.rawValue.escapedForTerminal) is given twice as a \(kind.rawValue): give it once"
        case .addedAndRemoved(let item, let kind):
            "item \(item.rawValue.escapedForTerminal) is both added and removed as a \(kind.rawValue): give one of them"
        case .notApplicable(let item, let kind, let code):
            "item \(item.rawValue.escapedForTerminal) is scored \(code.escapedForTerminal) (not applicable), so it cannot be a "
                + "\(kind.rawValue): score it on its scale, or leave it out of the \(kind.rawValue)s"
        }
    }
}

extension FeedbackChoice: CustomStringConvertible {
    /// `chosen now: strong points 1, 7; work points 6` (or `none`).
    public var description: String {
        func list(_ items: [ItemID]) -> String {
            items.isEmpty ? "none" : items.map(\.rawValue.escapedForTerminal).joined(separator: ", ")
        }
        return "chosen now: strong points \(list(strengths)); work points \(list(workPoints))"
    }

    /// The choice after `change`: removals first, then additions in the order given (an item
    /// already chosen stays where it is). Refused when the result would have more points of
    /// a kind than `rule` asks for (when it adds that kind), when a removed item is not chosen, or when an item would
    /// be both a strong point and a work point.
    public func applying(_ change: FeedbackChange, rule: FeedbackRule) throws(FeedbackError) -> FeedbackChoice {
        var result = self
        for item in change.removedStrengths {
            guard let index = result.strengths.firstIndex(of: item) else { throw .notChosen(item, .strength, now: self) }
            result.strengths.remove(at: index)
        }
        for item in change.removedWorkPoints {
            guard let index = result.workPoints.firstIndex(of: item) else { throw .notChosen(item, .workPoint, now: self) }
            result.workPoints.remove(at: index)
        }
        for item in change.addedStrengths where !result.strengths.contains(item) { result.strengths.append(item) }
        for item in change.addedWorkPoints where !result.workPoints.contains(item) { result.workPoints.append(item) }
        if let item = result.strengths.first(where: result.workPoints.contains) { throw .both(item, now: self) }
        if !change.addedStrengths.isEmpty, result.strengths.count > rule.strengths {
            throw .tooMany(.strength, limit: rule.strengths, now: self, adding: change.addedStrengths)
        }
        if !change.addedWorkPoints.isEmpty, result.workPoints.count > rule.workPoints {
            throw .tooMany(.workPoint, limit: rule.workPoints, now: self, adding: change.addedWorkPoints)
        }
        return result
    }
}
