extension SessionReport {
    /// The flagged items, each with every rater's answer and evidence about it.
    func discussionLines(width: Int) -> [String] {
        guard !discussion.isEmpty else { return TextWrap.wrap(label(.nothingToDiscuss), width: width, indent: "  ") }
        return discussion.flatMap { entry -> [String] in
            var lines = TextWrap.wrap("! \(entry.item.label)", width: width, indent: "  ")
            let answers = entry.cells.filter { !$0.isMissing }.map { cell in
                "\(cell.column): \(cell.textWithLevel)"
            }
            lines += TextWrap.wrap(answers.joined(separator: "; "), width: width, indent: "    ")
            if entry.hasEvidence {
                lines += evidenceLines(entry.evidence, width: width, indent: "    ", namingItems: false)
            } else {
                lines += TextWrap.wrap(label(.noEvidenceForItem), width: width, indent: "    ")
            }
            return lines
        }
    }

    /// Every pair of roles, and how many items are flagged.
    func summaryLines(width: Int) -> [String] {
        var lines: [String] = []
        for pair in summary.rolePairs {
            var sentence = "\(pair.first) \(label(.versus)) \(pair.second): "
            if pair.hasItems {
                sentence +=
                    "\(pair.n) \(label(.items)); \(label(.exact)) \(pair.exactAgreement), \(label(.withinOne)) \(pair.withinOneAgreement); "
                    + "\(label(.meanDifference)) \(pair.meanSignedDifference) (\(pair.first) \(pair.tendency))"
            } else if !pair.hasNominal {
                sentence += label(.noItemScoredByBoth)
            }
            if pair.hasNominal {
                sentence +=
                    (pair.hasItems ? "; " : "")
                    + "\(label(.choiceItems)): \(pair.nominalSame) \(label(.of)) \(pair.nominalCompared) \(label(.sameChoice)) "
                    + "(\(pair.nominalNote))"
            }
            lines += TextWrap.wrap(sentence, width: width, indent: "  ")
        }
        if hasRatings && !summary.hasRolePairs { lines += TextWrap.wrap(label(.oneRoleOnly), width: width, indent: "  ") }
        lines += TextWrap.wrap("\(summary.flagged) \(label(.of)) \(summary.compared) \(label(.itemsToDiscuss))", width: width, indent: "  ")
        return lines
    }

    /// Each column's strong points (+) and work points (−).
    func feedbackLines(width: Int) -> [String] {
        guard !feedback.isEmpty else { return ["  \(label(.none))"] }
        return feedback.flatMap { entry -> [String] in
            var lines = TextWrap.wrap("\(entry.column.heading) (\(entry.column.rater))", width: width, indent: "  ")
            for (points, symbol) in [(entry.strengths, "+"), (entry.workPoints, "-")] {
                for point in points {
                    let source = point.isDerived ? " (\(label(.derived)))" : ""
                    lines += TextWrap.wrap("\(symbol) \(point.item.label)\(source)", width: width, indent: "    ")
                }
            }
            if entry.strengths.isEmpty && entry.workPoints.isEmpty { lines.append("    \(label(.none))") }
            return lines
        }
    }

    /// The evidence in time order: `1:05 + zelf item 3: …`.
    func evidenceLines(_ evidence: [EvidenceInfo], width: Int, indent: String, namingItems: Bool = true) -> [String] {
        guard !evidence.isEmpty else { return TextWrap.wrap(label(.noEvidence), width: width, indent: indent) }
        return evidence.flatMap { entry -> [String] in
            let about = namingItems ? entry.item.map { " \(label(.item).lowercased()) \($0.number.isEmpty ? $0.id : $0.number)" } ?? "" : ""
            let time = entry.end.map { "\(entry.start)-\($0)" } ?? entry.start
            return TextWrap.wrap("\(time) \(entry.symbol) \(entry.column)\(about): \(entry.text)", width: width, indent: indent)
        }
    }
}

extension SessionReport.AnswerCell {
    /// The answer as typed, with the level's label where it is a scale level: `1 (rood: niet aanwezig)`.
    var textWithLevel: String { levelLabel.map { "\(text) (\($0))" } ?? text }
}
