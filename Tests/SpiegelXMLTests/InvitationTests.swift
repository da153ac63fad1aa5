import Foundation
import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// Invitation files: written by the supervisor's Spiegel, read by the coach's.
@Suite("Invitation files")
struct InvitationTests {
    static let reader: InvitationReader = {
        let schema = try! Fixtures.bytes(of: Fixtures.instruments.appending(path: "spiegel-invitation.xsd"))
        return try! InvitationReader(schemaContents: schema)
    }()

    static let invitation = Invitation(
        instrument: RatingFileExample.session.instrument, session: SessionDescriptor(RatingFileExample.session), rater: "C07",
        role: "self", created: "2026-11-21T17:00:00Z")

    @Test("an invitation reads back exactly as written, markup characters and all")
    func roundTrip() throws {
        let xml = InvitationWriter.xml(Self.invitation)
        let (read, diagnostics) = Self.reader.read(Array(xml.utf8), source: "uitnodiging.xml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(read == Self.invitation)
        #expect(try read?.draft(with: RatingFileExample.instrument).uuid == RatingFileExample.session.uuid)
    }

    @Test(
        "a damaged or hostile invitation gets a located error and no invitation",
        arguments: [
            ("<rating xmlns=\"urn:spiegel:rating:1\"/>", "uitnodiging.xml:1:"),
            ("<!DOCTYPE x [<!ENTITY a \"b\">]><invitation/>", "DOCTYPE"),
            ("not xml at all", "uitnodiging.xml:1:1"),
        ])
    func refused(xml: String, expected: String) {
        let (read, diagnostics) = Self.reader.read(Array(xml.utf8), source: "uitnodiging.xml")
        #expect(read == nil)
        #expect(diagnostics.contains { $0.description.contains(expected) }, "\(diagnostics)")
    }

    @Test("every part the schema requires is checked: a missing rater, a bad hash, a header field twice")
    func schemaChecks() {
        let xml = InvitationWriter.xml(Self.invitation)
        let variants = [
            xml.replacingOccurrences(of: #"  <rater code="C07" role="self"/>"# + "\n", with: ""),
            xml.replacingOccurrences(of: "hash=\"sha256:", with: "hash=\"md5:"),
            xml.replacingOccurrences(of: #"<field id="jongere">"#, with: #"<field id="coach">"#),
        ]
        for variant in variants {
            #expect(variant != xml)
            let (read, diagnostics) = Self.reader.read(Array(variant.utf8), source: "u.xml")
            #expect(read == nil && diagnostics.containsErrors, "\(variant)")
        }
    }

    @Test("an invitation for another instrument, a name as rater, or an unknown role makes no session")
    func draftChecks() {
        var other = Self.invitation
        other.instrument.version = "2.0"
        var name = Self.invitation
        name.rater = "Marieke"
        var role = Self.invitation
        role.role = "moeder"
        for (invitation, expected) in [
            (other, "the invitation names instrument school2care-reflectie 2.0"), (name, "'Marieke' is not a rater code"),
            (role, "role 'moeder' is not a role"),
        ] {
            do {
                _ = try invitation.draft(with: RatingFileExample.instrument)
                Issue.record("accepted: \(invitation)")
            } catch {
                #expect(error.description.contains(expected), "\(error)")
            }
        }
    }
}
