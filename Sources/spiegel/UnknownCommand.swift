import ArgumentParser

/// Finds a command word that names no command, before the argument parser sees it, so that
/// `spiegel sesion list` and `spiegel help nosuch` are refused with a suggestion and a usage
/// exit status (the parser would take the first for an unexpected argument and answer the
/// second with the overview and status 0).
struct UnknownCommand: Error, CustomStringConvertible {
    /// The command words that were recognised (`spiegel session`).
    var path: [String]
    var word: String
    /// The commands that could have been meant, most likely first.
    var suggestions: [String]
    /// Every command available at that point.
    var available: [String]

    var description: String {
        let place = path.count == 1 ? "a spiegel command" : "a command of '\(path.joined(separator: " "))'"
        let hint =
            suggestions.isEmpty
            ? "commands: \(available.joined(separator: ", "))"
            : "did you mean \(suggestions.map { "'\(($0))'" }.joined(separator: " or "))?"
        return "'\(word.escapedForTerminal)' is not \(place); \(hint) ('\(path.joined(separator: " ")) --help' lists them)"
    }

    /// The first word of `arguments` in command position that names no subcommand of the
    /// command reached so far; nil when every command word is known (options and the
    /// arguments of a command without subcommands are left to the parser).
    static func find(in arguments: [String], root: any ParsableCommand.Type) -> UnknownCommand? {
        let words = arguments.first == "help" ? Array(arguments.dropFirst()) : arguments
        var command: any ParsableCommand.Type = root
        var path = [root._commandName]
        for word in words {
            let subcommands = command.configuration.subcommands
            if word.hasPrefix("-") || subcommands.isEmpty { return nil }
            if let next = subcommand(named: word, in: subcommands) {
                command = next
                path.append(word)
            } else if command.configuration.defaultSubcommand != nil {
                return nil
            } else {
                let names = subcommands.map { $0._commandName }
                return UnknownCommand(path: path, word: word, suggestions: closest(to: word, among: names), available: names)
            }
        }
        return nil
    }

    private static func subcommand(named word: String, in subcommands: [any ParsableCommand.Type]) -> (any ParsableCommand.Type)? {
        subcommands.first { $0._commandName == word || $0.configuration.aliases.contains(word) }
    }

    /// The names within a small edit distance of `word` (a third of its length, at least 1,
    /// at most 3), or that start with it, nearest first.
    static func closest(to word: String, among names: [String]) -> [String] {
        let typed = Array(word.lowercased())
        let limit = min(3, max(1, typed.count / 3))
        let scored = names.compactMap { name -> (String, Int)? in
            let candidate = Array(name)
            if typed.count >= 2 && candidate.starts(with: typed) { return (name, 0) }
            let distance = editDistance(typed, candidate)
            return distance <= limit ? (name, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    /// The optimal string alignment distance: insertions, deletions, substitutions and
    /// transpositions of two neighbours each count one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
