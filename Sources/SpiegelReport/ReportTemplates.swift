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
    private let library: MustacheLibrary

    /// Loads every `*.mustache` file in `folder`.
    public init(folder: URL) throws(TemplateError) {
        Self.registerContentTypes()
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "mustache" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw TemplateError(file: folder.path, reason: "the template folder cannot be read")
        }
        var templates: [String: MustacheTemplate] = [:]
        for file in files {
            templates[file.deletingPathExtension().lastPathComponent] = try Self.parse(file, shownAs: file.path)
        }
        library = MustacheLibrary(templates: templates)
    }

    /// Renders `object` with the template `name` (e.g. `report.md`).
    public func render(_ object: Any, template name: String) throws(TemplateError) -> String {
        guard let template = library.getTemplate(named: name) else {
            throw TemplateError(file: "\(name).mustache", reason: "no such template in Spiegel's Templates folder")
        }
        return template.render(object, library: library)
    }

    /// Renders `object` with a user's template file; Spiegel's templates serve as partials.
    public func render(_ object: Any, templateFile file: URL, shownAs path: String) throws(TemplateError) -> String {
        try Self.parse(file, shownAs: path).render(object, library: library)
    }

    private static func parse(_ file: URL, shownAs path: String) throws(TemplateError) -> MustacheTemplate {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw TemplateError(file: path, reason: "cannot be read (no such file, or permission denied)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw TemplateError(file: path, reason: "is not UTF-8 text") }
        do {
            return try MustacheTemplate(string: Self.withDefaultContentType(text, name: file.lastPathComponent))
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
        guard !text.contains("CONTENT_TYPE") else { return text }
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
