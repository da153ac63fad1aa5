import SpiegelCore

/// The language of a report's or form's chrome: headings, column names, legends and notes
/// around the instrument's own texts.
///
/// Every view model carries its chrome as ``labels`` (a table of ``ReportLabel`` keys to
/// texts), so Spiegel's templates and a template a school writes say `{{labels.strongPoints}}`
/// rather than a word in one language. The language follows the instrument (`xml:lang` of its
/// root, Dutch by default); `--lang` chooses another.
public enum ReportLanguage: String, CaseIterable, Hashable, Sendable, Encodable {
    case nl
    case en

    /// The chrome language for an instrument written in `language` (a tag such as `nl`,
    /// `nl-BE`, `en-GB`): Dutch for Dutch, English for English and for any language Spiegel
    /// has no chrome in.
    public init(instrumentLanguage language: String) {
        let primary = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        self = ReportLanguage(rawValue: primary) ?? .en
    }

    /// The language an instrument's report is in: `requested` when given, else the instrument's.
    public init(_ requested: ReportLanguage?, for instrument: Instrument) {
        self = requested ?? ReportLanguage(instrumentLanguage: instrument.language)
    }

    /// The text of one piece of chrome.
    public func text(_ label: ReportLabel) -> String {
        switch self {
        case .nl: label.dutch
        case .en: label.english
        }
    }

    /// Every piece of chrome by its key: what templates see as `labels`.
    public var labels: [String: String] {
        Dictionary(uniqueKeysWithValues: ReportLabel.allCases.map { ($0.rawValue, text($0)) })
    }

    /// A role as a report names it in this language: Spiegel's name for a built-in role
    /// (`zelf`, `collega`, `supervisor`), the instrument's label for a declared one
    /// (`observator`), else the role id.
    func roleName(_ role: RoleID, in instrument: Instrument) -> String {
        switch BuiltInRole(rawValue: role.rawValue) {
        case .`self`: text(.roleSelf)
        case .peer: text(.rolePeer)
        case .supervisor: text(.roleSupervisor)
        case nil: instrument.roles.first { $0.id == role }?.label.text(in: translation(for: instrument)) ?? role.rawValue
        }
    }

    /// The translation of the instrument's texts to show: nil for the instrument's own language.
    func translation(for instrument: Instrument) -> String? {
        ReportLanguage(instrumentLanguage: instrument.language) == self ? nil : rawValue
    }
}
