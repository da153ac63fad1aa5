/// A text in the instrument's own language, with its translations.
///
/// Instruments are written in Dutch; an element may be repeated with another `xml:lang` to
/// carry a translation. `original` is the text in the instrument's language, verbatim apart
/// from whitespace: runs of spaces and line breaks become one space, ends are trimmed.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The text in the instrument's own language.
    public var original: String
    /// Translations by language tag (e.g. `"en"`), in the order the file gives them.
    public var translations: [Translation]

    public struct Translation: Hashable, Sendable, Codable {
        public var language: String
        public var text: String
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    public init(_ original: String, translations: [Translation] = []) {
        self.original = original
        self.translations = translations
    }

    /// The text in `language` when a translation exists, otherwise the original.
    public func text(in language: String?) -> String {
        guard let language else { return original }
        return translations.first { $0.language == language }?.text ?? original
    }
}

extension LocalizedText: CustomStringConvertible {
    public var description: String { original }
}

extension String {
    /// The text with every run of whitespace made one space and the ends trimmed: how
    /// instrument texts are read, so that line breaks in a file never change a text.
    public var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
