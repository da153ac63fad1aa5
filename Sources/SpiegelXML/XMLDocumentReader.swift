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
    /// Real instruments are 10–50 KB; anything past this is refused unread.
    static let maximumSize = 2 * 1024 * 1024

    let source: String
    let schema: XMLSchema

    struct Result {
        /// The document's root element, when it was well-formed and not refused.
        var root: XMLElement?
        var diagnostics: [Diagnostic]
        /// Whether the document is well-formed, safe and valid against the schema.
        var isValid: Bool { root != nil && !diagnostics.containsErrors }
    }

    func read(_ bytes: [UInt8]) -> Result {
        LibXML.ready
        guard bytes.count <= Self.maximumSize else {
            return Result(diagnostics: [
                .error(
                    "the file is \(bytes.count) bytes; Spiegel reads XML files up to \(Self.maximumSize) bytes",
                    at: location(line: 1, column: 1))
            ])
        }
        var scan = PreScan(bytes)
        do {
            try scan.run()
        } catch {
            return Result(diagnostics: [.error(error.message, at: location(error.position))])
        }
        return parse(bytes, startTags: scan.startTags)
    }

    private func parse(_ bytes: [UInt8], startTags: [PreScan.StartTag]) -> Result {
        let collector = ErrorCollector()
        guard let document = collector.collect({ parseDocument(bytes) }) else {
            let errors =
                collector.errors.isEmpty ? [LibXMLError(code: -1, message: "the file is not XML", line: 1, column: 1)] : collector.errors
            return Result(diagnostics: errors.map { diagnostic(for: $0, root: nil) })
        }
        defer { xmlFreeDoc(document) }
        guard collector.errors.isEmpty, let rootNode = xmlDocGetRootElement(document) else {
            return Result(diagnostics: collector.errors.map { diagnostic(for: $0, root: nil) })
        }
        var copier = TreeCopier(startTags: startTags, collector: collector)
        let root = copier.copy(rootNode)
        let refusals = HostileContent.findings(in: root, source: source)
        guard refusals.isEmpty else { return Result(root: nil, diagnostics: refusals) }
        collector.collect { schema.validate(document, into: collector) }
        return Result(root: root, diagnostics: collector.errors.map { diagnostic(for: $0, root: root) })
    }

    private func parseDocument(_ bytes: [UInt8]) -> xmlDocPtr? {
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, nil, LibXML.parseOptions)
                }
            }
        }
    }

    private func diagnostic(for error: LibXMLError, root: XMLElement?) -> Diagnostic {
        let message = Self.readable(error.message)
        if let index = error.elementIndex, let element = root?.subtree.first(where: { $0.index == index }) {
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

    /// libxml2's message without namespace URIs (`{urn:…}rating` becomes `rating`).
    static func readable(_ message: String) -> String {
        var result = ""
        var skipping = false
        for character in message {
            if character == "{" {
                skipping = true
            } else if character == "}" && skipping {
                skipping = false
            } else if !skipping {
                result.append(character)
            }
        }
        return result
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
