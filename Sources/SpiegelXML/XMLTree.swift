internal import CLibXML2

/// An element copied out of libxml2's tree into plain Swift values; no C pointer survives it.
struct XMLElement: Sendable {
    struct Attribute: Sendable {
        var namespaceURI: String?
        var name: String
        var value: String
        var position: PreScan.Position?
    }

    var namespaceURI: String?
    /// The local name, without prefix.
    var name: String
    var attributes: [Attribute]
    var children: [XMLElement]
    /// The text directly inside the element (text and CDATA children, concatenated).
    var text: String
    /// Where the start tag's `<` stands.
    var position: PreScan.Position
    /// Index in document order.
    var index: Int

    func attribute(_ name: String) -> String? {
        attributes.first { $0.namespaceURI == nil && $0.name == name }?.value
    }

    func attribute(_ name: String, namespace: String) -> String? {
        attributes.first { $0.namespaceURI == namespace && $0.name == name }?.value
    }

    func children(named name: String) -> [XMLElement] { children.filter { $0.name == name } }

    func child(named name: String) -> XMLElement? { children.first { $0.name == name } }

    /// Every element of the subtree, this one first, in document order.
    var subtree: [XMLElement] { [self] + children.flatMap(\.subtree) }
}

enum XMLNamespace {
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    static let xInclude = ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"]
}

/// Copies a libxml2 document into ``XMLElement`` values, registering every element node's
/// address in `collector` so that later schema errors can name their element.
struct TreeCopier {
    let startTags: [PreScan.StartTag]
    let collector: ErrorCollector
    private(set) var count = 0

    init(startTags: [PreScan.StartTag], collector: ErrorCollector) {
        self.startTags = startTags
        self.collector = collector
    }

    mutating func copy(_ node: xmlNodePtr) -> XMLElement {
        let index = count
        count += 1
        collector.elementIndex[UnsafeMutableRawPointer(node)] = index
        let name = String(cString: node.pointee.name)
        let tag = matchingTag(index, node: node, name: name)
        var element = XMLElement(
            namespaceURI: node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
            name: name, attributes: [], children: [], text: "",
            position: tag?.position ?? PreScan.Position(line: Int(xmlGetLineNo(node)), column: 1),
            index: index)
        element.attributes = attributes(of: node, tag: tag)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(copy(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    /// The pre-scanned start tag of this element, if the two passes agree on it.
    private func matchingTag(_ index: Int, node: xmlNodePtr, name: String) -> PreScan.StartTag? {
        guard index < startTags.count else { return nil }
        let tag = startTags[index]
        let localName = tag.name.split(separator: ":").last.map(String.init) ?? tag.name
        return localName == name ? tag : nil
    }

    private func attributes(of node: xmlNodePtr, tag: PreScan.StartTag?) -> [XMLElement.Attribute] {
        var result: [XMLElement.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let namespace = current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
            let prefix = current.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) }
            let qualified = prefix.map { "\($0):\(name)" } ?? name
            var value = ""
            if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                spiegel_xml_free(raw)
            }
            let position = tag?.attributes.first { $0.name == qualified }?.position
            result.append(.init(namespaceURI: namespace, name: name, value: value, position: position))
            attribute = current.pointee.next
        }
        return result
    }
}
