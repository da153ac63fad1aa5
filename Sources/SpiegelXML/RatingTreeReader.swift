import SpiegelCore

/// Turns the XML tree of a rating file into a ``RatingFile``, reporting what the schema cannot
/// check: times that are not real times, a hash or size that does not read, an end before a
/// start, a format this version does not know.
///
/// Like ``InstrumentReader`` it is tolerant: it runs on documents the schema rejected too, and
/// passes over what the schema already reported (a missing attribute, an unexpected element).
struct RatingTreeReader {
    let source: String
    private(set) var diagnostics: [Diagnostic] = []

    init(source: String) { self.source = source }

    mutating func read(_ root: XMLElement) -> RatingFile? {
        let namespace = RatingFileWriter.namespace
        guard root.name == "rating", root.namespaceURI == namespace else {
            let found = root.namespaceURI.map { "'\(root.name)' in namespace '\($0)'" } ?? "'\(root.name)' without a namespace"
            report("the root element is \(found); a rating file starts with <rating xmlns=\"\(namespace)\">", root)
            return nil
        }
        if let format = root.attribute("format"), format != "1" {
            report("this rating file is in format '\(format)'; this version of Spiegel reads format 1", root, attribute: "format")
        }
        let rater = root.child(named: "rater")
        let scoreElements = root.child(named: "scores")?.children(named: "score") ?? []
        let file = RatingFile(
            instrument: readInstrument(root.child(named: "instrument")),
            session: readSession(root.child(named: "session")),
            rater: RaterCode(rater?.attribute("code") ?? ""),
            role: RoleID(rater?.attribute("role") ?? ""),
            scores: scoreElements.map(readScore),
            feedback: readFeedback(root.child(named: "feedback")),
            evidence: root.children(named: "evidence").map { readEvidence($0) },
            exported: root.attribute("exported") ?? "")
        reportRepetitions(in: file, scores: scoreElements, feedback: root.child(named: "feedback"))
        return file
    }

    /// Reports an item scored twice (at its second score) and a feedback item named twice or
    /// as both kinds, by the rules every path applies: a file that says two things is refused.
    private mutating func reportRepetitions(in file: RatingFile, scores: [XMLElement], feedback: XMLElement?) {
        if let repeated = RepeatedScore.first(in: file.scores) {
            let second = scores.filter { $0.attribute("item") == repeated.item.rawValue }.dropFirst().first
            report(repeated.description, second ?? scores[0])
        }
        guard let feedback, let problem = file.feedback.repetition else { return }
        // At the element that repeats: the second of its kind, or the work point of an item that is both.
        let (name, item, skip): (String, ItemID?, Int) =
            switch problem {
            case .givenTwice(let item, let kind): (kind == .strength ? "strength" : "work-point", item, 1)
            case .both(let item, _): ("work-point", item, 0)
            default: ("", nil, 0)
            }
        let repeated = feedback.children(named: name).filter { $0.attribute("item") == item?.rawValue }.dropFirst(skip).first
        report(problem.description, repeated ?? feedback)
    }

    // MARK: Parts

    mutating func readInstrument(_ element: XMLElement?) -> InstrumentReference {
        InstrumentReference(
            id: InstrumentID(element?.attribute("id") ?? ""),
            version: element?.attribute("version") ?? "",
            hash: element.flatMap { readHash($0) } ?? ContentHash(hex: ""))
    }

    /// `sha256:` and 64 lowercase hexadecimal digits, as `spiegel instrument show` prints it.
    private mutating func readHash(_ element: XMLElement) -> ContentHash? {
        guard let text = element.attribute("hash") else { return nil }
        let hex = text.hasPrefix("sha256:") ? text.dropFirst("sha256:".count) : ""
        guard hex.count == 64, hex.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else {
            report(
                "the instrument hash '\(text)' is not 'sha256:' followed by 64 lowercase hexadecimal digits, as 'spiegel instrument show' prints it",
                element, attribute: "hash")
            return nil
        }
        return ContentHash(hex: String(hex))
    }

    mutating func readSession(_ element: XMLElement?) -> SessionDescriptor {
        let date = element?.attribute("date") ?? ""
        if let element, element.attribute("date") != nil, CalendarDate(date) == nil {
            report("the session date '\(date.escapedForTerminal)' is not \(CalendarDate.expected)", element, attribute: "date")
        }
        return SessionDescriptor(
            uuid: element?.attribute("uuid") ?? "",
            date: date,
            video: element?.child(named: "video").map { readVideo($0) },
            header: element?.children(named: "field").map { HeaderValue(field: FieldID($0.attribute("id") ?? ""), value: $0.text) } ?? [])
    }

    private mutating func readVideo(_ element: XMLElement) -> VideoReference {
        var size: Int64 = 0
        if let text = element.attribute("size") {
            if let value = Int64(text), value >= 0 {
                size = value
            } else {
                report("the video size '\(text)' is not a number of bytes", element, attribute: "size")
            }
        }
        let duration = time(element, "duration")
        if let problem = duration?.durationProblem { report("duration of <video>: \(problem)", element, attribute: "duration") }
        return VideoReference(
            path: element.attribute("path") ?? "", size: size, fingerprint: element.attribute("fingerprint") ?? "",
            duration: duration)
    }

    private func readScore(_ element: XMLElement) -> TypedScore {
        let cites = element.attribute("cites")?.split(whereSeparator: \.isWhitespace).map { EvidenceID(String($0)) } ?? []
        return TypedScore(item: ItemID(element.attribute("item") ?? ""), typed: element.text, citations: cites)
    }

    private func readFeedback(_ element: XMLElement?) -> FeedbackChoice {
        FeedbackChoice(
            strengths: element?.children(named: "strength").map { ItemID($0.attribute("item") ?? "") } ?? [],
            workPoints: element?.children(named: "work-point").map { ItemID($0.attribute("item") ?? "") } ?? [])
    }

    private mutating func readEvidence(_ element: XMLElement) -> Evidence {
        let start = time(element, "start")
        let end = time(element, "end")
        if let start, let problem = EvidenceError.order(start: start, end: end) {
            report(problem.description, element, attribute: "end")
        }
        return Evidence(
            id: EvidenceID(element.attribute("id") ?? ""),
            start: start ?? VideoTime(milliseconds: 0),
            end: end,
            item: element.attribute("item").map { ItemID($0) },
            indicator: element.attribute("indicator").map { IndicatorID($0) },
            valence: element.attribute("valence").flatMap(Valence.init(rawValue:)) ?? .neutral,
            text: element.text)
    }

    // MARK: Values and places

    /// The time in an attribute; nil when it is absent or not a time (which is reported).
    private mutating func time(_ element: XMLElement, _ attribute: String) -> VideoTime? {
        guard let text = element.attribute(attribute) else { return nil }
        do {
            return try VideoTime(parsing: text)
        } catch {
            report("\(attribute) of <\(element.name)>: \(error)", element, attribute: attribute)
            return nil
        }
    }

    mutating func report(_ message: String, _ element: XMLElement, attribute: String? = nil) {
        diagnostics.append(.error(message, at: location(element, attribute: attribute)))
    }

    /// Where an attribute's name starts, or the element's `<` when the attribute is not found.
    private func location(_ element: XMLElement, attribute: String?) -> SourceLocation {
        let position =
            attribute.flatMap { name in element.attributes.first { $0.namespaceURI == nil && $0.name == name }?.position }
            ?? element.position
        return SourceLocation(file: source, line: position.line, column: position.column)
    }
}
