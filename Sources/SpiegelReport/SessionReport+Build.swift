import SpiegelCore

extension SessionReport {
    /// Where the report's video comes from: the source its `<video>` loads and whether the
    /// file was found. The command-line tool decides both; a report without one links the
    /// recorded path and says nothing about availability.
    public struct VideoLink: Hashable, Sendable {
        public var source: String
        public var isAvailable: Bool

        public init(source: String, isAvailable: Bool) {
            self.source = source
            self.isAvailable = isAvailable
        }
    }

    /// Builds the report of `session` from its current `ratings`, its chrome in `language`
    /// (by default the instrument's).
    public init(
        session: Session, ratings: [Rating], instrument: Instrument, profile: FocusProfile? = nil, restrictToProfile: Bool = false,
        video: VideoLink? = nil, language: ReportLanguage? = nil
    ) {
        let comparison = Comparison(of: ratings, instrument: instrument, profile: profile, restrictToProfile: restrictToProfile)
        let language = ReportLanguage(language, for: instrument)
        let columns = ColumnInfo.columns(comparison.columns, instrument: instrument, language: language)
        self.language = language
        self.labels = language.labels
        self.instrument = InstrumentInfo(instrument)
        self.session = Self.sessionInfo(session, instrument: instrument, video: video)
        self.profile = profile.map {
            ProfileInfo(id: $0.id.rawValue, title: $0.title.original, isRestricted: comparison.isRestrictedToProfile)
        }
        self.columns = columns
        let sections = Self.sectionBlocks(comparison, columns: columns, instrument: instrument)
        self.sections = sections
        self.overall = Self.meansRow(comparison.overall, columns: columns)
        let rolePairs = Self.rolePairs(comparison.summary.rolePairs, columns: columns, language: language)
        self.summary = SummaryInfo(
            selfVsSupervisor: Self.pairInfo(comparison.summary.selfVsSupervisor, language),
            selfVsPeersMedian: Self.pairInfo(comparison.summary.selfVsPeersMedian, language), rolePairs: rolePairs,
            hasRolePairs: !rolePairs.isEmpty, flagged: comparison.summary.flagged, compared: comparison.items.count)
        self.feedback = zip(columns, comparison.feedback).map { column, points in
            FeedbackInfo(
                column: column, strengths: points.strengths.map { Self.point($0, instrument) },
                workPoints: points.workPoints.map { Self.point($0, instrument) })
        }
        let evidence = Self.evidence(ratings, columns: columns, comparison: comparison, instrument: instrument)
        self.evidence = evidence
        self.discussion = Self.discussion(sections, evidence: evidence)
        let hasSelf = comparison.columns.contains { $0.isRole(.self) }
        let hasSupervisor = comparison.columns.contains { $0.isRole(.supervisor) }
        let hasPeers = comparison.columns.contains { $0.isRole(.peer) }
        self.hasSelf = hasSelf
        self.hasSupervisor = hasSupervisor
        self.hasPeers = hasPeers
        self.hasRatings = !comparison.columns.isEmpty
        self.isComparison = comparison.columns.count > 1
        let answerColumnCount = columns.count + (hasPeers ? 1 : 0) + (hasSelf && hasSupervisor ? 1 : 0) + (hasSelf && hasPeers ? 1 : 0)
        self.answerColumnCount = answerColumnCount
        self.textColumnSpan = answerColumnCount + 1
    }

    /// The compared sections, each with its rows, means and chart.
    private static func sectionBlocks(_ comparison: Comparison, columns: [ColumnInfo], instrument: Instrument) -> [SectionBlock] {
        comparison.sections.compactMap { means -> SectionBlock? in
            guard case .section(let id) = means.scope, let section = instrument.section(id) else { return nil }
            let rows = comparison.items(in: id).map { Self.itemRow($0, columns: columns, instrument: instrument) }
            let title = section.title.original
            return SectionBlock(
                id: id.rawValue, number: section.number ?? "", title: title, heading: section.number.map { "\($0). \(title)" } ?? title,
                items: rows, means: Self.meansRow(means, columns: columns), hasFlags: rows.contains(where: \.isFlagged),
                hasMeans: rows.contains { !$0.isText },
                chart: Self.chart(rows, section: section, columns: columns, instrument: instrument))
        }
    }

    /// Bars for the section's rating and number items, on the axis 0 … the scale's highest level.
    private static func chart(_ rows: [ItemRow], section: Section, columns: [ColumnInfo], instrument: Instrument) -> BarChart? {
        let items = Dictionary(uniqueKeysWithValues: section.items.map { ($0.id.rawValue, $0) })
        let charted = rows.filter { row in
            switch items[row.item.id]?.kind {
            case .rating, .number: true
            default: false
            }
        }
        guard !charted.isEmpty, !columns.isEmpty else { return nil }
        let levels =
            charted.compactMap { items[$0.item.id]?.scaleID.flatMap(instrument.scale) }.first?.levels.map { Double($0.value) } ?? []
        let numbers = charted.compactMap { row -> Double? in
            if case .number(let spec) = items[row.item.id]?.kind { return spec.maximum }
            return nil
        }
        let maximum = (levels + numbers + charted.flatMap { $0.cells.compactMap(\.value.value) }).max() ?? 1
        let groups = charted.map { row in
            (
                label: row.item.number.isEmpty ? row.item.id : row.item.number,
                values: row.cells.map { cell in
                    (value: cell.value.value, text: cell.isMissing ? "–" : cell.isNotApplicable ? "n.v.t." : cell.text, colour: cell.colour)
                }
            )
        }
        return BarChart(
            groups: groups, seriesNames: columns.map(\.heading), tickValues: levels.isEmpty ? [0, maximum] : levels, maximum: maximum)
    }

    private static func sessionInfo(_ session: Session, instrument: Instrument, video: VideoLink?) -> SessionInfo {
        let fields = ResearchExport.exportedFields([instrument])
        let header = fields.compactMap { field -> HeaderEntry? in
            guard let value = session.value(of: field), !value.isEmpty else { return nil }
            let label = instrument.headerFields.first { $0.id == field }?.label.original ?? field.rawValue
            return HeaderEntry(field: field.rawValue, label: label, value: value)
        }
        let videoInfo = session.video.map { recorded in
            VideoInfo(
                path: recorded.path, source: video?.source ?? recorded.path, duration: recorded.duration?.description,
                isAvailable: video?.isAvailable ?? false)
        }
        return SessionInfo(id: session.id.rawValue, uuid: session.uuid, date: session.date, header: header, video: videoInfo)
    }

    private static func itemRow(_ row: ItemComparison, columns: [ColumnInfo], instrument: Instrument) -> ItemRow {
        let item = instrument.item(row.item)
        let scale = item?.scaleID.flatMap(instrument.scale)
        let cells = zip(row.answers, columns).map { answer, column in
            let level = answer.flatMap { if case .level(let value) = $0 { scale?.level(withValue: value) } else { nil } }
            let colour = LevelColour.checked(level?.colour)
            let text = answer?.typed ?? ""
            return AnswerCell(
                text: text, value: .score(answer?.numericValue), isNotApplicable: answer?.isNotApplicable ?? false,
                isMissing: answer == nil, levelLabel: level?.label.original, colour: colour,
                short: colour == nil ? text : level?.code ?? text, column: column.heading)
        }
        let isText: Bool
        if case .text = item?.kind { isText = true } else { isText = false }
        return ItemRow(
            item: ItemLabel(row.item, in: instrument), inProfile: row.inProfile, cells: cells, peersMedian: .score(row.roles.peersMedian),
            selfMinusSupervisor: .difference(row.roles.selfMinusSupervisor),
            selfMinusPeersMedian: .difference(row.roles.selfMinusPeersMedian), spread: .score(row.spread),
            threshold: .score(row.discussionThreshold), isFlagged: row.isFlagged, isText: isText)
    }

    private static func meansRow(_ means: MeanComparison, columns: [ColumnInfo]) -> MeansRow {
        MeansRow(
            means: zip(columns, means.parts).map { ColumnMean(column: $0.heading, mean: .mean($1.mean), scored: $1.scored) },
            peersMedian: .mean(means.roles.peersMedian),
            selfMinusSupervisor: .meanDifference(means.roles.selfMinusSupervisor),
            selfMinusPeersMedian: .meanDifference(means.roles.selfMinusPeersMedian))
    }

    private static func pairInfo(_ pair: PairSummary, _ language: ReportLanguage) -> PairInfo {
        let tendency = Self.tendency(pair.meanSignedDifference, firstIsSelf: true, language)
        return PairInfo(
            other: pair.other.rawValue, n: pair.n, hasItems: pair.n > 0, exactAgreement: .percentage(pair.exactAgreement),
            withinOneAgreement: .percentage(pair.withinOneAgreement), meanSignedDifference: .meanDifference(pair.meanSignedDifference),
            tendency: tendency)
    }

    private static func point(_ point: FeedbackPoint, _ instrument: Instrument) -> PointInfo {
        PointInfo(item: ItemLabel(point.item, in: instrument), source: point.source.rawValue, isDerived: point.source == .derived)
    }

    /// Every rating's evidence in time order; equal times keep column order, then the rater's order.
    private static func evidence(
        _ ratings: [Rating], columns: [ColumnInfo], comparison: Comparison, instrument: Instrument
    ) -> [EvidenceInfo] {
        let ordered = comparison.columns.enumerated().flatMap { index, column in
            let rating = ratings.first { $0.rater == column.rater && $0.role == column.role }
            return (rating?.evidence ?? []).enumerated().map { (column: index, order: $0.offset, evidence: $0.element) }
        }
        let sorted = ordered.sorted { ($0.evidence.start, $0.column, $0.order) < ($1.evidence.start, $1.column, $1.order) }
        return sorted.map { entry in
            let evidence = entry.evidence
            let column = columns[entry.column]
            return EvidenceInfo(
                id: evidence.id.rawValue, start: evidence.start.description, startSeconds: evidence.start.seconds,
                end: evidence.end?.description, rater: column.rater, role: column.role, column: column.heading,
                item: evidence.item.map { ItemLabel($0, in: instrument) }, indicator: evidence.indicator?.rawValue,
                valence: evidence.valence.rawValue, symbol: evidence.valence.symbol, text: evidence.text)
        }
    }
}
