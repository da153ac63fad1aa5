/// Why a piece of evidence cannot be saved, wherever it comes from: a typed note, an edit, or
/// a rating file being imported.
public enum EvidenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A start or end past the end of the recording.
    case pastEnd(VideoTime, recording: VideoTime)
    /// An end at or before the start.
    case endNotAfterStart(start: VideoTime, end: VideoTime)
    /// An item the instrument does not have.
    case unknownItem(ItemID, instrument: InstrumentID)
    /// An indicator no item of the instrument has.
    case unknownIndicator(IndicatorID, instrument: InstrumentID)
    /// An indicator that belongs to another item than the one the evidence names.
    case indicatorOfAnotherItem(IndicatorID, owner: ItemID, named: ItemID)
    /// A text that is empty or only white space.
    case noText

    public var description: String {
        switch self {
        case .pastEnd(let time, let recording):
            "\(time) is past the end of the recording (\(recording)); expected a time from 00:00 to \(recording)"
        case .endNotAfterStart(let start, let end): "the end \(end) is not after the start \(start)"
        case .unknownItem(let item, let instrument): "'\(item.rawValue.escapedForTerminal)' is not an item of \(instrument)"
        case .unknownIndicator(let indicator, let instrument):
            "'\(indicator.rawValue.escapedForTerminal)' is not an indicator of \(instrument)"
        case .indicatorOfAnotherItem(let indicator, let owner, let named):
            "indicator '\(indicator.rawValue.escapedForTerminal)' belongs to item '\(owner)', not to item '\(named.rawValue.escapedForTerminal)'"
        case .noText: "the evidence has no text: write what was said or seen"
        }
    }
}

extension EvidenceError {
    /// The problem with a moment's order: an end at or before its start; nil when it has no end.
    public static func order(start: VideoTime, end: VideoTime?) -> EvidenceError? {
        guard let end, end <= start else { return nil }
        return .endNotAfterStart(start: start, end: end)
    }
}

extension Evidence {
    /// The evidence as it is saved, or the first reason it cannot be: a time past the
    /// recording's end (when its `duration` is known), an end not after the start, an item or
    /// indicator the instrument does not have, an indicator of another item, an empty text.
    /// Evidence about an indicator comes back naming the indicator's item too.
    ///
    /// The one check for evidence: `note`, `evidence edit` and `rating import` all call it.
    public func checked(against instrument: Instrument, duration: VideoTime?) throws(EvidenceError) -> Evidence {
        var checked = self
        if let problem = timeProblem(within: duration) { throw problem }
        if let problem = EvidenceError.order(start: start, end: end) { throw problem }
        if let item, instrument.item(item) == nil { throw .unknownItem(item, instrument: instrument.id) }
        if let indicator {
            guard let owner = instrument.items.first(where: { $0.indicators.contains { $0.id == indicator } }) else {
                throw .unknownIndicator(indicator, instrument: instrument.id)
            }
            if let item, item != owner.id { throw .indicatorOfAnotherItem(indicator, owner: owner.id, named: item) }
            checked.item = owner.id
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .noText }
        return checked
    }

    /// A start or end past the end of a recording of `duration` (nil when it is unknown).
    public func timeProblem(within duration: VideoTime?) -> EvidenceError? {
        guard let duration, let time = [start, end].compactMap({ $0 }).first(where: { $0 > duration }) else { return nil }
        return .pastEnd(time, recording: duration)
    }
}
