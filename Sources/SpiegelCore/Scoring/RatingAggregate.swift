/// One rating summed up: per section and for the whole instrument, the mean of the scored
/// items, how many were scored, how many answered n.v.t., and how often each level was given.
///
/// Only answers with a numeric value count (levels, ja/nee as 1/0, numbers); n.v.t. answers
/// and unscored items are left out of every mean. A focus profile restricts the items.
public struct RatingAggregate: Hashable, Sendable {
    /// The aggregate of one group of items (a section, or the whole instrument).
    public struct Part: Hashable, Sendable {
        /// Mean of the scored items; nil when no item was scored.
        public var mean: Double?
        public var scored: Int
        public var notApplicable: Int
        /// Items without any answer.
        public var unanswered: Int
        /// How many items got each level value (rating items only).
        public var distribution: [Int: Int]

        public init(mean: Double?, scored: Int, notApplicable: Int, unanswered: Int, distribution: [Int: Int]) {
            self.mean = mean
            self.scored = scored
            self.notApplicable = notApplicable
            self.unanswered = unanswered
            self.distribution = distribution
        }
    }

    public var sections: [SectionID: Part]
    public var overall: Part

    /// Aggregates `rating` over the instrument's items, or over the profile's items only.
    public init(_ rating: Rating, instrument: Instrument, profile: FocusProfile? = nil) {
        let included = profile.map { Set(instrument.items(in: $0)) }
        var sections: [SectionID: Part] = [:]
        var all: [Item] = []
        for section in instrument.sections {
            let items = section.items.filter { included?.contains($0.id) ?? true }
            all += items
            sections[section.id] = Self.part(items, rating)
        }
        self.sections = sections
        overall = Self.part(all, rating)
    }

    static func part(_ items: [Item], _ rating: Rating) -> Part {
        var values: [Double] = []
        var notApplicable = 0
        var unanswered = 0
        var distribution: [Int: Int] = [:]
        for item in items {
            guard let answer = rating.answer(for: item.id) else {
                unanswered += 1
                continue
            }
            if answer.isNotApplicable { notApplicable += 1 }
            if let value = answer.numericValue { values.append(value) }
            if case .level(let level) = answer { distribution[level, default: 0] += 1 }
        }
        let mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        return Part(mean: mean, scored: values.count, notApplicable: notApplicable, unanswered: unanswered, distribution: distribution)
    }
}
