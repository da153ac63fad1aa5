import SpiegelCore

/// Sessions as text lines. Everything typed or imported (header values, paths, labels of a
/// user's instrument) is printed escaped for the terminal.
enum SessionText {
    static func header(_ session: Session) -> String {
        header(session.header)
    }

    static func header(_ values: [HeaderValue]) -> String {
        values.map { value in
            let shown = value.value.escapedForTerminal
            return "\(value.field.rawValue.escapedForTerminal)=\(shown.contains(" ") ? "\"\(shown)\"" : shown)"
        }.joined(separator: " ")
    }

    static func summary(_ session: Session) -> String {
        "\(session.instrument.id.rawValue.escapedForTerminal) \(session.instrument.version.escapedForTerminal), \(session.date), \(header(session))"
    }

    /// A recording as one line: path, size, duration.
    static func recording(_ video: VideoReference) -> String {
        "\(video.path.escapedForTerminal), \(video.size) bytes, \(video.duration.map { "duration \($0)" } ?? "duration unknown")"
    }

    static func details(_ session: Session, instrument: Instrument, ratings: [Rating], evidence: [StoredEvidence]) -> String {
        var lines = ["Session \(session.id)  \(session.date)"]
        lines.append(
            "  instrument  \(instrument.title.original.escapedForTerminal) (\(instrument.id.rawValue.escapedForTerminal) "
                + "\(instrument.version.escapedForTerminal), \(session.instrument.hash.short))")
        if let video = session.video {
            lines.append("  video       \(video.path.escapedForTerminal)")
            lines.append(
                "              \(video.size) bytes, \(video.duration.map { "duration \($0)" } ?? "duration unknown"), fingerprint \(video.fingerprint.prefix(19).escapedForTerminal)…"
            )
        }
        lines += headerLines(session.header, instrument: instrument, indent: "  ")
        lines.append("")
        lines.append(ratings.isEmpty ? "No ratings yet." : "Ratings")
        for rating in ratings {
            let scored = instrument.items.compactMap { item in
                rating.answer(for: item.id).map { "\(item.id)=\($0.typed.escapedForTerminal)" }
            }
            .joined(separator: " ")
            lines.append(
                "  \(rating.rater.rawValue.escapedForTerminal) (\(rating.role.rawValue.escapedForTerminal)): "
                    + "\(rating.scores.count) of \(instrument.items.count) items  \(scored)")
        }
        if !evidence.isEmpty {
            lines.append("")
            lines.append("Evidence")
            lines += evidence.map { "  " + EvidenceText.line($0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Header values as `label: value` lines.
    static func headerLines(_ values: [HeaderValue], instrument: Instrument, indent: String) -> [String] {
        values.map { value in
            let label = instrument.headerFields.first { $0.id == value.field }?.label.original ?? value.field.rawValue
            return "\(indent)\(label.escapedForTerminal): \(value.value.escapedForTerminal)"
        }
    }

    /// The session's earlier states, oldest first, each with what replaced it.
    static func history(_ revisions: [SessionRevision], instrument: Instrument) -> String {
        guard !revisions.isEmpty else { return "" }
        var lines = ["", "History (what the session was before each change)"]
        for revision in revisions {
            lines.append("  until \(revision.recordedAt) (\(revision.change == .edit ? "edited" : "deleted")): \(revision.date)")
            if let video = revision.video { lines.append("    video " + recording(video)) }
            lines += headerLines(revision.header, instrument: instrument, indent: "    ")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
