import Foundation
import SpiegelCore

/// Reads the instrument snapshot the store keeps (the JSON `Instrument`'s `Codable`
/// conformance writes) by hand, field by field, to the same value `JSONDecoder` would give.
///
/// Every command that reads a session reads its instrument; `JSONDecoder` spends most of its
/// time there checking each `Decodable` type against its protocols, which in a static build
/// scans every protocol conformance of the program. The snapshot's format is unchanged, so
/// stores written before and after read alike (and `JSONEncoder` still writes them).
enum InstrumentSnapshot {
    static func instrument(from data: Data) throws(StoreError) -> Instrument {
        let json = try JSONFields(parsing: data)
        guard let status = Instrument.Status(rawValue: try json.string("status")) else {
            throw JSONFields.damaged("\(json.path).status", expected: "a known status")
        }
        let feedback = try json.object("feedback")
        return Instrument(
            id: InstrumentID(try json.string("id")), version: try json.string("version"), language: try json.string("language"),
            status: status, title: try text(json.object("title")), descriptions: try json.array("descriptions", text),
            sources: try json.array("sources", text), notes: try json.array("notes", text),
            feedback: FeedbackRule(strengths: try feedback.integer("strengths"), workPoints: try feedback.integer("workPoints")),
            roles: try json.array("roles") { role throws(StoreError) in
                RoleDeclaration(id: RoleID(try role.string("id")), label: try text(role.object("label")))
            },
            scales: try json.array("scales", scale), defaultScale: try json.optionalString("defaultScale").map { ScaleID($0) },
            headerFields: try json.array("headerFields", headerField), sections: try json.array("sections", section),
            profiles: try json.array("profiles", profile))
    }

    /// `{"text": "…", "translations": {"en": "…"}}`, translations sorted by language.
    static func text(_ json: JSONFields) throws(StoreError) -> LocalizedText {
        let translations = json.has("translations") ? try json.sortedStrings("translations") : []
        return LocalizedText(
            try json.string("text"), translations: translations.map { LocalizedText.Translation(language: $0.key, text: $0.value) })
    }

    private static func optionalText(_ json: JSONFields, _ key: String) throws(StoreError) -> LocalizedText? {
        try json.optionalObject(key).map { fields throws(StoreError) in try text(fields) }
    }

    private static func scale(_ json: JSONFields) throws(StoreError) -> Scale {
        Scale(
            id: ScaleID(try json.string("id")), title: try optionalText(json, "title"),
            levels: try json.array("levels") { level throws(StoreError) in
                Level(
                    value: try level.integer("value"), code: try level.optionalString("code"), colour: try level.optionalString("colour"),
                    label: try text(level.object("label")), description: try optionalText(level, "description"))
            },
            notApplicable: try json.array("notApplicable", notApplicable),
            discussionThreshold: try json.optionalInteger("discussionThreshold"))
    }

    private static func notApplicable(_ json: JSONFields) throws(StoreError) -> NotApplicable {
        NotApplicable(code: try json.string("code"), label: try text(json.object("label")))
    }

    private static func headerField(_ json: JSONFields) throws(StoreError) -> HeaderField {
        guard let kind = HeaderField.Kind(rawValue: try json.string("kind")) else {
            throw JSONFields.damaged("\(json.path).kind", expected: "a known field kind")
        }
        return HeaderField(
            id: FieldID(try json.string("id")), label: try text(json.object("label")), hints: try json.array("hints", text), kind: kind,
            isRequired: try json.bool("isRequired"), isResearchCode: try json.bool("isResearchCode"),
            pattern: try json.optionalString("pattern"))
    }

    private static func section(_ json: JSONFields) throws(StoreError) -> Section {
        Section(
            id: SectionID(try json.string("id")), number: try json.optionalString("number"), title: try text(json.object("title")),
            descriptions: try json.array("descriptions", text), items: try json.array("items", item))
    }

    private static func profile(_ json: JSONFields) throws(StoreError) -> FocusProfile {
        FocusProfile(
            id: ProfileID(try json.string("id")), title: try text(json.object("title")), description: try optionalText(json, "description"),
            includes: try json.array("includes") { inclusion throws(StoreError) in
                let key = try inclusion.onlyKey()
                let id = try inclusion.object(key).string("_0")
                switch key {
                case "section": return .section(SectionID(id))
                case "item": return .item(ItemID(id))
                default: throw JSONFields.damaged("\(inclusion.path).\(key)", expected: "a section or an item")
                }
            })
    }

    /// An item, flat with its kind as a field (see `Item+Codable.swift`), read with the same
    /// defaults as its `Decodable` conformance.
    private static func item(_ json: JSONFields) throws(StoreError) -> Item {
        let notApplicable = try json.optionalArray("notApplicable", notApplicable)
        let kind: Item.Kind
        switch try json.string("kind") {
        case "rating":
            kind = .rating(
                scale: try json.optionalString("scale").map { ScaleID($0) },
                indicators: try json.optionalArray("indicators") { indicator throws(StoreError) in
                    Indicator(id: IndicatorID(try indicator.string("id")), label: try text(indicator.object("label")))
                })
        case "check":
            kind = .check(notApplicable: notApplicable)
        case "choice":
            let options = try json.array("options") { option throws(StoreError) in
                ChoiceOption(id: OptionID(try option.string("id")), label: try text(option.object("label")))
            }
            kind = .choice(options: options, notApplicable: notApplicable)
        case "number":
            kind = .number(
                NumberSpec(
                    minimum: try json.number("minimum"), maximum: try json.number("maximum"), step: try json.optionalNumber("step"),
                    asksDesired: json.has("asksDesired") ? try json.bool("asksDesired") : false,
                    discussionThreshold: try json.optionalNumber("discussionThreshold")))
        case "text":
            kind = .text(lines: try json.optionalInteger("lines") ?? 4)
        case let other:
            throw JSONFields.damaged("\(json.path).kind", expected: "a known item kind ('\(other)')")
        }
        return Item(
            id: ItemID(try json.string("id")), number: try json.optionalString("number"), prompt: try text(json.object("prompt")),
            hints: try json.optionalArray("hints", text), kind: kind)
    }
}
