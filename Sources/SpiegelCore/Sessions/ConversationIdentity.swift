/// What identifies one conversation or lesson, apart from its recording: the instrument, the
/// day, and the header values that name it — the research codes (coach, jongere) and the
/// whole numbers (which conversation: `gesprek=3`).
///
/// Free text (the conversation's goal) and other codes (the supervisor) do not identify a
/// conversation: two copies of one session may word or fill them differently.
public struct ConversationIdentity: Hashable, Sendable {
    public var instrument: InstrumentID
    public var date: String
    /// The identifying values, in the instrument's field order.
    public var values: [HeaderValue]

    /// The identity of a session made with `instrument` (its identifying fields are read from it).
    public init(instrument: Instrument, date: String, header: [HeaderValue]) {
        let fields = Set(instrument.headerFields.filter(Self.identifies).map(\.id))
        self.instrument = instrument.id
        self.date = date
        self.values = header.filter { fields.contains($0.field) }
    }

    /// Whether a header field takes part in the identity.
    public static func identifies(_ field: HeaderField) -> Bool {
        field.isResearchCode || field.kind == .integer
    }

    /// Where `other` (a stored session) differs from this identity (a rating file's), as
    /// phrases such as "coach C08 here, C07 there"; empty when they agree. A field that
    /// only one of the two fills does not disagree.
    public func differences(from other: Self, here: String, there: String) -> [String] {
        var found: [String] = []
        if instrument != other.instrument { found.append("instrument \(instrument) \(here), \(other.instrument) \(there)") }
        if date != other.date { found.append("date \(date) \(here), \(other.date) \(there)") }
        for value in values {
            guard let theirs = other.values.first(where: { $0.field == value.field }), theirs.value != value.value else { continue }
            found.append("\(value.field) \(value.value.escapedForTerminal) \(here), \(theirs.value.escapedForTerminal) \(there)")
        }
        return found
    }
}

extension VideoReference {
    /// Whether both references name a recording by fingerprint and the fingerprints are equal.
    /// An empty file (0 bytes, as a placeholder made before the video is there) is no
    /// recording: its fingerprint is that of every empty file, so it matches none.
    public func isSameRecording(as other: VideoReference?) -> Bool {
        guard let other, !fingerprint.isEmpty, size > 0, other.size > 0 else { return false }
        return fingerprint == other.fingerprint
    }

    /// How this recording differs from `other`, in one phrase; nil when they are the same or
    /// either has no fingerprint.
    public func difference(from other: VideoReference?, here: String, there: String) -> String? {
        guard let other, !fingerprint.isEmpty, !other.fingerprint.isEmpty, fingerprint != other.fingerprint else { return nil }
        return "the recording differs: \(size) bytes (\(fingerprint.prefix(19))…) \(here), "
            + "\(other.size) bytes (\(other.fingerprint.prefix(19))…) \(there)"
    }
}
