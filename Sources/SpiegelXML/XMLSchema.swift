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

    public init(contents: [UInt8], name: String) throws(CompileError) {
        LibXML.ready
        self.name = name
        let collector = ErrorCollector()
        let compiled: xmlSchemaPtr? = collector.collect {
            contents.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    guard let context = xmlSchemaNewMemParserCtxt(base, Int32(buffer.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(context) }
                    return xmlSchemaParse(context)
                }
            }
        }
        guard let compiled, collector.errors.isEmpty else {
            throw CompileError(name: name, messages: collector.errors.map(\.message))
        }
        pointer = compiled
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
