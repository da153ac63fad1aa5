import Foundation
import Mustache

/// The Mustache templates reports are laid out with: Spiegel's own from `Templates/`, or a
/// user's file given with `--template`.
///
/// Templates are named by file name without `.mustache` (`report.md`, `report.html`). Every
/// template of the folder is also a partial (`{{> report-style.html}}`), for a user's
/// template too. Markdown templates (named `*.md`, or starting with
/// `{{% CONTENT_TYPE: MARKDOWN}}`) escape only the characters that would break a table or
/// start formatting; HTML templates escape HTML (the default); text templates use
/// `{{% CONTENT_TYPE: TEXT}}`. Every view model carries its chrome as `labels` in the
/// report's language (see ``ReportLanguage``).
public struct ReportTemplates: Sendable {
    /// Every template of the folder by name; each is read and parsed only when a report uses it
    /// (swift-mustache's parser takes time that grows faster than a template's length).
    private let files: [String: URL]

    /// Finds every `*.mustache` file in `folder`; none is read yet.
    public init(folder: URL) throws(TemplateError) {
        Self.registerContentTypes()
        let found: [URL]
        do {
            found = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "mustache" }
        } catch {
            throw TemplateError(file: folder.path, reason: "the template folder cannot be read")
        }
        files = Dictionary(found.map { ($0.deletingPathExtension().lastPathComponent, $0) }) { first, _ in first }
    }

    /// Renders `object` with the template `name` (e.g. `report.md`).
    public func render(_ object: Any, template name: String) throws(TemplateError) -> String {
        guard let file = files[name] else {
            throw TemplateError(file: "\(name).mustache", reason: "no such template in Spiegel's Templates folder")
        }
        let text = try Self.read(file, shownAs: file.path)
        let template = try Self.parse(text, name: file.lastPathComponent, shownAs: file.path)
        return template.render(object, library: try library(usedBy: text, named: name, parsed: template))
    }

    /// Reads a file of the user's for the templates (the user's template and the partials
    /// beside it), as the caller checks what the user names: regular files only, within a size.
    public typealias FileRead = @Sendable (_ file: URL, _ shownAs: String) throws(TemplateError) -> [UInt8]

    /// Renders `object` with a user's template file, read by `read`. Its partials are the
    /// templates of its own folder (read by `read` too) and Spiegel's (the folder's first), named
    /// without `.mustache`; the template is checked against `object` first (``TemplateCheck``).
    public func render(
        _ object: Any, templateFile file: URL, shownAs path: String, reading read: @escaping FileRead
    ) throws(TemplateError) -> String {
        let text = try Self.text(read(file, path), shownAs: path)
        let template = try Self.parse(text, name: file.lastPathComponent, shownAs: path)
        let folder = file.deletingLastPathComponent()
        var check = TemplateCheck { name throws(TemplateError) in try self.partialSource(name, in: folder, reading: read) }
        try check.check(text, named: file.deletingPathExtension().lastPathComponent, shownAs: path, model: object)
        let templates = try self.templates(usedBy: text).merging(check.partials) { _, checked in checked }
        return template.render(object, library: MustacheLibrary(templates: templates))
    }

    /// The text of partial `name`: `name.mustache` in `folder`, else Spiegel's template of that name.
    private func partialSource(
        _ name: String, in folder: URL, reading read: FileRead
    ) throws(TemplateError) -> (text: String, shownAs: String)? {
        let beside = folder.appending(path: name + ".mustache")
        if FileManager.default.fileExists(atPath: beside.path) {
            return (try Self.text(read(beside, beside.path), shownAs: beside.path), beside.path)
        }
        guard let file = files[name] else { return nil }
        return (try Self.read(file, shownAs: file.path), file.path)
    }

    /// The templates `text` can include as partials, and those they include in turn, each
    /// parsed once: every template whose name occurs in the text (so a changed delimiter
    /// cannot hide one), or all of them when the text names a partial at render time
    /// (`{{>*name}}`).
    private func library(usedBy text: String, named name: String? = nil, parsed: MustacheTemplate? = nil) throws(TemplateError)
        -> MustacheLibrary
    {
        MustacheLibrary(templates: try templates(usedBy: text, named: name, parsed: parsed))
    }

    private func templates(usedBy text: String, named name: String? = nil, parsed: MustacheTemplate? = nil) throws(TemplateError)
        -> [String: MustacheTemplate]
    {
        var templates: [String: MustacheTemplate] = [:]
        if let name, let parsed { templates[name] = parsed }
        var pending = [text]
        while let next = pending.popLast() {
            let all = Self.namesDynamicPartial(next)
            for (partial, file) in files where templates[partial] == nil && (all || Self.text(next, mentions: partial)) {
                let partialText = try Self.read(file, shownAs: file.path)
                templates[partial] = try Self.parse(partialText, name: file.lastPathComponent, shownAs: file.path)
                pending.append(partialText)
            }
        }
        return templates
    }

    /// Whether `text` has a partial tag whose name is looked up at render time (`>` and `*`,
    /// with only white space between them).
    static func namesDynamicPartial(_ text: String) -> Bool {
        let bytes = text.utf8
        var index = bytes.startIndex
        while let marker = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
            index = bytes.index(after: marker)
            // Any byte outside ASCII may be white space: then the answer errs towards "all".
            let next = bytes[index...].first { !($0 == 0x20 || (0x09...0x0D).contains($0) || $0 >= 0x80) }
            if next == UInt8(ascii: "*") { return true }
        }
        return false
    }

    /// Whether `word` occurs in `text`, compared byte by byte (Foundation's `contains` goes
    /// through `NSString` and costs more than parsing a template).
    static func text(_ text: String, mentions word: String) -> Bool {
        let haystack = Array(text.utf8)
        let needle = Array(word.utf8)
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The bytes of a user's file as template text.
    private static func text(_ bytes: [UInt8], shownAs path: String) throws(TemplateError) -> String {
        guard let text = String(bytes: bytes, encoding: .utf8) else { throw TemplateError(file: path, reason: "is not UTF-8 text") }
        return text
    }

    private static func read(_ file: URL, shownAs path: String) throws(TemplateError) -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw TemplateError(file: path, reason: "cannot be read (no such file, or permission denied)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw TemplateError(file: path, reason: "is not UTF-8 text") }
        return text
    }

    static func parse(_ text: String, name: String, shownAs path: String) throws(TemplateError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: Self.withDefaultContentType(text, name: name))
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(
                file: path, line: error.context.lineNumber, column: error.context.columnNumber, reason: Self.describe(error.error))
        } catch {
            throw TemplateError(file: path, reason: "is not a valid Mustache template (\(error))")
        }
    }

    /// The template's text with a content type when it declares none of its own: Markdown
    /// when its name ends in `.md` (`report.md`, `verslag.md.mustache`), so that Markdown is
    /// never HTML-escaped (`&#39;`) by a forgotten pragma; else Spiegel's HTML, which also
    /// shows control and bidi characters as escapes. The pragma is put on the first line
    /// without a line break, so error positions stay those of the file.
    static func withDefaultContentType(_ text: String, name: String) -> String {
        guard !Self.text(text, mentions: "CONTENT_TYPE") else { return text }
        let isMarkdown = name.hasSuffix(".md") || name.hasSuffix(".md.mustache")
        return "{{% CONTENT_TYPE: \(isMarkdown ? "MARKDOWN" : "HTML")}}" + text
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is opened and never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid delimiter change"
        case MustacheTemplate.Error.unrecognisedConfigVariable: "unknown pragma (CONTENT_TYPE is TEXT, HTML or MARKDOWN)"
        default: "invalid Mustache (\(error))"
        }
    }

    /// Registers the MARKDOWN content type and Spiegel's HTML (registering again replaces
    /// them with themselves).
    private static func registerContentTypes() {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(HTMLTextContentType(), named: "HTML")
    }
}

/// A template that cannot be used: which file, where, and why.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        let place = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
        return "\(file)\(place): \(reason)"
    }
}
