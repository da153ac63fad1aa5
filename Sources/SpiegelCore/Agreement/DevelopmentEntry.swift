extension DevelopmentHistory {
    /// One session of a coach's history: when it was, with whom, and each role's scores.
    public struct Entry: Hashable, Sendable {
        public let session: SessionID
        /// The day of the session, `yyyy-mm-dd`.
        public let date: String
        /// The value of the pair field (the jongere's research code); nil when the session has none.
        public let pair: String?
        /// Each role that rated the session, in the instrument's role order.
        public let roles: [RoleScores]

        public init(session: SessionID, date: String, pair: String?, roles: [RoleScores]) {
            self.session = session
            self.date = date
            self.pair = pair
            self.roles = roles
        }

        /// The scores of `role`, if that role rated the session.
        public func scores(of role: RoleID) -> RoleScores? { roles.first { $0.role == role } }
    }

    /// One role's section means and overall mean in one session.
    ///
    /// Each rater's means are those of ``RatingAggregate``; with several raters in the role
    /// (two peers), each figure is the mean of the raters' means that exist.
    public struct RoleScores: Hashable, Sendable {
        public let role: RoleID
        /// The raters of the role, by research code.
        public let raters: [RaterCode]
        /// One entry per section, in form order.
        public let sections: [SectionMean]
        public let overall: Double?

        public init(role: RoleID, raters: [RaterCode], sections: [SectionMean], overall: Double?) {
            self.role = role
            self.raters = raters
            self.sections = sections
            self.overall = overall
        }

        /// Combines the aggregates of the role's ratings (given in rater order).
        init(role: RoleID, ratings: [Rating], instrument: Instrument) {
            let aggregates = ratings.map { RatingAggregate($0, instrument: instrument) }
            self.role = role
            raters = ratings.map(\.rater)
            sections = instrument.sections.map { section in
                SectionMean(section: section.id, mean: Self.mean(aggregates.map { $0.sections[section.id]?.mean }))
            }
            overall = Self.mean(aggregates.map(\.overall.mean))
        }

        /// The mean of `section`; nil when no rater of the role scored an item of it.
        public func mean(of section: SectionID) -> Double? { sections.first { $0.section == section }?.mean }

        /// The mean of the values that exist; nil when none does.
        static func mean(_ values: [Double?]) -> Double? {
            let present = values.compactMap { $0 }
            return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        }
    }

    /// A section's mean score; nil when nothing in it was scored.
    public struct SectionMean: Hashable, Sendable {
        public let section: SectionID
        public let mean: Double?

        public init(section: SectionID, mean: Double?) {
            self.section = section
            self.mean = mean
        }
    }

    /// The sessions of one coach–jongere pair, in date order.
    public struct Pair: Hashable, Sendable {
        /// The pair field's value; nil for the sessions that have none.
        public let code: String?
        public let entries: [Entry]

        public init(code: String?, entries: [Entry]) {
            self.code = code
            self.entries = entries
        }
    }
}
