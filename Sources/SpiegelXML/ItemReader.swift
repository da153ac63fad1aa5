import SpiegelCore

extension InstrumentReader {
    enum ItemReader {
        /// The element names of the item kinds.
        static let kinds: Set<String> = ["rating", "check", "choice", "number", "text"]
    }

    mutating func readItem(_ element: XMLElement, section: Int, index: Int, defaultScale: ScaleID?) -> Item {
        Item(
            id: ItemID(element.attribute("id") ?? ""),
            number: element.attribute("number"),
            prompt: text(element, "prompt") ?? LocalizedText(""),
            hints: texts(element, "hint"),
            kind: readKind(element, section: section, index: index, defaultScale: defaultScale))
    }

    private mutating func readKind(_ element: XMLElement, section: Int, index: Int, defaultScale: ScaleID?) -> Item.Kind {
        switch element.name {
        case "rating":
            let indicators = element.children(named: "indicator").enumerated().map { offset, indicator in
                record(indicator, at: .indicator(section: section, item: index, indicator: offset))
                return Indicator(id: IndicatorID(indicator.attribute("id") ?? ""), label: text(indicator, "label") ?? LocalizedText(""))
            }
            return .rating(scale: element.attribute("scale").map { ScaleID($0) } ?? defaultScale, indicators: indicators)
        case "check":
            return .check(notApplicable: readItemNotApplicable(element, section: section, index: index))
        case "choice":
            let options = element.children(named: "option").enumerated().map { offset, option in
                record(option, at: .option(section: section, item: index, option: offset))
                return ChoiceOption(id: OptionID(option.attribute("id") ?? ""), label: text(option, "label") ?? LocalizedText(""))
            }
            return .choice(options: options, notApplicable: readItemNotApplicable(element, section: section, index: index))
        case "number":
            return .number(
                NumberSpec(
                    minimum: element.attribute("min").flatMap(Double.init) ?? 0,
                    maximum: element.attribute("max").flatMap(Double.init) ?? 0,
                    step: element.attribute("step").flatMap(Double.init),
                    asksDesired: Self.boolean(element.attribute("desired")),
                    discussionThreshold: element.attribute("discussion-threshold").flatMap(Double.init)))
        default:
            return .text(lines: element.attribute("lines").flatMap { Int($0) } ?? 4)
        }
    }

    private mutating func readItemNotApplicable(_ element: XMLElement, section: Int, index: Int) -> [NotApplicable] {
        element.children(named: "not-applicable").enumerated().map { offset, answer in
            record(answer, at: .itemNotApplicable(section: section, item: index, index: offset))
            return NotApplicable(code: answer.attribute("code") ?? "", label: text(answer, "label") ?? LocalizedText(""))
        }
    }
}
