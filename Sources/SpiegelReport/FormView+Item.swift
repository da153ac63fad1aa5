import SpiegelCore

extension FormView.ItemBlock {
    /// `continuesList`: the item before it in its section is compact too.
    init(_ item: Item, in instrument: Instrument, text: TextMaker, continuesList: Bool) {
        id = item.id.rawValue
        number = item.number ?? ""
        hasNumber = item.number != nil
        showsID = item.number != item.id.rawValue
        prompt = text(item.prompt)
        hints = item.hints.map(text.callAsFunction)
        kind = item.kindName
        isRating = kind == "rating"
        isCheck = kind == "check"
        isChoice = kind == "choice"
        isNumber = kind == "number"
        isText = kind == "text"
        indicators = item.indicators.map { FormView.IndicatorLine(id: $0.id.rawValue, label: text($0.label)) }
        hasIndicators = !indicators.isEmpty
        boxes = Self.boxes(of: item, in: instrument, text: text)
        hasBoxes = !boxes.isEmpty
        isCompact = Self.isCompact(item, boxes: boxes)
        self.continuesList = isCompact && continuesList
        switch item.kind {
        case .number(let spec):
            numberRows =
                spec.asksDesired
                ? [
                    .init(spec, label: text.chrome.text(.now), chrome: text.chrome),
                    .init(spec, label: text.chrome.text(.desired), chrome: text.chrome),
                ]
                : [.init(spec, label: "", chrome: text.chrome)]
        default:
            numberRows = []
        }
        if case .text(let lines) = item.kind {
            writingLines = FormView.WritingLine.lines(lines)
        } else {
            writingLines = []
        }
    }

    /// One box per answer: a rating's levels and n.v.t., ja and nee, a choice's options.
    static func boxes(of item: Item, in instrument: Instrument, text: TextMaker) -> [FormView.Box] {
        switch item.kind {
        case .rating(let scaleID, _):
            guard let scale = scaleID.flatMap(instrument.scale) else { return [] }
            return FormView.Box.levels(of: scale, text: text, withDescriptions: false)
        case .check(let notApplicable):
            let answers = ["ja", "nee"].map { FormView.Box(code: $0, label: FormView.FormText(text: $0)) }
            return answers
                + FormView.Box.notApplicable(notApplicable, text: text)
        case .choice(let options, let notApplicable):
            return options.map { FormView.Box(code: $0.id.rawValue, label: text($0.label)) }
                + FormView.Box.notApplicable(notApplicable, text: text)
        case .number, .text:
            return []
        }
    }

    /// A check, or a choice of at most three short answers, without indicators: the question
    /// and its boxes share one line, as on a paper checklist.
    static func isCompact(_ item: Item, boxes: [FormView.Box]) -> Bool {
        switch item.kind {
        case .check, .choice: item.hints.isEmpty && boxes.count <= 3 && boxes.allSatisfy { $0.label.text.count <= 12 }
        default: false
        }
    }
}

extension FormView.NumberRow {
    /// At most this many values get a box each; a wider range gets a line to write on.
    static let maximumMarks = 11

    /// The row of a number item; its range (`0–10, stap 0.5`) in the form's language.
    init(_ spec: NumberSpec, label: String, chrome: ReportLanguage) {
        self.label = label
        hasLabel = !label.isEmpty
        let whole = [spec.minimum, spec.maximum, spec.step ?? 1].allSatisfy { $0 == $0.rounded() }
        if whole, let values = spec.values(atMost: Self.maximumMarks) {
            marks = values.map { FormView.Box(code: $0.description, mark: $0.description, label: FormView.FormText(text: "")) }
        } else {
            marks = []
        }
        hasMarks = !marks.isEmpty
        range =
            "\(Self.format(spec.minimum))–\(Self.format(spec.maximum))"
            + (spec.step.map { ", \(chrome.text(.step)) \(Self.format($0))" } ?? "")
    }

    /// `10` for a whole number, `2.5` otherwise: what a rater types.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
