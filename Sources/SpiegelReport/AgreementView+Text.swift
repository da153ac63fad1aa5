extension AgreementView {
    /// The report in 80 columns: the item table, the ICC table and the notes.
    public func text(style: TextStyle = .plain, width: Int = 80) -> String {
        let label = language.text
        var lines = TextWrap.wrap("\(label(.agreement)), \(selection): \(instrument.title) (\(instrument.id) \(instrument.version))")
        lines += TextWrap.wrap(
            sessionsText
                + (skippedOtherInstrument > 0 ? "; \(skippedOtherInstrument) \(label(.agreementOtherVersionsLeftOut))" : "")
                + "; \(label(.raterColumns).lowercased()): \(raterColumns.joined(separator: ", "))")
        lines += [""] + itemTable.lines(width: width, style: style)
        lines += [""] + scoreTable.lines(width: width, style: style)
        lines += [""] + legend(width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    private var itemTable: TextTable {
        // Pairwise: n, exact, ±1, κ ×3, nα, α ×3. All raters: percent agreement and kappa are not computed.
        let pairwiseColumns: [TextTable.Column] = [
            .number("n"), .number("exact"), .number("±1"), .number("κ"), .number("κ lin"), .number("κ quad"),
        ]
        var table = TextTable(
            [.text(language.text(.itemOrSection).lowercased(), flexible: true)] + (isPairwise ? pairwiseColumns : [])
                + [.number("nα"), .number("α nom"), .number("α ord"), .number("α int")], gap: 1)
        for row in itemRows {
            let pairwise = isPairwise ? [String(row.pairwiseN)] + row.pairwise.map(\.text) : []
            table.append([row.label] + pairwise + [String(row.alphaN)] + row.alpha.map(\.text), ruleBefore: row.isPooled)
        }
        return table
    }

    private var scoreTable: TextTable {
        var table = TextTable([
            .text(language.text(.meanScores), flexible: true), .number("n"), .number("ICC(1,1)"), .number("ICC(2,1)"), .number("ICC(3,1)"),
        ])
        for row in scoreRows {
            table.append([row.label, String(row.figures.first?.n ?? 0)] + row.figures.map(\.text))
        }
        return table
    }

    private func legend(width: Int) -> [String] {
        let label = language.text
        var text: [String] = []
        if isPairwise {
            text.append(
                "n: \(label(.definitionN)) exact, ±1: \(label(.definitionExact)) κ: \(label(.definitionKappa))")
        } else {
            text.append(label(.pairwiseOnly))
        }
        text.append("nα: \(label(.definitionAlphaN)) α: \(label(.definitionAlpha))")
        text.append("ICC: \(label(.definitionICC))")
        var lines = text.flatMap { TextWrap.wrap($0, width: width) }
        for note in notes { lines += TextWrap.wrap("—\(note.mark): \(note.reason)", width: width) }
        return lines
    }
}
