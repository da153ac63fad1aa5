import SpiegelCore

/// Turns a checked XML tree into an ``Instrument``, noting where each part came from.
///
/// The reader is tolerant: it runs on documents the schema rejected too, so that the
/// semantic checks can still report their findings. What the schema already reported (a
/// missing attribute, an unexpected element) it passes over silently.
struct InstrumentReader {
    static let namespace = "urn:spiegel:instrument:1"

    let source: String
    private(set) var locations: [InstrumentPath: XMLElement] = [:]
    var diagnostics: [Diagnostic] = []
    /// The levels whose value could not be read: reported already, so not checked again.
    var unreadable: Set<InstrumentPath> = []
    private var language = "nl"

    init(source: String) { self.source = source }

    mutating func read(_ root: XMLElement) -> Instrument? {
        guard root.name == "instrument", root.namespaceURI == Self.namespace else {
            let found = root.namespaceURI.map { "'\(root.name)' in namespace '\($0)'" } ?? "'\(root.name)' without a namespace"
            diagnostics.append(
                .error(
                    "the root element is \(found); an instrument starts with <instrument xmlns=\"\(Self.namespace)\">", at: location(root)))
            return nil
        }
        language = root.attribute("lang", namespace: XMLNamespace.xml) ?? "nl"
        locations[.instrument] = root
        let scalesElement = root.child(named: "scales")
        if let scalesElement { locations[.scales] = scalesElement }
        let scales = (scalesElement?.children(named: "scale") ?? []).enumerated().map { readScale($0.element, at: $0.offset) }
        let defaultScale = scalesElement?.attribute("default").map { ScaleID($0) } ?? (scales.count == 1 ? scales[0].id : nil)
        return Instrument(
            id: InstrumentID(root.attribute("id") ?? ""),
            version: root.attribute("version") ?? "",
            language: language,
            status: root.attribute("status").flatMap(Instrument.Status.init) ?? .published,
            title: text(root, "title") ?? LocalizedText(""),
            descriptions: texts(root, "description"),
            sources: texts(root, "source"),
            notes: texts(root, "note"),
            feedback: readFeedback(root.child(named: "feedback")),
            roles: (root.child(named: "roles")?.children(named: "role") ?? []).enumerated().map { readRole($0.element, at: $0.offset) },
            scales: scales,
            defaultScale: defaultScale,
            headerFields: (root.child(named: "header")?.children(named: "field") ?? []).enumerated().map {
                readField($0.element, at: $0.offset)
            },
            sections: root.children(named: "section").enumerated().map {
                readSection($0.element, at: $0.offset, defaultScale: defaultScale)
            },
            profiles: (root.child(named: "profiles")?.children(named: "profile") ?? []).enumerated().map {
                readProfile($0.element, at: $0.offset)
            })
    }

    // MARK: Parts

    private mutating func readFeedback(_ element: XMLElement?) -> FeedbackRule {
        guard let element else { return FeedbackRule() }
        locations[.feedback] = element
        let range = InstrumentLimits.feedbackPoints
        return FeedbackRule(
            strengths: integer("strengths", of: element, at: .feedback, expecting: range, in: "feedback") ?? 2,
            workPoints: integer("work-points", of: element, at: .feedback, expecting: range, in: "feedback") ?? 1)
    }

    private mutating func readRole(_ element: XMLElement, at index: Int) -> RoleDeclaration {
        locations[.role(index)] = element
        return RoleDeclaration(id: RoleID(element.attribute("id") ?? ""), label: text(element, "label") ?? LocalizedText(""))
    }

    private mutating func readScale(_ element: XMLElement, at index: Int) -> Scale {
        locations[.scale(index)] = element
        let context = "scale '\(element.attribute("id") ?? "")'"
        let levels = element.children(named: "level").enumerated().map { offset, level in
            let path = InstrumentPath.level(scale: index, level: offset)
            locations[path] = level
            let value = integer("value", of: level, at: path, expecting: InstrumentLimits.levelValue, in: context)
            if value == nil && level.attribute("value") != nil { unreadable.insert(path) }
            return Level(
                value: value ?? 0,
                code: level.attribute("code"),
                colour: level.attribute("colour"),
                label: text(level, "label") ?? LocalizedText(""),
                description: text(level, "description"))
        }
        return Scale(
            id: ScaleID(element.attribute("id") ?? ""),
            title: text(element, "title"),
            levels: levels,
            notApplicable: element.children(named: "not-applicable").enumerated().map { offset, answer in
                locations[.scaleNotApplicable(scale: index, index: offset)] = answer
                return readNotApplicable(answer)
            },
            discussionThreshold: integer(
                "discussion-threshold", of: element, at: .scale(index), expecting: 1...InstrumentLimits.levelValue.count - 1, in: context))
    }

    private mutating func readNotApplicable(_ element: XMLElement) -> NotApplicable {
        NotApplicable(code: element.attribute("code") ?? "", label: text(element, "label") ?? LocalizedText(""))
    }

    private mutating func readField(_ element: XMLElement, at index: Int) -> HeaderField {
        locations[.field(index)] = element
        return HeaderField(
            id: FieldID(element.attribute("id") ?? ""),
            label: text(element, "label") ?? LocalizedText(""),
            hints: texts(element, "hint"),
            kind: element.attribute("kind").flatMap(HeaderField.Kind.init) ?? .text,
            isRequired: Self.boolean(element.attribute("required")),
            isResearchCode: Self.boolean(element.attribute("research-code")),
            pattern: element.attribute("pattern"))
    }

    private mutating func readSection(_ element: XMLElement, at index: Int, defaultScale: ScaleID?) -> Section {
        locations[.section(index)] = element
        let itemElements = element.children.filter { ItemReader.kinds.contains($0.name) }
        return Section(
            id: SectionID(element.attribute("id") ?? ""),
            number: element.attribute("number"),
            title: text(element, "title") ?? LocalizedText(""),
            descriptions: texts(element, "description"),
            items: itemElements.enumerated().map { offset, item in
                locations[.item(section: index, item: offset)] = item
                return readItem(item, section: index, index: offset, defaultScale: defaultScale)
            })
    }

    private mutating func readProfile(_ element: XMLElement, at index: Int) -> FocusProfile {
        locations[.profile(index)] = element
        let references = element.children.filter { $0.name == "include-section" || $0.name == "include-item" }
        return FocusProfile(
            id: ProfileID(element.attribute("id") ?? ""),
            title: text(element, "title") ?? LocalizedText(""),
            description: text(element, "description"),
            includes: references.enumerated().map { offset, reference in
                locations[.inclusion(profile: index, index: offset)] = reference
                let id = reference.attribute("ref") ?? ""
                return reference.name == "include-section" ? .section(SectionID(id)) : .item(ItemID(id))
            })
    }

    // MARK: Texts

    /// The element's `name` children as one text with its translations; nil when there are none.
    mutating func text(_ element: XMLElement, _ name: String) -> LocalizedText? {
        let group = element.children(named: name)
        guard !group.isEmpty else { return nil }
        var original: String?
        var translations: [LocalizedText.Translation] = []
        var seen = Set<String>()
        for child in group {
            let lang = child.attribute("lang", namespace: XMLNamespace.xml) ?? language
            let content = child.text.collapsingWhitespace
            if !seen.insert(lang).inserted {
                diagnostics.append(.error("<\(name)> is given twice in language '\(lang)'; give each language once", at: location(child)))
            } else if lang == language {
                original = content
            } else {
                translations.append(.init(language: lang, text: content))
            }
        }
        if original == nil {
            diagnostics.append(
                .error(
                    "<\(name)> has no text in the instrument's language '\(language)', only translations; add one without xml:lang",
                    at: location(group[0])))
        }
        return LocalizedText(original ?? translations.first?.text ?? "", translations: translations)
    }

    /// One text per element for repeatable texts such as descriptions and notes: elements in
    /// the instrument's language start a new text; translations attach to the one before.
    mutating func texts(_ element: XMLElement, _ name: String) -> [LocalizedText] {
        var result: [LocalizedText] = []
        for child in element.children(named: name) {
            let lang = child.attribute("lang", namespace: XMLNamespace.xml) ?? language
            let content = child.text.collapsingWhitespace
            if lang == language || result.isEmpty {
                result.append(LocalizedText(content))
                if lang != language {
                    diagnostics.append(
                        .error(
                            "<\(name)> in '\(lang)' comes before any <\(name)> in the instrument's language '\(language)'; put each translation after its original",
                            at: location(child)))
                }
            } else {
                result[result.count - 1].translations.append(.init(language: lang, text: content))
            }
        }
        return result
    }

    mutating func record(_ element: XMLElement, at path: InstrumentPath) {
        locations[path] = element
    }

    func location(_ element: XMLElement) -> SourceLocation {
        SourceLocation(file: source, line: element.position.line, column: element.position.column)
    }

    static func boolean(_ value: String?) -> Bool { value == "true" || value == "1" }
}
