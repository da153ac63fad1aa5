import SpiegelCore

/// libxml2's messages in the words of someone who edits an XML file by hand: what is wrong
/// and what to write instead. libxml2's own text is kept only as a last resort, without
/// namespace URIs and without any quoted document content.
enum ReadableMessage {
    /// The message for one libxml2 error; nil for the follow-on noise libxml2 reports after a
    /// first error.
    static func text(for error: LibXMLError) -> String? {
        error.domain == schemaDomain ? SchemaMessage(error.message).text : parserText(for: error)
    }

    /// `XML_FROM_SCHEMASV`: messages of schema validation.
    static let schemaDomain: Int32 = 17

    private static func parserText(for error: LibXMLError) -> String? {
        let name = error.details.first ?? ""
        let line = error.details.number
        if error.code == 23 || (error.code == 68 && error.message.hasPrefix("xmlParseEntityRef")) {
            return "an '&' that does not start an entity reference; write '&amp;' for an ampersand in text or in an attribute value"
        }
        switch error.code {
        case 68:
            return "a '<' that does not start an element; write '&lt;' for a less-than sign in text"
        case 26, 27:
            return
                "'&\(name);' is not an entity XML knows; only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are allowed (for an ampersand write '&amp;')"
        case 38: return "a '<' inside an attribute value; write '&lt;' instead, or close the value's quote"
        case 39: return "an attribute value must stand in quotes, like id=\"s1\""
        case 40: return "an attribute value is not closed: its closing quote is missing"
        case 41: return "the attribute '\(name)' has no value; write \(name)=\"…\""
        case 42: return "the attribute '\(name)' is given twice on one element; keep one"
        case 76: return "</\(error.details.second ?? "")> does not close <\(name)> opened on line \(line); correct the end tag"
        case 77: return "the file ends before <\(name)> (opened on line \(line)) is closed; add </\(name)>"
        case 73: return "the start tag <\(name)> on line \(line) is not closed with '>'"
        case 4: return "the file holds no XML element: it is empty, or not an XML file"
        case 5: return "there is more after the end tag of the root element; a file holds exactly one root element"
        case 45: return "a comment is not closed; end it with -->"
        case 63: return "a CDATA section is not closed; end it with ]]>"
        case 9, 6, 8:
            return "a character that XML does not allow (a control character or an invalid character reference); remove it"
        case 47: return "a processing instruction is not closed; end it with ?>"
        case 62: return "']]>' may not stand in text; write ']]&gt;'"
        case 80: return "a comment holds '--', which XML allows only at a comment's end; remove it or write '- -'"
        case 203: return "an attribute is given twice, under two prefixes of one namespace; keep one"
        case 201: return "the namespace prefix '\(name)' is not declared; declare it with xmlns:\(name)=\"…\" or remove the prefix"
        case 65: return nil
        default: return plain(error.message)
        }
    }

    /// libxml2's own message, for the rare error without words of Spiegel's: its first line only
    /// (libxml2 appends the document text it stopped at), without namespace URIs, escaped for the
    /// terminal, and short.
    static func plain(_ message: String) -> String {
        let line = SchemaMessage.withoutNamespaces(message).prefix { $0 != "\n" && $0 != "\r" }
        let short = line.count > 200 ? line.prefix(200) + "…" : line
        return String(short).trimmingWhitespace.escapedForTerminal
    }
}

/// A schema validation message (`Element '{ns}field', attribute 'kind': …`) reworded.
struct SchemaMessage {
    /// `<field>` or `attribute 'kind' of <field>`.
    var subject = ""
    var element = ""
    var attribute: String?
    var problem: String

    init(_ message: String) {
        var rest = Self.withoutNamespaces(message)[...]
        if rest.hasPrefix("Element '"), let end = rest.dropFirst(9).firstIndex(of: "'") {
            element = String(rest[rest.index(rest.startIndex, offsetBy: 9)..<end])
            rest = rest[rest.index(after: end)...]
            if rest.hasPrefix(", attribute '"), let close = rest.dropFirst(13).firstIndex(of: "'") {
                attribute = String(rest[rest.index(rest.startIndex, offsetBy: 13)..<close])
                rest = rest[rest.index(after: close)...]
            }
            if rest.hasPrefix(": ") { rest = rest.dropFirst(2) }
        }
        problem = String(rest)
        subject = attribute.map { "attribute '\($0)' of <\(element)>" } ?? "<\(element)>"
    }

    var text: String? {
        if problem.hasSuffix("is not a valid value of the atomic type 'Id'.")
            || problem.hasSuffix("is not a valid value of the atomic type 'Version'.")
        {
            return nil  // follows the pattern message about the same value
        }
        return reworded ?? ReadableMessage.plain(element.isEmpty ? problem : "\(subject): \(problem)")
    }

    private var reworded: String? {
        if let duplicate = duplicateKey { return duplicate }
        if let values = between("is not an element of the set {", "}") {
            let allowed = values.split(separator: ",").map { String($0).trimmingWhitespace }.joined(separator: ", ")
            return
                "\(subject): \(quotedValue ?? "the value") is not allowed; write one of \(allowed.isEmpty ? "the values the format names" : allowed)"
        }
        if problem.contains("is required but missing") {
            return "<\(element)> needs the attribute '\(between("attribute '", "'") ?? "")'; add it"
        }
        if problem.contains("is not allowed."), let attribute {
            return "attribute '\(attribute)' is not allowed on <\(element)>; remove it or correct its spelling"
        }
        if let expected = between("Expected is one of ( ", " )") ?? between("Expected is ( ", " )") {
            let names = expected.split(separator: ",").map { "<\(String($0).trimmingWhitespace)>" }.joined(separator: ", ")
            let verb = problem.hasPrefix("Missing child") ? "<\(element)> is missing an element" : "<\(element)> is not allowed here"
            return "\(verb); expected \(names.contains(",") ? "one of " : "")\(names)"
        }
        if problem.hasPrefix("This element is not expected") { return "<\(element)> is not allowed here" }
        if problem.hasPrefix("Character content other than whitespace") {
            return "<\(element)> holds text directly; text belongs inside an element such as <title>, <label> or <prompt>"
        }
        if let type = between("of the atomic type '", "'") {
            return "\(subject): \(quotedValue ?? "the value") is not \(Self.typeName(type))"
        }
        if let pattern = between("by the pattern '", "'.") {
            return "\(subject): \(quotedValue ?? "the value") is not \(Self.patternName(pattern))"
        }
        return nil
    }

    /// The value the problem is about, in quotes, from `The value 'x'` or `'x' is not`.
    private var quotedValue: String? {
        let value = between("The value '", "'") ?? (problem.hasPrefix("'") ? between("'", "' is not") : nil)
        return value.map { "'\(($0.count > 40 ? String($0.prefix(40)) + "…" : $0).escapedForTerminal)'" }
    }

    func between(_ start: String, _ end: String) -> String? {
        guard let from = problem.firstRange(of: start) else { return nil }
        let rest = problem[from.upperBound...]
        guard let to = rest.firstRange(of: end) else { return nil }
        return String(rest[..<to.lowerBound])
    }

    static func typeName(_ type: String) -> String {
        switch type {
        case "xs:decimal": "a decimal number (such as 0 or 2.5; no exponent, no inf)"
        case "xs:integer": "a whole number"
        case "xs:positiveInteger": "a whole number of 1 or more"
        case "xs:nonNegativeInteger": "a whole number of 0 or more"
        case "xs:boolean": "true or false"
        default: "of type \(type)"
        }
    }

    static func patternName(_ pattern: String) -> String {
        switch pattern {
        case "[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}": "an id: a letter or digit, then at most 63 letters, digits, '_', '.' or '-'"
        case "[0-9]+(\\.[0-9]+){0,3}": "a version such as 1 or 2.1"
        default: "in the form the format requires (pattern \(pattern))"
        }
    }

    /// libxml2's `{urn:…}name` without the namespace URI; braces that hold no URI stay.
    static func withoutNamespaces(_ message: String) -> String {
        var result = ""
        var rest = message[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let inner = rest[rest.index(after: open)...]
            if let close = inner.firstIndex(of: "}"), inner[..<close].contains(":"), !inner[..<close].contains(" "),
                !inner[..<close].contains("'")
            {
                rest = inner[inner.index(after: close)...]
            } else {
                result.append("{")
                rest = inner
            }
        }
        return result + rest
    }
}
