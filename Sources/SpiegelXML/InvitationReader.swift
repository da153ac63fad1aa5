import SpiegelCore

/// Reads invitation files through the shared hardened document reader (no DOCTYPE, no
/// XInclude, no `xsi:schemaLocation`, bounded size and depth) and the bundled invitation
/// schema, then the tree into an ``Invitation``.
public struct InvitationReader: Sendable {
    public let schema: XMLSchema

    public init(schema: XMLSchema) { self.schema = schema }

    /// Compiles the invitation schema from its bytes (`Instruments/spiegel-invitation.xsd`).
    public init(schemaContents: [UInt8], name: String = "spiegel-invitation.xsd") throws(XMLSchema.CompileError) {
        self.schema = try XMLSchema(contents: schemaContents, name: name)
    }

    /// Reads an invitation from its bytes; `source` names the file in diagnostics. The
    /// invitation is returned only when the file is well-formed, safe and valid.
    public func read(_ bytes: [UInt8], source: String) -> (invitation: Invitation?, diagnostics: [Diagnostic]) {
        let document = XMLDocumentReader(source: source, kind: .invitation, schema: schema).read(bytes)
        guard let root = document.root else { return (nil, document.diagnostics) }
        var reader = RatingTreeReader(source: source)
        guard root.name == "invitation", root.namespaceURI == InvitationWriter.namespace else {
            let found = root.namespaceURI.map { "'\(root.name)' in namespace '\($0)'" } ?? "'\(root.name)' without a namespace"
            reader.report(
                "the root element is \(found); an invitation starts with <invitation xmlns=\"\(InvitationWriter.namespace)\">", root)
            return (nil, reader.diagnostics)
        }
        let rater = root.child(named: "rater")
        let invitation = Invitation(
            instrument: reader.readInstrument(root.child(named: "instrument")),
            session: reader.readSession(root.child(named: "session")),
            rater: RaterCode(rater?.attribute("code") ?? ""),
            role: RoleID(rater?.attribute("role") ?? ""),
            created: root.attribute("created") ?? "")
        let diagnostics = document.diagnostics + reader.diagnostics
        return (diagnostics.containsErrors ? nil : invitation, diagnostics)
    }
}
