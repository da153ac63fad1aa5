import SpiegelXML
import Testing

/// Compiling Spiegel's own schemas: a broken schema file is an error, never a crash or a leak.
@Suite("XML schema compilation")
struct XMLSchemaTests {
    @Test("an empty schema file is refused, not force-unwrapped")
    func empty() {
        #expect(throws: XMLSchema.CompileError.self) { try XMLSchema(contents: [], name: "leeg.xsd") }
    }

    @Test("a schema that compiles with warnings only is refused, naming the warning")
    func warningsOnly() {
        let schema = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a" xmlns="urn:a">
              <xs:import namespace="urn:b" schemaLocation="elders.xsd"/>
              <xs:element name="a" type="xs:string"/>
            </xs:schema>
            """
        #expect {
            try XMLSchema(contents: Array(schema.utf8), name: "import.xsd")
        } throws: { error in
            (error as? XMLSchema.CompileError)?.description.contains("import.xsd: the bundled schema does not compile") == true
        }
    }
}
