/// How well raters agree across many sessions: per item, per section and overall, and ICCs on
/// section and total scores.
///
/// Only sessions made with exactly this instrument (same content hash) are compared; the others
/// are counted in ``skippedOtherInstrument``. The compared items are the rating items with a
/// declared scale; n.v.t. and unscored items are missing values.
///
/// ``rows`` lists, in form order: each item of section I (units: sessions), section I with its
/// items pooled (units: session × item), the same for every further section, all items pooled
/// (``AgreementRow/Scope/overall``), then one ICC row per section on the raters' section mean
/// scores and one on their overall mean scores (targets: sessions; judges: the rater columns;
/// a session lacking a judge's score is dropped from the ICC). A rater's mean score is the mean
/// of the compared items they scored in the section (or in the whole instrument); it equals
/// ``RatingAggregate``'s mean when the section has only rating items.
///
/// Cohen's kappa takes the level values of the items' scale as its categories; a pooled group
/// whose items use different scales has no kappa. The work is linear in the number of
/// ratings: one pass fills and codes a flat table, every group's ratings are read from it by index.
public struct AgreementReport: Hashable, Sendable {
    /// The exact instrument the compared sessions were made with.
    public let instrument: InstrumentReference
    public let selection: AgreementSelection
    /// Sessions made with this instrument version (whether or not the selected raters rated them).
    public let sessions: Int
    /// Sessions left out because they were made with another instrument or version.
    public let skippedOtherInstrument: Int
    /// What each rater column holds: the two roles or codes, or the role slots of all raters.
    public let raterColumns: [String]
    /// The rater columns, typed: what a report words in its own language.
    public let columns: [AgreementColumn]
    public let rows: [AgreementRow]

    /// Compares the selected ratings of every session made with `instrument`.
    public init(instrument: Instrument, sessions: [(session: Session, ratings: [Rating])], selection: AgreementSelection) {
        let reference = InstrumentReference(instrument)
        let included = sessions.compactMap { $0.session.instrument.hash == reference.hash ? $0.ratings : nil }
        let columns = RaterColumns(included, selection: selection, roleOrder: instrument.roleIDs)
        let rated = RatedItems(instrument)
        let table = AgreementTable(included, columns: columns, rated: rated)
        self.instrument = reference
        self.selection = selection
        self.sessions = included.count
        self.skippedOtherInstrument = sessions.count - included.count
        self.raterColumns = columns.names
        self.columns = columns.columns
        self.rows = RowBuilder(instrument: instrument, rated: rated, table: table, pairwise: selection.isPairwise).rows
    }

    /// The row of `scope`, if the report has one.
    public func row(_ scope: AgreementRow.Scope) -> AgreementRow? { rows.first { $0.scope == scope } }
}

/// Puts the rows of a report together in form order.
private struct RowBuilder {
    let instrument: Instrument
    let rated: RatedItems
    let table: AgreementTable
    let pairwise: Bool

    var rows: [AgreementRow] {
        var itemRows: [AgreementRow] = []
        var scoreRows: [AgreementRow] = []
        for section in instrument.sections {
            let positions = rated.positions(in: section.id)
            guard !positions.isEmpty else { continue }
            itemRows += positions.map(itemRow)
            let label = Self.label(section.number, section.title)
            itemRows.append(pooledRow(.section(section.id), label: label, positions: positions))
            scoreRows.append(scoreRow(.sectionScore(section.id), label: label, positions: positions))
        }
        let all = Array(rated.entries.indices)
        itemRows.append(pooledRow(.overall, label: instrument.title.original, positions: all))
        scoreRows.append(scoreRow(.totalScore, label: instrument.title.original, positions: all))
        return itemRows + scoreRows
    }

    private func itemRow(_ position: Int) -> AgreementRow {
        let entry = rated.entries[position]
        let group = table.pooled([position])
        let figures = AgreementFigures.items(group.ratings, categories: rated.categories([position]), pairwise: pairwise)
        return AgreementRow(
            scope: .item(entry.item.id, section: entry.section), label: Self.label(entry.item.number, entry.item.prompt),
            unitKind: .sessions, units: group.units, figures: figures)
    }

    private func pooledRow(_ scope: AgreementRow.Scope, label: String, positions: [Int]) -> AgreementRow {
        let group = table.pooled(positions)
        let figures = AgreementFigures.items(group.ratings, categories: rated.categories(positions), pairwise: pairwise)
        return AgreementRow(scope: scope, label: label, unitKind: .sessionItems, units: group.units, figures: figures)
    }

    private func scoreRow(_ scope: AgreementRow.Scope, label: String, positions: [Int]) -> AgreementRow {
        let group = table.means(positions)
        return AgreementRow(
            scope: scope, label: label, unitKind: .sessions, units: group.units, figures: AgreementFigures.scores(group.matrix))
    }

    /// `number. text`, or the text alone when the form prints no number.
    private static func label(_ number: String?, _ text: LocalizedText) -> String {
        number.map { "\($0). \(text.original)" } ?? text.original
    }
}
