import SpiegelCore

/// The instrument a report was made with: its id, version, content hash and title.
public struct InstrumentInfo: Hashable, Sendable, Encodable {
    public let id: String
    public let version: String
    public let hash: String
    public let title: String

    public init(_ instrument: Instrument) {
        id = instrument.id.rawValue
        version = instrument.version
        hash = InstrumentReference(instrument).hash.hex
        title = instrument.title.original
    }
}

/// One header field of a session as printed in a report: only research codes, whole numbers
/// and dates (see ``ResearchExport/exportedFields(_:)``), never free text.
public struct HeaderEntry: Hashable, Sendable, Encodable {
    public let field: String
    public let label: String
    public let value: String
}

/// A rater column: who rated, in which role, and the short heading a table prints.
public struct ColumnInfo: Hashable, Sendable, Encodable {
    public let rater: String
    public let role: String
    /// The role's label in the instrument (`Zelfbeoordeling`), or the role id.
    public let roleLabel: String
    /// A stable name for scripts and CSV headers, in no language: `self`, `peer 1`, `coachee`.
    public let id: String
    /// The role as a heading in the report's language: `zelf`, `collega`, `observator`.
    public let roleHeading: String
    /// The table heading: `zelf`, `supervisor`, `collega 1`, `collega 2`, …
    public let heading: String
    /// At most six characters for narrow tables: `zelf`, `sup`, `coll1`, `obse2`.
    public let short: String
    /// Whether this is the coach's own rating (role `self`).
    public let isSelf: Bool
}

extension ColumnInfo {
    /// The columns of a comparison, numbered within a role where the role has several raters.
    ///
    /// The built-in roles are named in `language`; another role by its label in the
    /// instrument in that language (`observator`), or its id.
    static func columns(_ columns: [ComparisonColumn], instrument: Instrument, language: ReportLanguage) -> [ColumnInfo] {
        let counts = Dictionary(grouping: columns, by: \.role).mapValues(\.count)
        var seen: [RoleID: Int] = [:]
        return columns.map { column in
            let rank = seen[column.role, default: 0] + 1
            seen[column.role] = rank
            let numbered = counts[column.role, default: 0] > 1
            let base = column.role.rawValue
            let declared = instrument.roles.first { $0.id == column.role }?.label
            let name = language.roleName(column.role, in: instrument)
            let short = column.isRole(.supervisor) ? "sup" : !numbered && name.count <= 6 ? name : String(name.prefix(4))
            return ColumnInfo(
                rater: column.rater.rawValue, role: base, roleLabel: declared?.original ?? base,
                id: numbered ? "\(base) \(rank)" : base, roleHeading: name, heading: numbered ? "\(name) \(rank)" : name,
                short: numbered ? "\(short)\(rank)" : short, isSelf: column.isRole(.self))
        }
    }
}

/// An item as a report names it: id, number, prompt, and `number. prompt` as one label.
public struct ItemLabel: Hashable, Sendable, Encodable {
    public let id: String
    public let number: String
    public let prompt: String
    public let label: String

    init(id: String, number: String, prompt: String) {
        self.id = id
        self.number = number
        self.prompt = prompt
        label = number.isEmpty ? prompt : "\(number). \(prompt)"
    }

    init(_ item: Item) {
        self.init(id: item.id.rawValue, number: item.number ?? "", prompt: item.prompt.original)
    }

    /// The item's label; an item the instrument does not hold is named by its id.
    init(_ id: ItemID, in instrument: Instrument) {
        if let item = instrument.item(id) {
            self.init(item)
        } else {
            self.init(id: id.rawValue, number: "", prompt: id.rawValue)
        }
    }
}
