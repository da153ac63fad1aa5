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
            return .number(readNumber(element, at: .item(section: section, item: index)))
        default:
            let context = "text item '\(element.attribute("id") ?? "")'"
            let path = InstrumentPath.item(section: section, item: index)
            return .text(lines: integer("lines", of: element, at: path, expecting: InstrumentLimits.textLines, in: context) ?? 4)
        }
    }

    private mutating func readNumber(_ element: XMLElement, at path: InstrumentPath) -> NumberSpec {
        let context = "number item '\(element.attribute("id") ?? "")'"
        // A bound that could not be read stays NaN, so that the checks compare nothing with it; a
        // missing one (which the schema reports) is one below or above the other.
        func bound(_ name: String) -> Double? {
            element.attribute(name).map { _ in decimal(name, of: element, at: path, in: context) ?? .nan }
        }
        let minimum = bound("min")
        let maximum = bound("max")
        return NumberSpec(
            minimum: minimum ?? (maximum ?? 1) - 1,
            maximum: maximum ?? (minimum ?? 0) + 1,
            step: bound("step"),
            asksDesired: Self.boolean(element.attribute("desired")),
            discussionThreshold: bound("discussion-threshold"))
    }

    private mutating func readItemNotApplicable(_ element: XMLElement, section: Int, index: Int) -> [NotApplicable] {
        element.children(named: "not-applicable").enumerated().map { offset, answer in
            record(answer, at: .itemNotApplicable(section: section, item: index, index: offset))
            return NotApplicable(code: answer.attribute("code") ?? "", label: text(answer, "label") ?? LocalizedText(""))
        }
    }
}
