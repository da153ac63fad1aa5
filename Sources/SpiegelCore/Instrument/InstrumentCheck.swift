/// The checks an XML Schema cannot express: unique ids, references that resolve, levels that
/// are ordered and distinct, profiles that name existing items, rating items that have a scale.
///
/// The check is pure: it reads an ``Instrument`` and returns every finding, never only the first.
public struct InstrumentCheck: Sendable {
    public let instrument: Instrument

    public init(_ instrument: Instrument) { self.instrument = instrument }

    /// Every problem of the instrument, in file order of the checks.
    public var findings: [InstrumentFinding] {
        var findings: [InstrumentFinding] = []
        findings += roleFindings()
        findings += scaleFindings()
        findings += fieldFindings()
        findings += sectionAndItemFindings()
        findings += profileFindings()
        findings += rangeFindings()
        return findings
    }

    // MARK: Roles

    private func roleFindings() -> [InstrumentFinding] {
        var findings = duplicates(
            instrument.roles.enumerated().map { ($0.element.id.rawValue, InstrumentPath.role($0.offset)) }, what: "role")
        for (index, role) in instrument.roles.enumerated() where BuiltInRole(rawValue: role.id.rawValue) != nil {
            findings.append(
                InstrumentFinding(
                    "role '\(role.id)' is built in; declare only roles beyond self, peer and supervisor", at: .role(index), attribute: "id")
            )
        }
        return findings
    }

    // MARK: Scales

    private func scaleFindings() -> [InstrumentFinding] {
        var findings = duplicates(
            instrument.scales.enumerated().map { ($0.element.id.rawValue, InstrumentPath.scale($0.offset)) }, what: "scale")
        if let defaultScale = instrument.defaultScale, instrument.scale(defaultScale) == nil {
            findings.append(
                InstrumentFinding(
                    "default scale '\(defaultScale)' is not declared; declared scales: \(scaleList)", at: .scales, attribute: "default"))
        }
        for (index, scale) in instrument.scales.enumerated() {
            findings += levelFindings(scale, at: index)
        }
        return findings
    }

    private func levelFindings(_ scale: Scale, at scaleIndex: Int) -> [InstrumentFinding] {
        var findings: [InstrumentFinding] = []
        var seen: [Int: Int] = [:]
        for (index, level) in scale.levels.enumerated() {
            let path = InstrumentPath.level(scale: scaleIndex, level: index)
            if let first = seen[level.value] {
                findings.append(
                    InstrumentFinding(
                        "scale '\(scale.id)' has value \(level.value) twice (levels \(first + 1) and \(index + 1)); every level needs its own value",
                        at: path, attribute: "value"))
            } else if index > 0, level.value < scale.levels[index - 1].value {
                findings.append(
                    InstrumentFinding(
                        "scale '\(scale.id)': level \(index + 1) has value \(level.value), lower than the \(scale.levels[index - 1].value) before it; list levels from low to high",
                        at: path, attribute: "value"))
            }
            seen[level.value] = seen[level.value] ?? index
        }
        findings += answerCodeFindings(scale, at: scaleIndex)
        if let threshold = scale.discussionThreshold, let range = scale.valueSpan {
            if threshold > range {
                findings.append(
                    InstrumentFinding(
                        "scale '\(scale.id)': discussion-threshold \(threshold) is larger than the scale's range \(range), so no difference could reach it",
                        at: .scale(scaleIndex), attribute: "discussion-threshold"))
            }
        }
        return findings
    }

    /// A rater types a level's value, its code, or a not-applicable code: each must mean one thing.
    private func answerCodeFindings(_ scale: Scale, at scaleIndex: Int) -> [InstrumentFinding] {
        var meaning: [String: Int] = [:]  // typed answer → level index (-1 for not applicable)
        var findings: [InstrumentFinding] = []
        func claim(_ code: String, for owner: Int, at path: InstrumentPath) {
            guard !code.isEmpty else { return }
            if let existing = meaning[code], existing != owner {
                findings.append(
                    InstrumentFinding(
                        "scale '\(scale.id)': the answer '\(code)' would mean two things; give each level and each not-applicable answer its own code",
                        at: path, attribute: "code"))
            } else {
                meaning[code] = owner
            }
        }
        var valuesSeen = Set<Int>()
        for (index, level) in scale.levels.enumerated() where valuesSeen.insert(level.value).inserted {
            claim(String(level.value), for: index, at: .level(scale: scaleIndex, level: index))
        }
        for (index, level) in scale.levels.enumerated() {
            level.code.map { claim($0, for: index, at: .level(scale: scaleIndex, level: index)) }
        }
        for (index, answer) in scale.notApplicable.enumerated() {
            claim(answer.code, for: -1 - index, at: .scaleNotApplicable(scale: scaleIndex, index: index))
        }
        return findings
    }

    private var scaleList: String {
        instrument.scales.isEmpty ? "none" : Array(Set(instrument.scales.map(\.id.rawValue))).sorted().joined(separator: ", ")
    }

    // MARK: Header fields

    private func fieldFindings() -> [InstrumentFinding] {
        var findings = duplicates(
            instrument.headerFields.enumerated().map { ($0.element.id.rawValue, InstrumentPath.field($0.offset)) }, what: "header field")
        for (index, field) in instrument.headerFields.enumerated() {
            guard let pattern = field.pattern else { continue }
            if field.kind != .code {
                findings.append(
                    InstrumentFinding(
                        "header field '\(field.id)' has a pattern but is of kind '\(field.kind.rawValue)'; patterns apply to kind=\"code\"",
                        at: .field(index), attribute: "pattern"))
            } else {
                do throws(CodePatternError) {
                    _ = try CodePattern(parsing: pattern)
                } catch {
                    findings.append(
                        InstrumentFinding(
                            "header field '\(field.id)': pattern '\(pattern)': \(error)", at: .field(index), attribute: "pattern"))
                }
            }
        }
        if let field = instrument.headerFields.enumerated().first(where: { $0.element.isResearchCode && $0.element.kind != .code }) {
            findings.append(
                InstrumentFinding(
                    "header field '\(field.element.id)' holds a research code and must be of kind=\"code\"", at: .field(field.offset),
                    attribute: "kind"))
        }
        return findings
    }

    // MARK: Sections and items

    private func sectionAndItemFindings() -> [InstrumentFinding] {
        let sections = instrument.sections.enumerated()
        var findings = duplicates(sections.map { ($0.element.id.rawValue, InstrumentPath.section($0.offset)) }, what: "section")
        let items = sections.flatMap { s in s.element.items.enumerated().map { (s.offset, $0.offset, $0.element) } }
        findings += duplicates(items.map { ($0.2.id.rawValue, InstrumentPath.item(section: $0.0, item: $0.1)) }, what: "item")
        findings += duplicates(
            items.flatMap { s, i, item in
                item.indicators.enumerated().map {
                    ($0.element.id.rawValue, InstrumentPath.indicator(section: s, item: i, indicator: $0.offset))
                }
            },
            what: "indicator")
        let scales = DeclaredScales(instrument)
        for (s, i, item) in items {
            findings += ItemCheck(item: item, path: (s, i), scales: scales).findings
        }
        return findings
    }

    // MARK: Profiles

    private func profileFindings() -> [InstrumentFinding] {
        var findings = duplicates(
            instrument.profiles.enumerated().map { ($0.element.id.rawValue, InstrumentPath.profile($0.offset)) }, what: "profile")
        let sections = Set(instrument.sections.map(\.id))
        let items = Set(instrument.items.map(\.id))
        let known = instrument.sections.map(\.id.rawValue).joined(separator: ", ")
        for (p, profile) in instrument.profiles.enumerated() {
            for (index, inclusion) in profile.includes.enumerated() {
                let path = InstrumentPath.inclusion(profile: p, index: index)
                switch inclusion {
                case .section(let id) where !id.rawValue.isEmpty && !sections.contains(id):
                    findings.append(
                        InstrumentFinding(
                            "profile '\(profile.id)' includes section '\(id)', which does not exist; sections: \(known)", at: path,
                            attribute: "ref"))
                case .item(let id) where !id.rawValue.isEmpty && !items.contains(id):
                    findings.append(
                        InstrumentFinding("profile '\(profile.id)' includes item '\(id)', which does not exist", at: path, attribute: "ref")
                    )
                default: break
                }
            }
        }
        return findings
    }

    /// A finding for every id that occurs more than once, at each repeat.
    private func duplicates(_ entries: [(String, InstrumentPath)], what: String, attribute: String = "id") -> [InstrumentFinding] {
        var first: [String: Int] = [:]
        var findings: [InstrumentFinding] = []
        // An empty id is a missing attribute, which the schema reports.
        for (offset, (id, path)) in entries.enumerated() where !id.isEmpty {
            if first[id] != nil {
                findings.append(
                    InstrumentFinding(
                        "duplicate \(what) '\(id)': it is already used above; ids must be unique", at: path, attribute: attribute))
            } else {
                first[id] = offset
            }
        }
        return findings
    }
}
