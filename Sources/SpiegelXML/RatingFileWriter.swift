import SpiegelCore

/// Writes a ``RatingFile`` as XML in the rating file format (`Instruments/spiegel-rating.xsd`).
///
/// The output is deterministic: the same value always gives the same bytes (UTF-8, two-space
/// indentation, attributes in a fixed order, a final line break). Texts are written exactly,
/// with `& < > " '` escaped, line breaks inside attributes and carriage returns written as
/// character references so a reader gets them back unchanged, and the few characters XML 1.0
/// cannot carry at all (control characters other than tab, line feed and carriage return,
/// U+FFFE and U+FFFF) left out.
public enum RatingFileWriter {
    /// The namespace of the rating file format, version 1.
    public static let namespace = "urn:spiegel:rating:1"

    /// The file's text; encode it as UTF-8.
    public static func xml(_ file: RatingFile) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            start("rating", [("xmlns", namespace), ("format", "1"), ("exported", file.exported)]),
            "  " + instrument(file.instrument),
        ]
        lines += session(file.session)
        lines.append("  " + empty("rater", [("code", file.rater.rawValue), ("role", file.role.rawValue)]))
        lines += scores(file.scores)
        lines += feedback(file.feedback)
        lines += file.evidence.map { "  " + evidence($0) }
        lines.append("</rating>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func instrument(_ reference: InstrumentReference) -> String {
        empty("instrument", [("id", reference.id.rawValue), ("version", reference.version), ("hash", reference.hash.description)])
    }

    static func session(_ session: SessionDescriptor) -> [String] {
        var lines = ["  " + start("session", [("uuid", session.uuid), ("date", session.date)])]
        if let video = session.video {
            var attributes = [("path", video.path), ("size", String(video.size)), ("fingerprint", video.fingerprint)]
            if let duration = video.duration { attributes.append(("duration", duration.description)) }
            lines.append("    " + empty("video", attributes))
        }
        lines += session.header.map { "    " + start("field", [("id", $0.field.rawValue)]) + escaped($0.value) + "</field>" }
        lines.append("  </session>")
        return lines
    }

    private static func scores(_ scores: [TypedScore]) -> [String] {
        guard !scores.isEmpty else { return ["  <scores/>"] }
        let lines = scores.map { score in
            var attributes = [("item", score.item.rawValue)]
            if !score.citations.isEmpty { attributes.append(("cites", score.citations.map(\.rawValue).joined(separator: " "))) }
            return "    " + start("score", attributes) + escaped(score.typed) + "</score>"
        }
        return ["  <scores>"] + lines + ["  </scores>"]
    }

    private static func feedback(_ feedback: FeedbackChoice) -> [String] {
        guard !feedback.isEmpty else { return [] }
        let strengths = feedback.strengths.map { "    " + empty("strength", [("item", $0.rawValue)]) }
        let workPoints = feedback.workPoints.map { "    " + empty("work-point", [("item", $0.rawValue)]) }
        return ["  <feedback>"] + strengths + workPoints + ["  </feedback>"]
    }

    private static func evidence(_ evidence: Evidence) -> String {
        var attributes = [("id", evidence.id.rawValue), ("start", evidence.start.description)]
        if let end = evidence.end { attributes.append(("end", end.description)) }
        if let item = evidence.item { attributes.append(("item", item.rawValue)) }
        if let indicator = evidence.indicator { attributes.append(("indicator", indicator.rawValue)) }
        attributes.append(("valence", evidence.valence.rawValue))
        return start("evidence", attributes) + escaped(evidence.text) + "</evidence>"
    }

    // MARK: Markup

    /// A start tag, `<name a="…">`.
    static func start(_ name: String, _ attributes: [(String, String)]) -> String {
        tag(name, attributes) + ">"
    }

    /// An empty-element tag, `<name a="…"/>`.
    static func empty(_ name: String, _ attributes: [(String, String)]) -> String {
        tag(name, attributes) + "/>"
    }

    private static func tag(_ name: String, _ attributes: [(String, String)]) -> String {
        "<\(name)" + attributes.map { " \($0.0)=\"\(escaped($0.1, inAttribute: true))\"" }.joined()
    }

    /// The text with markup characters escaped and characters XML 1.0 forbids left out.
    ///
    /// Works on Unicode scalars, not characters, so that a CR LF pair is seen as two. A
    /// carriage return is always a character reference (a parser turns a literal one into a
    /// line feed); in attributes, line feeds and tabs are too (a parser turns them into spaces).
    static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows the scalar in a document (its `Char` production).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
