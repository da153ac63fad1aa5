/// A scoring instrument: sections of items, the scales they are scored on, the header fields
/// of a session, focus profiles, and where it comes from.
///
/// Instruments are values. They are read from XML by `SpiegelXML`, checked with
/// ``InstrumentCheck``, and identified by ``ContentHash`` of their canonical form.
public struct Instrument: Hashable, Sendable, Codable {
    public var id: InstrumentID
    public var version: String
    /// The language of the original texts (`xml:lang` of the root; Dutch, `nl`, by default).
    public var language: String
    public var status: Status
    public var title: LocalizedText
    public var descriptions: [LocalizedText]
    public var sources: [LocalizedText]
    public var notes: [LocalizedText]
    public var feedback: FeedbackRule
    public var roles: [RoleDeclaration]
    public var scales: [Scale]
    public var defaultScale: ScaleID?
    public var headerFields: [HeaderField]
    public var sections: [Section]
    public var profiles: [FocusProfile]

    /// Whether an instrument is in use, an example to adapt, or still being written.
    public enum Status: String, Hashable, Sendable, Codable {
        case published, example, draft
    }

    public init(
        id: InstrumentID, version: String, language: String = "nl", status: Status = .published,
        title: LocalizedText, descriptions: [LocalizedText] = [], sources: [LocalizedText] = [],
        notes: [LocalizedText] = [], feedback: FeedbackRule = FeedbackRule(),
        roles: [RoleDeclaration] = [], scales: [Scale] = [], defaultScale: ScaleID? = nil,
        headerFields: [HeaderField] = [], sections: [Section], profiles: [FocusProfile] = []
    ) {
        self.id = id
        self.version = version
        self.language = language
        self.status = status
        self.title = title
        self.descriptions = descriptions
        self.sources = sources
        self.notes = notes
        self.feedback = feedback
        self.roles = roles
        self.scales = scales
        self.defaultScale = defaultScale
        self.headerFields = headerFields
        self.sections = sections
        self.profiles = profiles
    }
}

/// A part of an instrument with its own title and items ("I. RELATIE OPBOUWEN / …").
public struct Section: Hashable, Sendable, Codable {
    public var id: SectionID
    /// The number printed on the form, e.g. `"I"`.
    public var number: String?
    public var title: LocalizedText
    public var descriptions: [LocalizedText]
    public var items: [Item]

    public init(id: SectionID, number: String? = nil, title: LocalizedText, descriptions: [LocalizedText] = [], items: [Item]) {
        self.id = id
        self.number = number
        self.title = title
        self.descriptions = descriptions
        self.items = items
    }
}

extension Instrument {
    /// Every item in form order.
    public var items: [Item] { sections.flatMap(\.items) }

    /// Every behavioural indicator in form order.
    public var indicators: [Indicator] { items.flatMap(\.indicators) }

    public func item(_ id: ItemID) -> Item? {
        for section in sections {
            if let item = section.items.first(where: { $0.id == id }) { return item }
        }
        return nil
    }

    public func section(_ id: SectionID) -> Section? { sections.first { $0.id == id } }

    public func scale(_ id: ScaleID) -> Scale? { scales.first { $0.id == id } }

    public func profile(_ id: ProfileID) -> FocusProfile? { profiles.first { $0.id == id } }

    /// The section that holds an item.
    public func section(containing item: ItemID) -> Section? {
        sections.first { $0.items.contains { $0.id == item } }
    }

    /// The item ids a focus profile selects, in form order, each once.
    public func items(in profile: FocusProfile) -> [ItemID] {
        var selected = Set<ItemID>()
        for inclusion in profile.includes {
            switch inclusion {
            case .item(let id): selected.insert(id)
            case .section(let id): section(id)?.items.forEach { selected.insert($0.id) }
            }
        }
        return items.map(\.id).filter(selected.contains)
    }

    /// The roles raters can take: the built-in ones, then those the instrument declares.
    public var roleIDs: [RoleID] {
        BuiltInRole.allCases.map { RoleID($0.rawValue) } + roles.map(\.id)
    }
}

/// The roles every instrument knows.
public enum BuiltInRole: String, CaseIterable, Sendable {
    case `self`, peer, supervisor
}
