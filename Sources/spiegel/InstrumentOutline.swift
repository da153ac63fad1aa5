import SpiegelCore

/// An instrument as a readable tree: what `spiegel instrument show` prints.
struct InstrumentOutline {
    let instrument: Instrument
    let language: String?
    private var lines: [String] = []

    init(_ instrument: Instrument, language: String?) {
        self.instrument = instrument
        self.language = language
        render()
    }

    /// The outline; the instrument's texts are escaped for the terminal (a file may hold
    /// control or bidi characters).
    var text: String { lines.map(\.escapedForTerminal).joined(separator: "\n") + "\n" }

    private func t(_ text: LocalizedText) -> String { text.text(in: language) }

    private mutating func render() {
        renderHeading()
        renderScales()
        renderFields()
        instrument.sections.forEach { renderSection($0) }
        renderProfiles()
    }

    private mutating func renderHeading() {
        lines.append(t(instrument.title))
        let languages = Set(instrument.title.translations.map(\.language)).sorted()
        let translated = languages.isEmpty ? "" : " (translations: \(languages.joined(separator: ", ")))"
        lines.append(
            "  id \(instrument.id) · version \(instrument.version) · \(instrument.status.rawValue) · \(instrument.language)\(translated)")
        lines.append("  hash \(instrument.contentHash)")
        if instrument.status == .example { lines.append("  an example to adapt to your own school") }
        instrument.sources.forEach { lines.append("  source: \(t($0))") }
        instrument.notes.forEach { lines.append("  note: \(t($0))") }
        let counts = "\(instrument.sections.count) sections, \(instrument.items.count) items, \(instrument.indicators.count) indicators"
        lines.append("  \(counts); strengths \(instrument.feedback.strengths), work points \(instrument.feedback.workPoints)")
        if !instrument.roles.isEmpty {
            lines.append("  roles: self, peer, supervisor, " + instrument.roles.map { "\($0.id) (\(t($0.label)))" }.joined(separator: ", "))
        }
    }

    private mutating func renderScales() {
        guard !instrument.scales.isEmpty else { return }
        lines.append("")
        lines.append("Scales")
        for scale in instrument.scales {
            let title = scale.title.map { "  \(t($0))" } ?? ""
            let isDefault = scale.id == instrument.defaultScale ? ", default" : ""
            lines.append("  \(scale.id)\(title)  (discussion threshold \(scale.effectiveDiscussionThreshold)\(isDefault))")
            for level in scale.levels {
                let code = level.code.map { " [\($0)]" } ?? ""
                let colour = level.colour.map { "  (\($0))" } ?? ""
                lines.append("    \(level.value)\(code)  \(t(level.label))\(colour)")
            }
            for answer in scale.notApplicable {
                lines.append("    \(answer.code)  \(t(answer.label))  (not scored)")
            }
        }
    }

    private mutating func renderFields() {
        guard !instrument.headerFields.isEmpty else { return }
        lines.append("")
        lines.append("Header")
        for field in instrument.headerFields {
            var traits = [field.kind.rawValue]
            if field.isRequired { traits.append("required") }
            if field.isResearchCode { traits.append("research code") }
            if let pattern = field.pattern { traits.append("pattern \(pattern)") }
            lines.append("  \(field.id)  \(t(field.label))  (\(traits.joined(separator: ", ")))")
            field.hints.forEach { lines.append("      \(t($0))") }
        }
    }

    private mutating func renderSection(_ section: Section) {
        lines.append("")
        lines.append([section.number.map { "\($0)." }, t(section.title)].compactMap { $0 }.joined(separator: " ") + "  [\(section.id)]")
        section.descriptions.forEach { lines.append("  \(t($0))") }
        for item in section.items {
            let number = item.number.map { "\($0). " } ?? ""
            lines.append("  \(number)\(t(item.prompt))  [\(item.id): \(answerSummary(item))]")
            item.hints.forEach { lines.append("      \(t($0))") }
            for indicator in item.indicators {
                lines.append("      \(indicator.id)  \(t(indicator.label))")
            }
            if case .choice(let options, _) = item.kind {
                options.forEach { lines.append("      \($0.id)  \(t($0.label))") }
            }
        }
    }

    private func answerSummary(_ item: Item) -> String {
        switch item.kind {
        case .rating(let scaleID, _):
            guard let scaleID, let scale = instrument.scale(scaleID) else { return "rating" }
            let values = scale.levels.map { $0.code ?? String($0.value) } + scale.notApplicable.map(\.code)
            return "rating on \(scale.id): \(values.joined(separator: " "))"
        case .check(let notApplicable):
            return "check: ja nee" + notApplicable.map { " \($0.code)" }.joined()
        case .choice(let options, let notApplicable):
            return "choice: " + (options.map(\.id.rawValue) + notApplicable.map(\.code)).joined(separator: " ")
        case .number(let spec):
            let range = "\(Self.number(spec.minimum))–\(Self.number(spec.maximum))"
            return "number \(range)" + (spec.asksDesired ? ", current and desired" : "")
        case .text:
            return "text"
        }
    }

    private mutating func renderProfiles() {
        guard !instrument.profiles.isEmpty else { return }
        lines.append("")
        lines.append("Focus profiles")
        for profile in instrument.profiles {
            lines.append("  \(profile.id)  \(t(profile.title))")
            profile.description.map { lines.append("      \(t($0))") }
            lines.append("      items: " + instrument.items(in: profile).map(\.rawValue).joined(separator: ", "))
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
