extension InstrumentCheck {
    /// Every number of the instrument outside its range in ``InstrumentLimits``.
    func rangeFindings() -> [InstrumentFinding] {
        var findings = feedbackRangeFindings()
        for (s, scale) in instrument.scales.enumerated() {
            for (l, level) in scale.levels.enumerated() where !InstrumentLimits.levelValue.contains(level.value) {
                findings.append(
                    InstrumentFinding(
                        "scale '\(scale.id)': level value \(level.value) is out of range; a level value is \(InstrumentLimits.wholeNumber(in: InstrumentLimits.levelValue))",
                        at: .level(scale: s, level: l), attribute: "value"))
            }
        }
        for (s, section) in instrument.sections.enumerated() {
            for (i, item) in section.items.enumerated() {
                findings += itemRangeFindings(item, at: .item(section: s, item: i))
            }
        }
        return findings
    }

    private func feedbackRangeFindings() -> [InstrumentFinding] {
        let rule = instrument.feedback
        let range = InstrumentLimits.feedbackPoints
        return [("strengths", rule.strengths), ("work-points", rule.workPoints)].filter { !range.contains($0.1) }.map { name, value in
            InstrumentFinding(
                "feedback \(name)=\"\(value)\" is out of range; give \(InstrumentLimits.wholeNumber(in: range))", at: .feedback,
                attribute: name)
        }
    }

    private func itemRangeFindings(_ item: Item, at path: InstrumentPath) -> [InstrumentFinding] {
        switch item.kind {
        case .text(let lines) where !InstrumentLimits.textLines.contains(lines):
            return [
                InstrumentFinding(
                    "text item '\(item.id)': lines=\"\(lines)\" is out of range; give \(InstrumentLimits.wholeNumber(in: InstrumentLimits.textLines))",
                    at: path, attribute: "lines")
            ]
        case .number(let spec):
            return spec.bounds.filter { !InstrumentLimits.allows($0.value) }.map { name, value in
                InstrumentFinding(
                    "number item '\(item.id)': \(name)=\"\(InstrumentLimits.format(value))\" is out of range; give \(InstrumentLimits.decimalNumber)",
                    at: path, attribute: name)
            }
        default:
            return []
        }
    }
}

extension NumberSpec {
    /// The item's numbers by attribute name, as the instrument format spells them.
    var bounds: [(name: String, value: Double)] {
        [("min", minimum), ("max", maximum)] + (step.map { [("step", $0)] } ?? [])
            + (discussionThreshold.map { [("discussion-threshold", $0)] } ?? [])
    }

    /// Whether every number of the spec is finite and within ``InstrumentLimits/numberBound``.
    var isWithinLimits: Bool { bounds.allSatisfy { InstrumentLimits.allows($0.value) } }
}
