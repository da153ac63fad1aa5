/// A scale level's colour as a report may put it in a `style` attribute.
enum LevelColour {
    /// The colour when it is `#` and six hexadecimal digits (what the instrument schema
    /// allows), else nil: nothing else ever reaches a style attribute, whatever a stored
    /// instrument holds.
    static func checked(_ colour: String?) -> String? {
        guard let colour, colour.count == 7, colour.first == "#", colour.dropFirst().allSatisfy(\.isHexDigit) else { return nil }
        return colour
    }
}
