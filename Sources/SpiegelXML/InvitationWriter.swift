import SpiegelCore

/// Writes an ``Invitation`` as XML in the invitation format (`Instruments/spiegel-invitation.xsd`),
/// deterministically, with the rating file's markup for the instrument and session.
public enum InvitationWriter {
    /// The namespace of the invitation format, version 1.
    public static let namespace = "urn:spiegel:invitation:1"

    /// The file's text; encode it as UTF-8.
    public static func xml(_ invitation: Invitation) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            RatingFileWriter.start("invitation", [("xmlns", namespace), ("format", "1"), ("created", invitation.created)]),
            "  " + RatingFileWriter.instrument(invitation.instrument),
        ]
        lines += RatingFileWriter.session(invitation.session)
        lines.append("  " + RatingFileWriter.empty("rater", [("code", invitation.rater.rawValue), ("role", invitation.role.rawValue)]))
        lines.append("</invitation>")
        return lines.joined(separator: "\n") + "\n"
    }
}
