/// Where in an instrument something is, by position: the link between a finding about a
/// value and the place in the file it was read from.
///
/// Positions, not ids, because a finding may be about two things that share an id.
public enum InstrumentPath: Hashable, Sendable {
    case instrument
    case feedback
    case role(Int)
    case scales
    case scale(Int)
    case level(scale: Int, level: Int)
    case scaleNotApplicable(scale: Int, index: Int)
    case field(Int)
    case section(Int)
    case item(section: Int, item: Int)
    case indicator(section: Int, item: Int, indicator: Int)
    case option(section: Int, item: Int, option: Int)
    case itemNotApplicable(section: Int, item: Int, index: Int)
    case profile(Int)
    case inclusion(profile: Int, index: Int)
}

/// A problem the semantic check found: where, which attribute if one, and what to do.
public struct InstrumentFinding: Hashable, Sendable {
    public var path: InstrumentPath
    /// The attribute at fault, when the finding is about one (`"scale"`, `"ref"`, `"value"`).
    public var attribute: String?
    public var message: String
    public var severity: Diagnostic.Severity

    public init(_ message: String, at path: InstrumentPath, attribute: String? = nil, severity: Diagnostic.Severity = .error) {
        self.path = path
        self.attribute = attribute
        self.message = message
        self.severity = severity
    }
}
