import Foundation

/// The instrument texts as the seed documents print them, read from the verbatim copies in
/// `Tests/Fixtures/seeds`, so that tests compare instruments with their source, not with
/// themselves. The only normalisation is the one the instruments document: runs of
/// whitespace become one space and the ends are trimmed (PDF line breaks and doubled spaces).
public enum SeedForms {
    public struct Factor: Equatable, Sendable {
        public var number: String
        public var title: String
        public var indicators: [String]

        public init(number: String, title: String, indicators: [String]) {
            self.number = number
            self.title = title
            self.indicators = indicators
        }
    }

    /// The School2Care form (seed 003, lines 89-199): sections with their factors and indicators.
    public static func school2care() throws -> [(section: String, factors: [Factor])] {
        let lines = try Fixtures.text(of: Fixtures.fixture("seeds/003-school2care-reflectie.txt"))
            .components(separatedBy: "\n")
        var sections: [(section: String, factors: [Factor])] = []
        for raw in lines[88..<199] {
            let line = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if line.isEmpty || line.hasPrefix("School2Care reflectie") || line.hasPrefix("1 = Verdient") { continue }
            if let match = line.wholeMatch(of: /(I|II|III)\. (.+)/) {
                sections.append((String(match.output.2), []))
            } else if let match = line.wholeMatch(of: /(\d+)\. (.+)/) {
                sections[sections.count - 1].factors.append(
                    Factor(number: String(match.output.1), title: String(match.output.2), indicators: []))
            } else {
                let last = sections.count - 1
                sections[last].factors[sections[last].factors.count - 1].indicators.append(line)
            }
        }
        return sections
    }

    /// Bijlage 11 (seed 000, lines 5820-5898): the questions of both lists, in order.
    public static func observationList() throws -> (pupil: [String], teacher: [String]) {
        let lines = try Fixtures.text(of: Fixtures.fixture("seeds/000-bijlage-11-observatielijst.txt"))
            .components(separatedBy: "\n")
        var lists: [String: [String]] = [:]
        var current: String?
        for raw in lines {
            let line = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if line == "Observatie leerling" || line == "Observatie leerkracht" {
                current = line
            } else if let current, line.hasPrefix("-") {
                lists[current, default: []].append(String(line.dropFirst()).trimmingCharacters(in: .whitespaces))
            } else if let current, !line.isEmpty, let last = lists[current]?.last, !last.hasSuffix("?") {
                lists[current]![lists[current]!.count - 1] = last + " " + line
            }
        }
        return (lists["Observatie leerling"] ?? [], lists["Observatie leerkracht"] ?? [])
    }
}
