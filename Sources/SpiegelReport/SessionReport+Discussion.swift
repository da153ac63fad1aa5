import SpiegelCore

extension SessionReport {
    /// A flagged item as the meeting discusses it: every rater's answer and every rater's
    /// evidence about it, in time order.
    public struct DiscussionItem: Sendable, Encodable {
        public let item: ItemLabel
        /// One cell per column, in column order.
        public let cells: [AnswerCell]
        public let evidence: [EvidenceInfo]
        public let hasEvidence: Bool
    }

    /// Two roles against each other over the ordered items both have a value for, and the
    /// nominal items (ja/nee, choice) both answered, whose agreement is exact agreement only.
    public struct RolePairInfo: Sendable, Encodable {
        /// The first role's heading (`zelf`, `coachee`).
        public let first: String
        public let second: String
        public let n: Int
        public let hasItems: Bool
        public let exactAgreement: ReportNumber
        public let withinOneAgreement: ReportNumber
        /// Mean of first − second: positive when the first scores higher.
        public let meanSignedDifference: ReportNumber
        /// `overschat` / `onderschat` / `gemiddeld gelijk` when the first is self, else
        /// `scoort hoger` / `scoort lager` / `gemiddeld gelijk`; empty when n = 0.
        public let tendency: String
        /// The ja/nee and choice items both answered, and of those the ones answered the same.
        public let nominalCompared: Int
        public let nominalSame: Int
        public let hasNominal: Bool
        /// Why the nominal items have exact agreement only (no within-one, no mean difference),
        /// in the report's language.
        public let nominalNote: String
    }

    /// The flagged rows with their evidence, in form order.
    static func discussion(_ sections: [SectionBlock], evidence: [EvidenceInfo]) -> [DiscussionItem] {
        sections.flatMap(\.items).filter(\.isFlagged).map { row in
            let about = evidence.filter { $0.item?.id == row.item.id }
            return DiscussionItem(item: row.item, cells: row.cells, evidence: about, hasEvidence: !about.isEmpty)
        }
    }

    /// The summary of every pair of roles, with the roles named as their columns are.
    static func rolePairs(_ pairs: [RolePairSummary], columns: [ColumnInfo], language: ReportLanguage) -> [RolePairInfo] {
        pairs.map { pair in
            let values = pair.values
            let first = roleName(pair.first, columns: columns, language: language)
            let second = roleName(pair.second, columns: columns, language: language)
            return RolePairInfo(
                first: first, second: second, n: values.n, hasItems: values.n > 0, exactAgreement: .percentage(values.exactAgreement),
                withinOneAgreement: .percentage(values.withinOneAgreement),
                meanSignedDifference: .meanDifference(values.meanSignedDifference),
                tendency: tendency(values.meanSignedDifference, firstIsSelf: pair.first.rawValue == BuiltInRole.`self`.rawValue, language),
                nominalCompared: pair.nominalCompared, nominalSame: pair.nominalSame, hasNominal: pair.nominalCompared > 0,
                nominalNote: language.text(.nominalExactOnly))
        }
    }

    /// A role as a pair names it: `zelf`, or `collega (mediaan)` for a role with several raters.
    private static func roleName(_ role: RoleID, columns: [ColumnInfo], language: ReportLanguage) -> String {
        let raters = columns.filter { $0.role == role.rawValue }
        let name = raters.first?.roleHeading ?? role.rawValue
        return raters.count > 1 ? "\(name) (\(language.text(.median)))" : name
    }

    /// How the first view scores against the second, in words; empty without a difference.
    static func tendency(_ difference: Double?, firstIsSelf: Bool, _ language: ReportLanguage) -> String {
        guard let difference else { return "" }
        if difference > 0 { return language.text(firstIsSelf ? .overEstimates : .scoresHigher) }
        if difference < 0 { return language.text(firstIsSelf ? .underEstimates : .scoresLower) }
        return language.text(.agreesOnAverage)
    }
}
