import SpiegelCore

extension AgreementView {
    /// What the plot draws: Krippendorff's alpha (ordinal) always; with two raters also
    /// Cohen's kappa (quadratic weights) and exact percent agreement.
    static func chartSeries(isPairwise: Bool, language: ReportLanguage) -> [AgreementChart.Series] {
        let alpha = AgreementChart.Series(
            statistic: .krippendorffAlpha, variant: "ordinal", short: "α ord", name: language.text(.chartAlphaOrdinal))
        guard isPairwise else { return [alpha] }
        return [
            alpha,
            AgreementChart.Series(
                statistic: .cohensKappa, variant: "quadratic", short: "κ quad", name: language.text(.chartKappaQuadratic)),
            AgreementChart.Series(
                statistic: .percentAgreement, variant: "exact", short: language.text(.chartExactShort),
                name: language.text(.chartExact)),
        ]
    }

    /// The plots of `rows` on one common axis: first the sections and all items pooled, then
    /// one plot per section with its items.
    static func charts(_ rows: [RowView], isPairwise: Bool, language: ReportLanguage) -> [AgreementChart] {
        let series = chartSeries(isPairwise: isPairwise, language: language)
        func input(_ row: RowView) -> AgreementChart.Input {
            AgreementChart.Input(
                label: row.scope == "overall" ? language.text(.chartAllItems) : row.label, isPooled: row.isPooled,
                figures: series.map { kind in
                    row.figures.first { $0.statistic == kind.statistic.rawValue && $0.variant == kind.variant }
                })
        }
        let values = rows.flatMap { input($0).figures.compactMap { $0?.value.value } }
        let (lower, step) = AgreementChart.domain(lowest: values.min() ?? 0)
        var charts: [AgreementChart] = []
        let pooled = rows.filter(\.isPooled)
        if !pooled.isEmpty {
            charts.append(
                AgreementChart(
                    title: language.text(.chartPooled), series: series, rows: pooled.map(input), lower: lower, step: step,
                    language: language))
        }
        var sections: [String] = []
        for row in rows where row.scope == "item" && !sections.contains(row.section) { sections.append(row.section) }
        for section in sections {
            let items = rows.filter { $0.scope == "item" && $0.section == section }
            let title = rows.first { $0.scope == "section" && $0.section == section }?.label ?? section
            charts.append(
                AgreementChart(title: title, series: series, rows: items.map(input), lower: lower, step: step, language: language))
        }
        return charts
    }
}
