extension SessionReport {
    /// The report as plain text in 80 columns: the header, the items to discuss with their
    /// evidence, per section a table of every column's answer with the flags and the means,
    /// the summary, the strong points and work points, and (with `evidence`) the evidence in
    /// time order. What `spiegel compare` prints. The chrome is in the report's language;
    /// everything typed or imported is escaped for the terminal.
    public func text(style: TextStyle = .plain, evidence includeEvidence: Bool = false, width: Int = 80) -> String {
        var lines = headerLines
        if includeEvidence && hasRatings {
            lines += ["", style.bold(label(.toDiscuss))] + discussionLines(width: width)
        }
        for section in sections {
            lines += ["", style.bold(section.heading)]
            if section.hasMeans { lines += table(section).lines(width: width, style: style) }
            lines += textAnswerLines(section, width: width, marked: section.hasMeans)
        }
        if sections.count > 1 {
            lines += ["", style.bold(label(.allComparedItems))] + overallTable.lines(width: width, style: style)
        }
        lines += [""] + legendLines(width: width)
        lines += ["", style.bold(label(.summary))] + summaryLines(width: width)
        lines += ["", style.bold(label(.strongAndWorkPoints))] + feedbackLines(width: width)
        if includeEvidence {
            lines += ["", style.bold(label(.evidence))] + evidenceLines(evidence, width: width, indent: "  ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One piece of chrome in the report's language.
    func label(_ key: ReportLabel) -> String { language.text(key) }

    var headerLines: [String] {
        var lines = TextWrap.wrap("\(instrument.title) (\(instrument.id) \(instrument.version))")
        let header = session.header.map { "\($0.field) \($0.value)" }
        lines += TextWrap.wrap((["\(label(.session).lowercased()) \(session.id)", session.date] + header).joined(separator: " · "))
        if let video = session.video {
            lines += TextWrap.wrap("\(label(.video).lowercased()): \(video.path)" + (video.duration.map { " (\($0))" } ?? ""))
        }
        if columns.isEmpty {
            lines.append(label(.noRatingsHint))
        } else {
            let names = columns.map { "\($0.short) = " + ($0.short == $0.roleHeading ? $0.rater : "\($0.roleHeading) \($0.rater)") }
            lines += TextWrap.wrap("\(label(.raters).lowercased()): " + names.joined(separator: ", "))
        }
        if let profile {
            let scope = profile.isRestricted ? label(.onlyProfileItems) : "\(label(.profileItemsMarked)) *"
            lines += TextWrap.wrap("\(label(.focusProfile).lowercased()): \(profile.id), \(profile.title) (\(scope))")
        }
        return lines
    }

    private var numberColumns: [TextTable.Column] {
        columns.map { .number($0.short) } + (hasPeers ? [.number(label(.shortPeersMedian))] : [])
            + (hasSelf && hasSupervisor ? [.number(label(.shortSelfMinusSupervisor))] : [])
            + (hasSelf && hasPeers ? [.number(label(.shortSelfMinusPeers))] : [])
    }

    private func derived(_ peersMedian: ReportNumber, _ selfMinusSupervisor: ReportNumber, _ selfMinusPeers: ReportNumber) -> [String] {
        (hasPeers ? [peersMedian.text] : []) + (hasSelf && hasSupervisor ? [selfMinusSupervisor.text] : [])
            + (hasSelf && hasPeers ? [selfMinusPeers.text] : [])
    }

    /// The section's table; a text item's answers are printed in full under the table.
    private func table(_ section: SectionBlock) -> TextTable {
        var table = TextTable([.text(""), .text(label(.item).lowercased(), flexible: true)] + numberColumns)
        for row in section.items {
            let marker = (row.isFlagged ? "!" : "") + (row.inProfile && profile?.isRestricted == false ? "*" : "")
            let cells = row.cells.map { row.isText && !$0.isMissing ? "↓" : TextTable.fit($0.short, 8) }
            table.append(
                [marker, row.item.label] + cells + derived(row.peersMedian, row.selfMinusSupervisor, row.selfMinusPeersMedian),
                emphasised: row.isFlagged)
        }
        table.append(meanCells(label(.mean).lowercased(), section.means), ruleBefore: true)
        return table
    }

    /// Every text answer of the section in full, wrapped: the item (marked `↓` under a table
    /// that points to it), then each rater's text.
    private func textAnswerLines(_ section: SectionBlock, width: Int, marked: Bool) -> [String] {
        section.items.filter(\.isText).flatMap { row -> [String] in
            let answered = row.cells.filter { !$0.isMissing }
            guard !answered.isEmpty else { return [] }
            return TextWrap.wrap((marked ? "↓ " : "") + row.item.label, width: width, indent: "  ")
                + answered.flatMap { answerLines($0, width: width, indent: "    ") }
        }
    }

    /// One rater's answer, each of its lines wrapped: `zelf: Ik vond het gesprek …`.
    func answerLines(_ cell: AnswerCell, width: Int, indent: String) -> [String] {
        let text = cell.textWithLevel
        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return paragraphs.enumerated().flatMap { index, paragraph in
            TextWrap.wrap((index == 0 ? "\(cell.column): " : "  ") + paragraph, width: width, indent: indent)
        }
    }

    private var overallTable: TextTable {
        var table = TextTable([.text(""), .text("", flexible: true)] + numberColumns)
        table.append(meanCells(label(.mean).lowercased(), overall))
        table.append(["", label(.itemsScored)] + overall.means.map { String($0.scored) } + derived(.mean(nil), .mean(nil), .mean(nil)))
        return table
    }

    private func meanCells(_ label: String, _ means: MeansRow) -> [String] {
        ["", label] + means.means.map(\.mean.text) + derived(means.peersMedian, means.selfMinusSupervisor, means.selfMinusPeersMedian)
    }

    private func legendLines(width: Int) -> [String] {
        var parts = ["! \(label(.toDiscuss).lowercased()): \(label(.flagLegend))"]
        if profile?.isRestricted == false { parts.append("* \(label(.profileLegend))") }
        if hasPeers { parts.append("\(label(.shortPeersMedian)) = \(label(.legendPeersMedian))") }
        if hasSelf && hasSupervisor { parts.append("\(label(.shortSelfMinusSupervisor)) = \(label(.legendSelfMinusSupervisor))") }
        if hasSelf && hasPeers { parts.append("\(label(.shortSelfMinusPeers)) = \(label(.legendSelfMinusPeers))") }
        parts.append(label(.nvtNote))
        return TextWrap.wrap(parts.joined(separator: "; ") + ".", width: width)
    }
}
