import SpiegelCore

extension InstrumentReader {
    /// The whole number in attribute `name`, or nil when it is absent.
    ///
    /// A value that is not a whole number, or too large for any computation, is reported at the
    /// attribute and gives nil. Ranges are checked by ``InstrumentCheck``.
    mutating func integer(
        _ name: String, of element: XMLElement, at path: InstrumentPath, expecting range: ClosedRange<Int>, in context: String
    ) -> Int? {
        guard let text = element.attribute(name) else { return nil }
        if let value = NumberText.integer(text) { return value }
        reportNumber(text, name, of: element, at: path, expected: InstrumentLimits.wholeNumber(in: range), in: context)
        return nil
    }

    /// The decimal number in attribute `name`, or nil when it is absent; see ``integer(_:of:at:expecting:in:)``.
    mutating func decimal(_ name: String, of element: XMLElement, at path: InstrumentPath, in context: String) -> Double? {
        guard let text = element.attribute(name) else { return nil }
        if let value = NumberText.decimal(text) { return value }
        reportNumber(text, name, of: element, at: path, expected: InstrumentLimits.decimalNumber, in: context)
        return nil
    }

    private mutating func reportNumber(
        _ text: String, _ name: String, of element: XMLElement, at path: InstrumentPath, expected: String, in context: String
    ) {
        let position = element.attributes.first { $0.namespaceURI == nil && $0.name == name }?.position ?? element.position
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        diagnostics.append(
            .error(
                "\(context): \(name)=\"\(shown.escapedForTerminal)\" is not \(expected)",
                at: SourceLocation(file: source, line: position.line, column: position.column)))
    }
}

/// Numbers as the instrument format writes them (XML Schema's `xs:integer` and `xs:decimal`):
/// digits with an optional sign and, for a decimal, one point. No exponent, no `inf`, no `nan`.
enum NumberText {
    /// The value of an `xs:integer`, when it fits in an `Int`.
    static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        guard isDecimal(trimmed, allowingPoint: false) else { return nil }
        return Int(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed)
    }

    /// The value of an `xs:decimal`, when it has at most ``InstrumentLimits/numberFractionDigits``
    /// digits after the point (and so is kept exactly; the range is checked by ``InstrumentCheck``).
    static func decimal(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace
        guard isDecimal(trimmed, allowingPoint: true), let value = DecimalNumber(parsing: trimmed),
            value.fractionDigits <= InstrumentLimits.numberFractionDigits
        else { return nil }
        return value.doubleValue
    }

    private static func isDecimal(_ text: String, allowingPoint: Bool) -> Bool {
        var rest = Substring(text)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 1 || allowingPoint, parts.contains(where: { !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
