/// The tags of a Mustache template, each with its kind, name and 1-based line, as a check of a
/// user's template reads them (swift-mustache keeps its parsed tokens to itself).
///
/// Follows delimiter changes (`{{=<% %>=}}`); text between tags is skipped. A tag that is not
/// closed ends the scan: the parser names that error with its position.
struct TemplateTag: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// `{{name}}`: escaped text.
        case variable
        /// `{{{name}}}` or `{{&name}}`: text as it is.
        case unescaped
        /// `{{$name}}` or `{{<name}}`: a block or a parent, closed like a section.
        case block
        case section, invertedSection, close, partial, other
    }

    var kind: Kind
    var name: String
    var line: Int

    /// The tag as written with the default delimiters: `{{{x}}}`, `{{#x}}`, `{{> x}}`.
    var shown: String {
        switch kind {
        case .variable: "{{\(name)}}"
        case .unescaped: "{{{\(name)}}}"
        case .section: "{{#\(name)}}"
        case .invertedSection: "{{^\(name)}}"
        case .close: "{{/\(name)}}"
        case .partial: "{{> \(name)}}"
        case .block, .other: "{{\(name)}}"
        }
    }

    /// The tags of `text` in order.
    static func scan(_ text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var (open, close) = ("{{", "}}")
        var rest = text[...]
        var line = 1
        while let start = rest.range(of: open) {
            line += rest[..<start.lowerBound].count { $0 == "\n" }
            var body = rest[start.upperBound...]
            let triple = open == "{{" && body.first == "{"
            if triple { body = body.dropFirst() }
            let end = triple ? "}" + close : close
            guard let stop = body.range(of: end) else { break }
            let content = body[..<stop.lowerBound]
            if let tag = tag(content, triple: triple, line: line) { tags.append(tag) }
            if content.first == "=", content.last == "=" {
                let delimiters = content.dropFirst().dropLast().split(separator: " ")
                if delimiters.count == 2 { (open, close) = (String(delimiters[0]), String(delimiters[1])) }
            }
            line += content.count { $0 == "\n" }
            rest = body[stop.upperBound...]
        }
        return tags
    }

    private static func tag(_ content: Substring, triple: Bool, line: Int) -> TemplateTag? {
        let trimmed = content.trimmingSpaces
        if triple { return TemplateTag(kind: .unescaped, name: trimmed, line: line) }
        guard let sigil = trimmed.first else { return nil }
        let named = String(trimmed.dropFirst()).trimmingSpaces
        switch sigil {
        case "&": return TemplateTag(kind: .unescaped, name: named, line: line)
        case "#": return TemplateTag(kind: .section, name: named, line: line)
        case "^": return TemplateTag(kind: .invertedSection, name: named, line: line)
        case "/": return TemplateTag(kind: .close, name: named, line: line)
        case ">": return TemplateTag(kind: .partial, name: named, line: line)
        case "<", "$": return TemplateTag(kind: .block, name: named, line: line)
        case "!", "=", "%": return TemplateTag(kind: .other, name: trimmed, line: line)
        default: return TemplateTag(kind: .variable, name: trimmed, line: line)
        }
    }
}

extension StringProtocol {
    /// The text without spaces, tabs and line breaks at either end.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
