import Crypto

/// The canonical form of an instrument: every part of its structure and every text, in a
/// fixed order and a fixed notation, and nothing else.
///
/// It is written from the instrument *value*, not from the XML text, so it does not change
/// with whitespace between elements, line breaks inside texts, attribute order, comments,
/// namespace prefixes or the order of translations; it changes with any id, number, scale,
/// level, label, indicator, field, profile, version or text. Version 1 of the form is
/// fixed: changing how it is written would change every hash.
public struct CanonicalForm: Sendable {
    public let text: String

    public init(of instrument: Instrument) {
        var writer = Writer()
        writer.write(instrument)
        text = writer.output
    }
}

/// The SHA-256 of an instrument's canonical form: what a rating records so that ratings made
/// with different instrument structures are never silently compared.
public struct ContentHash: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Lowercase hexadecimal, 64 characters.
    public let hex: String

    public init(hex: String) { self.hex = hex }

    public init(of instrument: Instrument) {
        hex = Hexadecimal.string(SHA256.hash(data: Array(CanonicalForm(of: instrument).text.utf8)))
    }

    /// `sha256:` and the digest, as shown to users and written into rating files.
    public var description: String { "sha256:\(hex)" }

    /// The first 12 hex digits: enough to tell instruments apart at a glance.
    public var short: String { String(hex.prefix(12)) }
}

extension Instrument {
    public var contentHash: ContentHash { ContentHash(of: self) }
}

/// Writes records of the form `tag<TAB>field<TAB>field…<LF>`; tabs, line feeds and
/// backslashes inside a field are escaped, so the record structure can never be forged by text.
private struct Writer {
    var output = "spiegel-instrument-canonical\t1\n"

    mutating func record(_ tag: String, _ fields: String?...) {
        output += ([tag] + fields.map { $0.map(Self.escape) ?? "-" }).joined(separator: "\t") + "\n"
    }

    mutating func text(_ tag: String, _ text: LocalizedText?) {
        guard let text else { return record(tag, nil) }
        let translations = text.translations.sorted { $0.language < $1.language }
        record(tag, [text.original] + translations.flatMap { [$0.language, $0.text] })
    }

    mutating func record(_ tag: String, _ fields: [String]) {
        output += ([tag] + fields.map(Self.escape)).joined(separator: "\t") + "\n"
    }

    static func escape(_ field: String) -> String {
        // Most fields hold none of the three: then they are their own escape, without the
        // walks by `Character` below (which cost most of hashing an instrument).
        guard field.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) else {
            return field
        }
        return field.replacingAll("\\", with: "\\\\").replacingAll("\t", with: "\\t").replacingAll("\n", with: "\\n")
    }

    mutating func write(_ instrument: Instrument) {
        record("instrument", instrument.id.rawValue, instrument.version, instrument.language, instrument.status.rawValue)
        text("title", instrument.title)
        instrument.descriptions.forEach { text("description", $0) }
        instrument.sources.forEach { text("source", $0) }
        instrument.notes.forEach { text("note", $0) }
        record("feedback", String(instrument.feedback.strengths), String(instrument.feedback.workPoints))
        for role in instrument.roles {
            record("role", role.id.rawValue)
            text("label", role.label)
        }
        record("default-scale", instrument.defaultScale?.rawValue)
        instrument.scales.forEach { write($0) }
        instrument.headerFields.forEach { write($0) }
        instrument.sections.forEach { write($0) }
        instrument.profiles.forEach { write($0) }
    }

    mutating func write(_ scale: Scale) {
        record("scale", scale.id.rawValue, scale.discussionThreshold.map(String.init))
        text("title", scale.title)
        for level in scale.levels {
            // A level's colour is presentation, like whitespace: left out so that adding one
            // keeps the hash, and every session made with the instrument, valid.
            record("level", String(level.value), level.code)
            text("label", level.label)
            text("description", level.description)
        }
        scale.notApplicable.forEach { write($0) }
    }

    mutating func write(_ answer: NotApplicable) {
        record("not-applicable", answer.code)
        text("label", answer.label)
    }

    mutating func write(_ field: HeaderField) {
        record("field", field.id.rawValue, field.kind.rawValue, String(field.isRequired), String(field.isResearchCode), field.pattern)
        text("label", field.label)
        field.hints.forEach { text("hint", $0) }
    }

    mutating func write(_ section: Section) {
        record("section", section.id.rawValue, section.number)
        text("title", section.title)
        section.descriptions.forEach { text("description", $0) }
        section.items.forEach { write($0) }
    }

    mutating func write(_ item: Item) {
        record("item", item.kindName, item.id.rawValue, item.number)
        text("prompt", item.prompt)
        item.hints.forEach { text("hint", $0) }
        switch item.kind {
        case .rating(let scale, let indicators):
            record("scale-ref", scale?.rawValue)
            for indicator in indicators {
                record("indicator", indicator.id.rawValue)
                text("label", indicator.label)
            }
        case .check(let notApplicable):
            notApplicable.forEach { write($0) }
        case .choice(let options, let notApplicable):
            for option in options {
                record("option", option.id.rawValue)
                text("label", option.label)
            }
            notApplicable.forEach { write($0) }
        case .number(let spec):
            record(
                "bounds", "\(spec.minimum)", "\(spec.maximum)", spec.step.map { "\($0)" }, String(spec.asksDesired),
                spec.discussionThreshold.map { "\($0)" })
        case .text(let lines):
            record("lines", String(lines))
        }
    }

    mutating func write(_ profile: FocusProfile) {
        record("profile", profile.id.rawValue)
        text("title", profile.title)
        text("description", profile.description)
        for inclusion in profile.includes {
            switch inclusion {
            case .section(let id): record("include-section", id.rawValue)
            case .item(let id): record("include-item", id.rawValue)
            }
        }
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
