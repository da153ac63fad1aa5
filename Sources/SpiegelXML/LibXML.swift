internal import CLibXML2

/// One problem libxml2 reported, copied out of its `xmlError`.
struct LibXMLError: Sendable {
    /// libxml2's error code (`xmlParserErrors`), kept for callers that need it.
    var code: Int32
    /// libxml2's error domain (`xmlErrorDomain`): the parser, namespaces, schema validation.
    var domain: Int32 = 0
    var message: String
    var line: Int
    var column: Int
    /// The index, in document order, of the element the error is about (schema errors).
    var elementIndex: Int?
    /// libxml2's extra strings and number (a name, a value, a list of allowed values, a line).
    var details: (first: String?, second: String?, number: Int) = (nil, nil, 0)
}

/// Process-wide libxml2 set-up, done once: initialise the library and install an external
/// entity loader that loads nothing, so no document or schema can make libxml2 open a file
/// or a network address.
enum LibXML {
    static let ready: Void = {
        xmlInitParser()
        spiegel_install_deny_all_entity_loader()
    }()

    /// Parser options: no network, and the encoding Spiegel decided (UTF-8) whatever the XML
    /// declaration says. Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER:
    /// entities stay unexpanded, no DTD is read, nothing is included, limits hold.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
}

/// Collects libxml2's structured errors for the duration of one synchronous call.
///
/// libxml2's structured error handler is per thread: it is set before the call and reset
/// after it, on the same thread, so concurrent loads on other threads are not affected.
final class ErrorCollector {
    var errors: [LibXMLError] = []
    var elementIndex: [UnsafeMutableRawPointer: Int] = [:]

    func collect<T>(_ body: () -> T) -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }

    /// The handler for schema validation, which reports through its own context.
    var schemaHandler: xmlStructuredErrorFunc {
        { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
    }

    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_WARNING.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? "unknown XML error"
        errors.append(
            LibXMLError(
                code: error.code,
                domain: Int32(error.domain),
                message: message.trimmingWhitespace,
                line: Int(error.line),
                column: Int(error.int2),
                elementIndex: error.node.flatMap { elementIndex[$0] },
                details: (error.str1.map { String(cString: $0) }, error.str2.map { String(cString: $0) }, Int(error.int1))))
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
