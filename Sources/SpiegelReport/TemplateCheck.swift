import Foundation
import Mustache

/// Checks a user's template, and the partials it includes, against the view model it will be
/// rendered with, before anything is rendered.
///
/// Refused, with the file, line and tag: a variable that names an object or a list instead of
/// a text (Mustache would print a Swift value dump), a name the view model does not have (a
/// typo would print nothing), a partial named with a folder (`../x`, `/etc/x`: partials are
/// templates of the template's own folder or of Spiegel's, named without `.mustache`), a
/// partial that exists in neither, and partials that include each other in a cycle. Names are
/// looked up as Mustache does, through the enclosing sections; within a section the data leave
/// empty, a transform (`first(items)`) or a lambda, names are not checked.
struct TemplateCheck {
    /// Where the text of a partial comes from: its text and the path a message shows; nil when there is none.
    typealias Source = (_ name: String) throws(TemplateError) -> (text: String, shownAs: String)?

    let source: Source
    /// Every partial reached, parsed: the library the template is rendered with.
    private(set) var partials: [String: MustacheTemplate] = [:]
    private var including: [String] = []

    init(source: @escaping Source) { self.source = source }

    /// Checks `text`, the template `name` (shown as `path`), and every partial it includes, against `model`.
    mutating func check(_ text: String, named name: String, shownAs path: String, model: Any) throws(TemplateError) {
        var stack: [Frame] = [.known(model)]
        including = [name]
        try check(text, shownAs: path, stack: &stack)
    }

    /// A context of the section stack: a value, or one whose shape the data do not show.
    private enum Frame {
        case known(Any)
        case unknown
    }

    private mutating func check(_ text: String, shownAs path: String, stack: inout [Frame]) throws(TemplateError) {
        for tag in TemplateTag.scan(text) {
            let refuse = { (reason: String) in TemplateError(file: path, line: tag.line, reason: "\(tag.shown): \(reason)") }
            switch tag.kind {
            case .variable, .unescaped:
                if case .found(let value) = try lookup(tag.name, in: stack, refuse), let value, Self.isObject(value) {
                    throw refuse(
                        "names \(Self.shape(of: value)), not a text: name one of its fields, or go through it with {{#\(tag.name)}}…{{/\(tag.name)}}"
                    )
                }
            case .section:
                stack.append(Self.frame(entering: try lookup(tag.name, in: stack, refuse), stack: stack))
            case .invertedSection:
                _ = try lookup(tag.name, in: stack, refuse)
                stack.append(stack.last ?? .unknown)
            case .block:
                stack.append(stack.last ?? .unknown)
            case .close:
                if stack.count > 1 { stack.removeLast() }
            case .partial:
                try include(tag.name, stack: &stack, refuse)
            case .other:
                break
            }
        }
    }

    private mutating func include(_ name: String, stack: inout [Frame], _ refuse: (String) -> TemplateError) throws(TemplateError) {
        if name.hasPrefix("*") { return }
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), name != "..", name != "." else {
            throw refuse(
                "a partial is named by its file name without .mustache, in the template's folder or Spiegel's Templates; no folders or '..'"
            )
        }
        if let start = including.firstIndex(of: name) {
            throw refuse("the partials include each other in a cycle: \((including[start...] + [name]).joined(separator: " → "))")
        }
        guard let (text, shownAs) = try source(name) else {
            throw refuse("no template '\(name).mustache' in the template's folder or in Spiegel's Templates")
        }
        including.append(name)
        defer { including.removeLast() }
        try check(text, shownAs: shownAs, stack: &stack)
        if partials[name] == nil { partials[name] = try ReportTemplates.parse(text, name: name + ".mustache", shownAs: shownAs) }
    }
}

extension TemplateCheck {
    /// What a name finds: a value (nil for an empty optional), nothing, or nothing that can be told.
    enum Lookup {
        case found(Any?)
        case missing
        case unknown
    }

    /// Looks `name` up as Mustache does: `.` is the current value; otherwise the first part of a
    /// dotted name through the stack from the innermost section out, the rest within it.
    private func lookup(_ name: String, in stack: [Frame], _ refuse: (String) -> TemplateError) throws(TemplateError) -> Lookup {
        if name == "." {
            guard case .known(let value) = stack.last else { return .unknown }
            return .found(value)
        }
        if name.contains("(") || name.isEmpty { return .unknown }
        let parts = name.split(separator: ".").map(String.init)
        var sawUnknown = false
        for frame in stack.reversed() {
            guard case .known(let value) = frame else {
                sawUnknown = true
                continue
            }
            guard case .found(var found) = Self.child(parts[0], of: value) else { continue }
            for part in parts.dropFirst() {
                guard let parent = found else { return .unknown }
                switch Self.child(part, of: parent) {
                case .found(let next): found = next
                case .missing: throw refuse("'\(part)' is not a field of '\(parts[0])'\(Self.fields(of: parent))")
                case .unknown: return .unknown
                }
            }
            return .found(found)
        }
        if sawUnknown || name.hasPrefix(".") { return .unknown }
        guard case .known(let innermost) = stack.last else { return .unknown }
        throw refuse("the report's data have no '\(parts[0])' here\(Self.fields(of: innermost))")
    }

    private static func child(_ name: String, of value: Any) -> Lookup {
        if let dictionary = value as? [String: Any] { return dictionary[name].map { .found($0) } ?? .missing }
        if value is MustacheLambda || value is MustacheParent { return .unknown }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .struct || mirror.displayStyle == .class else { return .unknown }
        guard let child = mirror.children.first(where: { $0.label == name }) else { return .missing }
        let wrapped = Mirror(reflecting: child.value)
        guard wrapped.displayStyle == .optional else { return .found(child.value) }
        return .found(wrapped.children.first?.value)
    }

    /// The context a section opens: a list's first element, a value's fields, or the same for a Bool.
    private static func frame(entering lookup: Lookup, stack: [Frame]) -> Frame {
        guard case .found(let value) = lookup, let value else { return .unknown }
        if value is Bool { return stack.last ?? .unknown }
        if let list = value as? [Any] { return list.first.map { .known($0) } ?? .unknown }
        return isObject(value) ? .known(value) : .unknown
    }

    /// Whether Mustache would print `value` as a Swift dump rather than as a text.
    static func isObject(_ value: Any) -> Bool {
        if value is MustacheCustomRenderable || value is MustacheLambda { return false }
        switch Mirror(reflecting: value).displayStyle {
        case .collection, .dictionary, .set, .tuple: return true
        case .struct, .class: return !(value is CustomStringConvertible)
        default: return false
        }
    }

    private static func shape(of value: Any) -> String {
        switch Mirror(reflecting: value).displayStyle {
        case .collection, .set: "a list"
        default: "an object"
        }
    }

    /// ": its fields are a, b, c" for a value with named fields, else nothing.
    private static func fields(of value: Any) -> String {
        let names =
            (value as? [String: Any]).map { Array($0.keys).sorted() } ?? Mirror(reflecting: value).children.compactMap(\.label)
        guard !names.isEmpty else { return "" }
        return "; its fields: \(names.prefix(12).joined(separator: ", "))\(names.count > 12 ? ", …" : "")"
    }
}
