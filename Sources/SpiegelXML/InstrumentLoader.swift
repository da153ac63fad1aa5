import SpiegelCore

/// Reads instrument files: safe parsing, the bundled schema, and the semantic checks.
///
/// ```swift
/// let loader = try InstrumentLoader(schema: xsdBytes)
/// let result = loader.load(bytes, source: "Instruments/school2care.xml")
/// if let instrument = result.instrument { … } else { result.diagnostics.forEach { print($0) } }
/// ```
public struct InstrumentLoader: Sendable {
    public let schema: XMLSchema

    /// The result of reading one file: the instrument when it is valid, and every diagnostic.
    public struct Result: Sendable {
        /// The instrument, only when the file is well-formed, valid and passes every check.
        public var instrument: Instrument?
        public var diagnostics: [Diagnostic]

        public init(instrument: Instrument? = nil, diagnostics: [Diagnostic]) {
            self.instrument = instrument
            self.diagnostics = diagnostics
        }
    }

    public init(schema: XMLSchema) { self.schema = schema }

    /// Compiles the instrument schema from its bytes (`Instruments/spiegel-instrument.xsd`).
    public init(schemaContents: [UInt8], name: String = "spiegel-instrument.xsd") throws(XMLSchema.CompileError) {
        self.schema = try XMLSchema(contents: schemaContents, name: name)
    }

    /// Reads an instrument from the bytes of a file; `source` names the file in diagnostics.
    public func load(_ bytes: [UInt8], source: String) -> Result {
        let document = XMLDocumentReader(source: source, kind: .instrument, schema: schema).read(bytes)
        guard let root = document.root else { return Result(diagnostics: document.diagnostics) }
        var reader = InstrumentReader(source: source)
        guard let instrument = reader.read(root) else {
            return Result(diagnostics: document.diagnostics + reader.diagnostics)
        }
        // One message per attribute: the reader's, else the checks', which say what is expected,
        // rather than the schema's.
        let read = Set(reader.diagnostics.compactMap(\.location))
        let findings = InstrumentCheck(instrument).findings.filter { !reader.unreadable.contains($0.path) }
            .map { ($0.attribute != nil, diagnostic(for: $0, locations: reader.locations, source: source)) }
            .filter { $0.1.location.map { !read.contains($0) } ?? true }
        let checked = read.union(findings.filter(\.0).compactMap(\.1.location))
        let schema = document.diagnostics.filter { $0.location.map { !checked.contains($0) } ?? true }
        let diagnostics = (schema + findings.map(\.1) + reader.diagnostics).sorted(by: Self.fileOrder)
        return Result(instrument: diagnostics.containsErrors ? nil : instrument, diagnostics: diagnostics)
    }

    private func diagnostic(for finding: InstrumentFinding, locations: [InstrumentPath: XMLElement], source: String) -> Diagnostic {
        let element = locations[finding.path]
        let position = finding.attribute.flatMap { name in element?.attributes.first { $0.name == name }?.position } ?? element?.position
        let location = position.map { SourceLocation(file: source, line: $0.line, column: $0.column) }
        return Diagnostic(finding.severity, finding.message, at: location)
    }

    /// Diagnostics in the order of the places they point at.
    private static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let left = (a.location?.line ?? 0, a.location?.column ?? 0)
        let right = (b.location?.line ?? 0, b.location?.column ?? 0)
        return left < right
    }
}
