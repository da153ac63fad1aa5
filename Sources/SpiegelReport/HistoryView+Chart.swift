import SpiegelCore

extension HistoryView {
    /// The lowest and the highest level value of the scales the instrument's items are scored
    /// on (every declared scale when no item names one); `1 … 2` for an instrument without levels.
    static func scaleRange(_ instrument: Instrument) -> (lower: Double, upper: Double) {
        let used = Set(instrument.items.compactMap(\.scaleID))
        let scales = instrument.scales.filter { used.contains($0.id) }
        let values = (scales.isEmpty ? instrument.scales : scales).flatMap(\.levels).map { Double($0.value) }
        guard let lower = values.min(), let upper = values.max() else { return (1, 2) }
        return (lower, upper)
    }

    /// One chart per section and one of the overall mean: each role's mean over the sessions,
    /// in date order, on the scale's range; roles in the instrument's order.
    static func charts(_ entries: [EntryView], sections: [SectionHead], instrument: Instrument, language: ReportLanguage) -> [LineChart] {
        guard !entries.isEmpty else { return [] }
        let ranks = Dictionary(instrument.roleIDs.enumerated().map { ($0.element.rawValue, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var roles: [String] = []
        for entry in entries { for row in entry.roles where !roles.contains(row.role) { roles.append(row.role) } }
        roles = roles.enumerated().sorted { (ranks[$0.element] ?? ranks.count, $0.offset) < (ranks[$1.element] ?? ranks.count, $1.offset) }
            .map(\.element)
        let range = scaleRange(instrument)
        let sessions = entries.map { (date: $0.date, id: $0.session) }
        func chart(_ title: String, _ mean: (RoleRow) -> ReportNumber) -> LineChart {
            let series = roles.map { role in
                (
                    name: entries.lazy.flatMap(\.roles).first { $0.role == role }?.roleName ?? role,
                    values: entries.map { entry -> (value: Double?, text: String) in
                        guard let row = entry.roles.first(where: { $0.role == role }) else { return (nil, "") }
                        let number = mean(row)
                        return (number.value, number.text)
                    }
                )
            }
            return LineChart(
                LineChart.Input(title: title, sessions: sessions, series: series, language: language), lower: range.lower,
                upper: range.upper)
        }
        return sections.enumerated().map { index, section in
            chart("\(section.number). \(section.title)") { $0.sections[index] }
        } + [chart(language.text(.allItemsOverallMean), \.overall)]
    }
}
