/// The length of a recording, checked wherever one comes in: `--duration` of `session create`
/// and `session edit`, what ffprobe reports, and the `duration` of a rating file's video.
extension VideoTime {
    /// The longest recording Spiegel takes: a day. A lesson or conversation lasts minutes to
    /// hours; anything longer is a typing error (`999999:00:00`).
    public static let longestRecording = VideoTime(milliseconds: 24 * 3600 * 1000)

    /// Why `self` cannot be a recording's duration (zero, or longer than
    /// ``longestRecording``); nil when it can.
    public var durationProblem: String? {
        if milliseconds <= 0 { return "a recording's duration must be more than 00:00, not \(self)" }
        if self > Self.longestRecording {
            return "a recording's duration must be at most \(Self.longestRecording) (a day), not \(self)"
        }
        return nil
    }

    /// Reads a typed duration (as a time; see ``init(parsing:)``) and checks it.
    public init(parsingDuration text: String) throws(AnswerError) {
        do {
            try self.init(parsing: text)
        } catch {
            throw AnswerError(error.description)
        }
        if let problem = durationProblem { throw AnswerError("'\(text.escapedForTerminal)' is not a recording's length: \(problem)") }
    }

    /// The duration of `seconds` (what a probe reports), when it is a finite length a
    /// recording can have; nil otherwise (NaN, infinite, zero, negative, more than a day).
    public init?(durationSeconds seconds: Double) {
        guard seconds.isFinite, seconds > 0, seconds <= Self.longestRecording.seconds else { return nil }
        self.init(milliseconds: Int((seconds * 1000).rounded()))
        if durationProblem != nil { return nil }
    }
}
