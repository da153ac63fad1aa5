extension SessionReport {
    /// The report as plain text in 80 columns: the header, per section a table of every
    /// column's answer with the flags and the means, the summary, the strong points and work
    /// points, and (with `evidence`) the evidence in time order. What `spiegel compare` prints.
    public func text(style: TextStyle = .plain, evidence includeEvidence: Bool = false, width: Int = 80) -> String {
        var lines = headerLines
        for section in sections {
            lines += ["", style.bold(section.heading)] + table(section).lines(width: width, style: style)
        }
        if sections.count > 1 {
            lines += ["", style.bold("All compared items")] + overallTable.lines(width: width, style: style)
        }
        lines += [""] + legendLines
        lines += ["", style.bold("Summary")] + summaryLines(width: width)
        lines += ["", style.bold("Strong points and work points")] + feedbackLines(width: width)
        if includeEvidence {
            lines += ["", style.bold("Evidence")] + evidenceLines(width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var headerLines: [String] {
        var lines = TextWrap.wrap("\(instrument.title) (\(instrument.id) \(instrument.version))")
        let header = session.header.map { "\($0.field) \($0.value)" }
        lines += TextWrap.wrap((["session \(session.id)", session.date] + header).joined(separator: " · "))
        if let video = session.video {
            lines += TextWrap.wrap("video: \(video.path)" + (video.duration.map { " (\($0))" } ?? ""))
        }
        if columns.isEmpty {
            lines.append("No ratings yet: score the session first (spiegel score).")
        } else {
            let names = columns.map { $0.short == $0.role ? "\($0.short) = \($0.rater)" : "\($0.short) = \($0.role) \($0.rater)" }
            lines += TextWrap.wrap("raters: " + names.joined(separator: ", "))
        }
        if let profile {
            lines += TextWrap.wrap(
                "focus profile: \(profile.id), \(profile.title)"
                    + (profile.isRestricted ? " (only its items are compared)" : " (its items are marked *)"))
        }
        return lines
    }

    private var numberColumns: [TextTable.Column] {
        columns.map { .number($0.short) } + (hasPeers ? [.number("med")] : []) + (hasSelf && hasSupervisor ? [.number("s-sup")] : [])
            + (hasSelf && hasPeers ? [.number("s-med")] : [])
    }

    private func derived(_ peersMedian: ReportNumber, _ selfMinusSupervisor: ReportNumber, _ selfMinusPeers: ReportNumber) -> [String] {
        (hasPeers ? [peersMedian.text] : []) + (hasSelf && hasSupervisor ? [selfMinusSupervisor.text] : [])
            + (hasSelf && hasPeers ? [selfMinusPeers.text] : [])
    }

    private func table(_ section: SectionBlock) -> TextTable {
        var table = TextTable([.text(""), .text("item", flexible: true)] + numberColumns)
        for row in section.items {
            let marker = (row.isFlagged ? "!" : "") + (row.inProfile && profile?.isRestricted == false ? "*" : "")
            let cells = row.cells.map { TextTable.fit($0.text, 8) }
            table.append(
                [marker, row.item.label] + cells + derived(row.peersMedian, row.selfMinusSupervisor, row.selfMinusPeersMedian),
                emphasised: row.isFlagged)
        }
        table.append(meanCells("mean", section.means), ruleBefore: true)
        return table
    }

    private var overallTable: TextTable {
        var table = TextTable([.text(""), .text("", flexible: true)] + numberColumns)
        table.append(meanCells("mean", overall))
        table.append(["", "items scored"] + overall.means.map { String($0.scored) } + derived(.mean(nil), .mean(nil), .mean(nil)))
        return table
    }

    private func meanCells(_ label: String, _ means: MeansRow) -> [String] {
        ["", label] + means.means.map(\.mean.text) + derived(means.peersMedian, means.selfMinusSupervisor, means.selfMinusPeersMedian)
    }

    private var legendLines: [String] {
        var parts = ["! raters differ by the discussion threshold or more"]
        if profile?.isRestricted == false { parts.append("* in the focus profile") }
        if hasPeers { parts.append("med = the peers' median") }
        if hasSelf && hasSupervisor { parts.append("s-sup = self - supervisor") }
        if hasSelf && hasPeers { parts.append("s-med = self - peers' median") }
        parts.append("n.v.t. and unscored items count in no number")
        return TextWrap.wrap(parts.joined(separator: "; ") + ".")
    }

    private func summaryLines(width: Int) -> [String] {
        var lines: [String] = []
        for (pair, name) in [(summary.selfVsSupervisor, "supervisor"), (summary.selfVsPeersMedian, "peers' median")] {
            guard pair.n > 0 else {
                if hasSelf { lines.append("  self vs \(name): no item scored by both") }
                continue
            }
            lines += TextWrap.wrap(
                "self vs \(name): \(pair.n) items; exact \(pair.exactAgreement), within one \(pair.withinOneAgreement); mean difference \(pair.meanSignedDifference) (\(pair.tendency))",
                width: width, indent: "  ")
        }
        if !hasSelf { lines.append("  no self-rating: nothing to compare self with") }
        lines.append("  \(summary.flagged) of \(summary.compared) items flagged for discussion")
        return lines
    }

    private func feedbackLines(width: Int) -> [String] {
        guard !feedback.isEmpty else { return ["  none"] }
        return feedback.flatMap { entry -> [String] in
            var lines = ["  \(entry.column.heading) (\(entry.column.rater))"]
            for (points, symbol) in [(entry.strengths, "+"), (entry.workPoints, "-")] {
                for point in points {
                    let line = "    \(symbol) \(point.item.label)"
                    let source = point.isDerived ? " (derived)" : ""
                    lines.append(TextTable.fit(line, width - source.count) + source)
                }
            }
            if entry.strengths.isEmpty && entry.workPoints.isEmpty { lines.append("    none") }
            return lines
        }
    }

    private func evidenceLines(width: Int) -> [String] {
        guard !evidence.isEmpty else { return ["  none recorded"] }
        return evidence.flatMap { entry -> [String] in
            let about = entry.item.map { " item \($0.number.isEmpty ? $0.id : $0.number)" } ?? ""
            let time = entry.end.map { "\(entry.start)-\($0)" } ?? entry.start
            return TextWrap.wrap("\(time) \(entry.symbol) \(entry.column)\(about): \(entry.text)", width: width, indent: "  ")
        }
    }
}
