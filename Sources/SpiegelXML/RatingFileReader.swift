import SpiegelCore

/// Reads rating files: safe parsing, the bundled rating schema, then the tree into a
/// ``RatingFile``.
///
/// Rating files come from other people's machines, so they get the same refusals as
/// instruments: no DOCTYPE, no XInclude, no `xsi:schemaLocation`, bounded size and depth.
///
/// ```swift
/// let reader = try RatingFileReader(schemaContents: xsdBytes)
/// let (file, diagnostics) = reader.read(bytes, source: "gesprek3-C07.xml")
/// if let file { let rating = try file.rating(in: instrument) } else { diagnostics.forEach { print($0) } }
/// ```
public struct RatingFileReader: Sendable {
    public let schema: XMLSchema

    public init(schema: XMLSchema) { self.schema = schema }

    /// Compiles the rating schema from its bytes (`Instruments/spiegel-rating.xsd`).
    public init(schemaContents: [UInt8], name: String = "spiegel-rating.xsd") throws(XMLSchema.CompileError) {
        self.schema = try XMLSchema(contents: schemaContents, name: name)
    }

    /// Reads a rating file from its bytes; `source` names the file in diagnostics.
    ///
    /// The file is returned only when it is well-formed, safe, valid against the schema, and
    /// every time in it is a real time. Every problem is reported, each located
    /// `file:line:column`; where the schema and Spiegel's own reading both object to the same
    /// place, only Spiegel's message (which says what is expected) is kept.
    public func read(_ bytes: [UInt8], source: String) -> (file: RatingFile?, diagnostics: [Diagnostic]) {
        let document = XMLDocumentReader(source: source, kind: .ratingFile, schema: schema).read(bytes)
        guard let root = document.root else { return (nil, document.diagnostics) }
        var reader = RatingTreeReader(source: source)
        let file = reader.read(root)
        let explained = Set(reader.diagnostics.compactMap(\.location))
        let schemaFindings = document.diagnostics.filter { $0.location.map { !explained.contains($0) } ?? true }
        let diagnostics = (schemaFindings + reader.diagnostics).sorted(by: Self.fileOrder)
        return (diagnostics.containsErrors ? nil : file, diagnostics)
    }

    /// Diagnostics in the order of the places they point at.
    private static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.location?.line ?? 0, a.location?.column ?? 0) < (b.location?.line ?? 0, b.location?.column ?? 0)
    }
}
