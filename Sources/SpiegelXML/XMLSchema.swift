internal import CLibXML2
import SpiegelCore

/// A compiled XML Schema, owned: the `xmlSchemaPtr` is freed when the value goes.
///
/// Compiled only from bytes Spiegel ships (never from a location a document names). libxml2
/// treats a compiled schema as read-only during validation, and every validation makes its
/// own context, so one schema may be shared between threads; that is why this class is
/// `@unchecked Sendable`.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The file the schema was read from, for messages.
    public let name: String

    /// A schema that could not be compiled: a fault in Spiegel's own files, not in the user's.
    public struct CompileError: Error, CustomStringConvertible {
        public var name: String
        public var messages: [String]
        public var description: String {
            "\(name): the bundled schema does not compile: " + messages.joined(separator: "; ")
        }
    }

    /// Compiles a schema from its bytes. Any message libxml2 reports, a warning included, makes
    /// the schema refused (and whatever libxml2 compiled is freed): Spiegel's schemas compile cleanly.
    public init(contents: [UInt8], name: String) throws(CompileError) {
        LibXML.ready
        self.name = name
        let collector = ErrorCollector()
        let compiled: xmlSchemaPtr? = collector.collect {
            contents.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { Self.compile($0, count: buffer.count) }
                }
            }
        }
        guard let compiled, collector.errors.isEmpty else {
            compiled.map(xmlSchemaFree)
            let messages = collector.errors.map(\.message)
            throw CompileError(name: name, messages: messages.isEmpty ? ["the file is empty or not a schema"] : messages)
        }
        pointer = compiled
    }

    private static func compile(_ base: UnsafePointer<CChar>, count: Int) -> xmlSchemaPtr? {
        guard let context = xmlSchemaNewMemParserCtxt(base, Int32(count)) else { return nil }
        defer { xmlSchemaFreeParserCtxt(context) }
        return xmlSchemaParse(context)
    }

    deinit { xmlSchemaFree(pointer) }

    /// Validates a parsed document; every error is recorded in `collector`.
    func validate(_ document: xmlDocPtr, into collector: ErrorCollector) {
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            collector.errors.append(LibXMLError(code: -1, message: "could not create a schema validation context", line: 0, column: 0))
            return
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, collector.schemaHandler, Unmanaged.passUnretained(collector).toOpaque())
        let result = xmlSchemaValidateDoc(context, document)
        if result != 0 && collector.errors.isEmpty {
            collector.errors.append(LibXMLError(code: result, message: "the document does not match the schema", line: 0, column: 0))
        }
    }
}
