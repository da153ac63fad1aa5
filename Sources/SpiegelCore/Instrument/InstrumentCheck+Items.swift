/// The scales an instrument declares, looked up once for all its items.
struct DeclaredScales {
    let ids: Set<ScaleID>
    /// "drie, vier", or "none", for messages.
    let list: String

    init(_ instrument: Instrument) {
        ids = Set(instrument.scales.map(\.id))
        list = ids.isEmpty ? "none" : ids.map(\.rawValue).sorted().joined(separator: ", ")
    }
}

/// The checks of one item: its scale, its options, its bounds.
struct ItemCheck {
    let item: Item
    let path: (section: Int, item: Int)
    let scales: DeclaredScales

    var here: InstrumentPath { .item(section: path.section, item: path.item) }

    var findings: [InstrumentFinding] {
        switch item.kind {
        case .rating(let scale, _): ratingFindings(scale)
        case .choice(let options, let notApplicable): choiceFindings(options, notApplicable)
        case .number(let spec): numberFindings(spec)
        case .check, .text: []
        }
    }

    private func ratingFindings(_ scale: ScaleID?) -> [InstrumentFinding] {
        guard let scale else {
            return [InstrumentFinding("rating item '\(item.id)' has no scale: add scale=\"…\" or declare <scales default=\"…\">", at: here)]
        }
        guard !scales.ids.contains(scale) else { return [] }
        return [
            InstrumentFinding(
                "item '\(item.id)' uses scale '\(scale)' that is not declared; declared scales: \(scales.list)", at: here,
                attribute: "scale")
        ]
    }

    private func choiceFindings(_ options: [ChoiceOption], _ notApplicable: [NotApplicable]) -> [InstrumentFinding] {
        let answers: [(String, InstrumentPath, String)] =
            options.enumerated().map { ($0.element.id.rawValue, .option(section: path.section, item: path.item, option: $0.offset), "id") }
            + notApplicable.enumerated().map {
                ($0.element.code, .itemNotApplicable(section: path.section, item: path.item, index: $0.offset), "code")
            }
        var seen = Set<String>()
        return answers.filter { !seen.insert($0.0).inserted }.map { id, at, attribute in
            InstrumentFinding("choice item '\(item.id)' offers '\(id)' twice; every answer needs its own id", at: at, attribute: attribute)
        }
    }

    private func numberFindings(_ spec: NumberSpec) -> [InstrumentFinding] {
        // Bounds outside their range are reported by the range check; comparing them says nothing more.
        guard spec.isWithinLimits else { return [] }
        var findings: [InstrumentFinding] = []
        if spec.minimum >= spec.maximum {
            findings.append(
                InstrumentFinding(
                    "number item '\(item.id)': min \(format(spec.minimum)) must be below max \(format(spec.maximum))", at: here,
                    attribute: "max"))
        }
        if let step = spec.step, step <= 0 {
            findings.append(
                InstrumentFinding("number item '\(item.id)': step must be positive, not \(format(step))", at: here, attribute: "step"))
        } else if let step = spec.step, spec.minimum < spec.maximum, spec.values(atMost: 1) != nil {
            // Counted exactly: min alone is the only value within one step.
            findings.append(
                InstrumentFinding(
                    "number item '\(item.id)': step \(format(step)) is wider than the range from min to max, so only min could be answered",
                    at: here, attribute: "step"))
        }
        if let threshold = spec.discussionThreshold, threshold <= 0 {
            findings.append(
                InstrumentFinding(
                    "number item '\(item.id)': discussion-threshold must be positive", at: here, attribute: "discussion-threshold"))
        }
        return findings
    }

    private func format(_ value: Double) -> String { InstrumentLimits.format(value) }
}
