import SpiegelCore

extension FormView {
    /// The blank form of `instrument`, with its translations into `translationLanguage` as
    /// secondary text (nil: none), and its chrome in `chrome` (default: the instrument's language).
    public init(_ instrument: Instrument, translationLanguage: String? = "en", chrome: ReportLanguage? = nil) {
        let chrome = ReportLanguage(chrome, for: instrument)
        let text = TextMaker(language: translationLanguage, chrome: chrome)
        labels = chrome.labels
        self.instrument = InstrumentInfo(instrument)
        shortHash = instrument.contentHash.short
        status = instrument.status.rawValue
        switch instrument.status {
        case .published: statusText = ""
        case .example: statusText = chrome.text(.statusExample)
        case .draft: statusText = chrome.text(.statusDraft)
        }
        isPublished = instrument.status == .published
        language = instrument.language
        self.translationLanguage = translationLanguage ?? ""
        title = text(instrument.title)
        descriptions = instrument.descriptions.map(text.callAsFunction)
        sources = instrument.sources.map(text.callAsFunction)
        notes = instrument.notes.map(text.callAsFunction)
        header = instrument.headerFields.map { field in
            HeaderLine(
                id: field.id.rawValue, label: text(field.label), hints: field.hints.map(text.callAsFunction),
                kind: field.kind.rawValue, isRequired: field.isRequired, isResearchCode: field.isResearchCode,
                isWide: field.kind == .text)
        }
        roles =
            BuiltInRole.allCases.map { Box(code: $0.rawValue, label: FormText(text: text.roleName($0))) }
            + instrument.roles.map { Box(code: $0.id.rawValue, label: text($0.label)) }
        let used = Set(instrument.items.compactMap(\.scaleID))
        scales = instrument.scales.filter { used.contains($0.id) }.map { ScaleLegend($0, text: text) }
        hasScales = !scales.isEmpty
        sections = instrument.sections.map { SectionBlock($0, in: instrument, text: text) }
        feedback = FeedbackBlock(instrument.feedback, chrome: chrome)
    }
}

/// Makes ``FormView/FormText``s: the original and the translation into one language; and
/// knows the language of the form's chrome.
struct TextMaker {
    let language: String?
    let chrome: ReportLanguage

    /// A built-in role as the form names it (`zelf`, `collega`, `supervisor`).
    func roleName(_ role: BuiltInRole) -> String {
        switch role {
        case .`self`: chrome.text(.roleSelf)
        case .peer: chrome.text(.rolePeer)
        case .supervisor: chrome.text(.roleSupervisor)
        }
    }

    func callAsFunction(_ text: LocalizedText) -> FormView.FormText {
        let translation = language.flatMap { language in text.translations.first { $0.language == language }?.text } ?? ""
        return FormView.FormText(text: text.original, translation: translation)
    }

    func callAsFunction(_ text: LocalizedText?) -> FormView.FormText {
        text.map(callAsFunction) ?? FormView.FormText(text: "")
    }
}

extension FormView.FormText {
    init(text: String, translation: String = "") {
        self.text = text
        self.translation = translation
        hasTranslation = !translation.isEmpty
    }
}

extension FormView.Box {
    init(
        code: String, mark: String = "", label: FormView.FormText, description: FormView.FormText? = nil, isNotApplicable: Bool = false,
        colour: String? = nil
    ) {
        self.code = code
        self.colour = LevelColour.checked(colour) ?? ""
        hasColour = !self.colour.isEmpty
        self.mark = mark
        hasMark = !mark.isEmpty
        self.label = label
        hasLabel = !label.text.isEmpty
        self.description = description ?? FormView.FormText(text: "")
        hasDescription = !(description?.text.isEmpty ?? true)
        self.isNotApplicable = isNotApplicable
    }

    static func levels(of scale: Scale, text: TextMaker, withDescriptions: Bool) -> [Self] {
        scale.levels.map { level in
            Self(
                code: String(level.value), mark: String(level.value), label: text(level.label),
                description: withDescriptions ? text(level.description) : nil, colour: level.colour)
        } + notApplicable(scale.notApplicable, text: text)
    }

    static func notApplicable(_ answers: [NotApplicable], text: TextMaker) -> [Self] {
        answers.map { Self(code: $0.code, label: text($0.label), isNotApplicable: true) }
    }
}

extension FormView.ScaleLegend {
    init(_ scale: Scale, text: TextMaker) {
        id = scale.id.rawValue
        title = text(scale.title)
        hasTitle = scale.title != nil
        levels = FormView.Box.levels(of: scale, text: text, withDescriptions: true)
        hasDescriptions = levels.contains(where: \.hasDescription)
    }
}

extension FormView.SectionBlock {
    init(_ section: Section, in instrument: Instrument, text: TextMaker) {
        id = section.id.rawValue
        number = section.number ?? ""
        hasNumber = section.number != nil
        title = text(section.title)
        descriptions = section.descriptions.map(text.callAsFunction)
        var previousIsCompact = false
        items = section.items.map { item in
            let block = FormView.ItemBlock(item, in: instrument, text: text, continuesList: previousIsCompact)
            previousIsCompact = block.isCompact
            return block
        }
    }
}

extension FormView.FeedbackBlock {
    init(_ rule: FeedbackRule, chrome: ReportLanguage) {
        strengths = FormView.FeedbackPart(count: rule.strengths, one: chrome.text(.strongPoint), many: chrome.text(.strongPoints))
        workPoints = FormView.FeedbackPart(count: rule.workPoints, one: chrome.text(.workPoint), many: chrome.text(.workPoints))
        hasFeedback = rule.strengths > 0 || rule.workPoints > 0
    }
}

extension FormView.FeedbackPart {
    init(count: Int, one: String, many: String) {
        heading = "\(count == 1 ? one : many) (\(count))"
        self.count = count
        lines = FormView.WritingLine.lines(count)
        hasLines = count > 0
    }
}

extension FormView.WritingLine {
    static func lines(_ count: Int) -> [Self] {
        count > 0 ? (1...count).map(Self.init(number:)) : []
    }
}
