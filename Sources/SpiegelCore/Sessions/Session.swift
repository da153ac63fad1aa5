/// The number a store gives a session; what a user types (`spiegel session show 12`).
public struct SessionID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Which exact instrument a session or rating was made with.
public struct InstrumentReference: Hashable, Sendable, Codable {
    public var id: InstrumentID
    public var version: String
    public var hash: ContentHash

    public init(id: InstrumentID, version: String, hash: ContentHash) {
        self.id = id
        self.version = version
        self.hash = hash
    }

    public init(_ instrument: Instrument) {
        self.init(id: instrument.id, version: instrument.version, hash: instrument.contentHash)
    }
}

/// A video recording, referenced and never copied: where it is, how big, what identifies it.
public struct VideoReference: Hashable, Sendable, Codable {
    public var path: String
    public var size: Int64
    /// Identifies the recording's content (see `VideoFingerprint`), so that a rating made
    /// elsewhere from a copy of the same file finds its session.
    public var fingerprint: String
    public var duration: VideoTime?

    public init(path: String, size: Int64, fingerprint: String, duration: VideoTime?) {
        self.path = path
        self.size = size
        self.fingerprint = fingerprint
        self.duration = duration
    }
}

/// One observed conversation or lesson.
public struct Session: Hashable, Sendable {
    public var id: SessionID
    /// Globally unique, carried in rating files so an import finds its session.
    public var uuid: String
    public var instrument: InstrumentReference
    public var video: VideoReference?
    /// Header values in the instrument's field order.
    public var header: [HeaderValue]
    /// The day of the conversation or lesson, `yyyy-mm-dd`.
    public var date: String

    public init(id: SessionID, uuid: String, instrument: InstrumentReference, video: VideoReference?, header: [HeaderValue], date: String) {
        self.id = id
        self.uuid = uuid
        self.instrument = instrument
        self.video = video
        self.header = header
        self.date = date
    }

    public func value(of field: FieldID) -> String? { header.first { $0.field == field }?.value }
}

/// A header field's value in one session.
public struct HeaderValue: Hashable, Sendable, Codable {
    public var field: FieldID
    public var value: String

    public init(field: FieldID, value: String) {
        self.field = field
        self.value = value
    }
}

/// A session as it was before an edit or its deletion: its history, oldest first.
public struct SessionRevision: Hashable, Sendable {
    /// What replaced this state.
    public enum Change: String, Hashable, Sendable {
        case edit, delete
    }

    public var change: Change
    /// When the change was made (ISO 8601).
    public var recordedAt: String
    public var date: String
    public var video: VideoReference?
    public var header: [HeaderValue]

    public init(change: Change, recordedAt: String, date: String, video: VideoReference?, header: [HeaderValue]) {
        self.change = change
        self.recordedAt = recordedAt
        self.date = date
        self.video = video
        self.header = header
    }
}
