internal import CLibXML2
import SpiegelCore

/// Reads a document safely and checks it against a schema: the first stage of every XML
/// input Spiegel accepts (instruments, rating files).
///
/// The bytes are read by the caller under a size cap and parsed from memory; the pre-scan
/// refuses DOCTYPEs and absurd shapes; libxml2 parses with no network, no entities, no DTD;
/// XInclude and `xsi:schemaLocation` are refused; the schema is Spiegel's own. A document
/// counts as valid only when it is well-formed, valid, and no error was reported.
struct XMLDocumentReader {
    let source: String
    /// What the document is, for its size limit.
    let kind: FileKind
    let schema: XMLSchema

    struct Result {
        /// The document's root element, when it was well-formed and not refused.
        var root: XMLElement?
        var diagnostics: [Diagnostic]
        /// Whether the document is well-formed, safe and valid against the schema.
        var isValid: Bool { root != nil && !diagnostics.containsErrors }
    }

    /// Reads the bytes of a file. Every input gives a root or located diagnostics, and the work
    /// is bounded: size first, then the encoding, then the linear pre-scan, then libxml2.
    func read(_ bytes: [UInt8]) -> Result {
        LibXML.ready
        if let refusal = kind.sizeRefusal(bytes.count) {
            return refused(refusal, at: PreScan.Position(line: 1, column: 1))
        }
        let body: [UInt8]
        var scan: PreScan
        do {
            body = Array(try DocumentEncoding.utf8Body(of: bytes))
            scan = PreScan(body)
            try scan.run()
        } catch {
            return refused(error.message, at: error.position)
        }
        return parse(body, startTags: scan.startTags)
    }

    private func refused(_ message: String, at position: PreScan.Position) -> Result {
        Result(diagnostics: [.error(message, at: location(position))])
    }

    private func parse(_ bytes: [UInt8], startTags: [PreScan.StartTag]) -> Result {
        let collector = ErrorCollector()
        guard let document = collector.collect({ parseDocument(bytes) }) else {
            let errors =
                collector.errors.isEmpty
                ? [LibXMLError(code: 4, domain: 1, message: "the file is not XML", line: 1, column: 1)] : collector.errors
            return Result(diagnostics: diagnostics(for: errors, root: nil))
        }
        defer { xmlFreeDoc(document) }
        guard collector.errors.isEmpty, let rootNode = xmlDocGetRootElement(document) else {
            return Result(diagnostics: diagnostics(for: collector.errors, root: nil))
        }
        var copier = TreeCopier(startTags: startTags, collector: collector)
        let root = copier.copy(rootNode)
        let refusals = HostileContent.findings(in: root, source: source)
        guard refusals.isEmpty else { return Result(root: nil, diagnostics: refusals) }
        collector.collect { schema.validate(document, into: collector) }
        return Result(root: root, diagnostics: diagnostics(for: collector.errors, root: root))
    }

    private func parseDocument(_ bytes: [UInt8]) -> xmlDocPtr? {
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", LibXML.parseOptions)
                }
            }
        }
    }

    /// The errors as readable diagnostics. Of the errors that make a document not well-formed
    /// only the first is kept: libxml2's later ones mostly follow from it.
    private func diagnostics(for errors: [LibXMLError], root: XMLElement?) -> [Diagnostic] {
        let elements = root?.subtree ?? []
        let all = errors.compactMap { error in diagnostic(for: error, elements: elements).map { (error.domain, $0) } }
        let firstParseError = all.first { $0.0 != ReadableMessage.schemaDomain }.map { [$0.1] } ?? []
        let kept = firstParseError + all.filter { $0.0 == ReadableMessage.schemaDomain }.map(\.1)
        return kept.isEmpty && !errors.isEmpty ? [.error("the file is not well-formed XML", at: location(line: 1, column: 1))] : kept
    }

    private func diagnostic(for error: LibXMLError, elements: [XMLElement]) -> Diagnostic? {
        guard let message = ReadableMessage.text(for: error) else { return nil }
        if let index = error.elementIndex, elements.indices.contains(index) {
            let element = elements[index]
            let attribute = Self.attributeName(in: error.message).flatMap { name in element.attributes.first { $0.name == name }?.position }
            return .error(message, at: location(attribute ?? element.position))
        }
        return .error(message, at: location(line: max(error.line, 1), column: max(error.column, 1)))
    }

    func location(_ position: PreScan.Position) -> SourceLocation {
        location(line: position.line, column: position.column)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: source, line: line, column: column)
    }

    /// The attribute a schema message is about (`Element 'x', attribute 'y': …`).
    static func attributeName(in message: String) -> String? {
        guard let range = message.range(of: "attribute '") else { return nil }
        let rest = message[range.upperBound...]
        return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
    }
}

/// What a parser option cannot refuse on libxml2 2.9.14 and Spiegel refuses itself.
enum HostileContent {
    static func findings(in root: XMLElement, source: String) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for element in root.subtree {
            let at = SourceLocation(file: source, line: element.position.line, column: element.position.column)
            if let namespace = element.namespaceURI, XMLNamespace.xInclude.contains(namespace) {
                findings.append(
                    .error(
                        "XInclude is not allowed: a Spiegel file must be self-contained, and Spiegel never reads another file on a document's behalf",
                        at: at))
            }
            for attribute in element.attributes
            where attribute.namespaceURI == XMLNamespace.xmlSchemaInstance
                && (attribute.name == "schemaLocation" || attribute.name == "noNamespaceSchemaLocation")
            {
                let position = attribute.position.map { SourceLocation(file: source, line: $0.line, column: $0.column) } ?? at
                findings.append(
                    .error(
                        "xsi:\(attribute.name) is not allowed: Spiegel validates against its own bundled schema and never loads one a file names; remove the attribute",
                        at: position))
            }
        }
        return findings
    }
}
