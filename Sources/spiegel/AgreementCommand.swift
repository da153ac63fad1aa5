import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelStore

/// `spiegel agreement`: how well raters agree across many sessions of one instrument.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Inter-rater agreement across sessions: per item, per section and overall, and ICCs on section and total scores.",
        discussion: """
            Compares two roles (default: self and supervisor), two raters, or all raters. Per \
            item (units: sessions), per section and overall (units: session x item pairs): n, \
            exact and within-one agreement, Cohen's kappa unweighted, linear and quadratic (the \
            scale's levels as categories), Krippendorff's alpha nominal, ordinal and interval \
            (any number of raters, missing values allowed). On each rater's mean score per \
            section and overall: ICC(1,1), ICC(2,1) and ICC(3,1) after Shrout & Fleiss (1979). \
            n.v.t. and unscored items are missing values. A figure that does not exist for the \
            data says why instead of printing a number.
            """)

    @Option(help: "The instrument id (needed when the store holds sessions of several instruments).", completion: Completions.instrumentIDs)
    var instrument: String?
    @Option(help: "Two roles to compare, e.g. self,supervisor (the default) or peer,supervisor.") var roles: String?
    @Option(help: "Two raters to compare by code, e.g. C07,S02.") var raters: String?
    @Flag(name: .customLong("all-raters"), help: "Every rating of every session (Krippendorff's alpha and the ICCs).") var allRaters = false
    @Option(help: "Only sessions on or after this day (yyyy-mm-dd).") var from: String?
    @Option(help: "Only sessions on or before this day (yyyy-mm-dd).") var to: String?
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if [roles != nil, raters != nil, allRaters].count(where: { $0 }) > 1 {
            throw ValidationError("choose one of --roles, --raters and --all-raters")
        }
        for pair in [roles, raters].compactMap({ $0 }) where Self.pair(pair) == nil {
            throw ValidationError("'\(pair)' is not a pair: expected two names separated by a comma, e.g. self,supervisor")
        }
        // The core's rule, asked before the store is read, so that no instrument is looked for
        // with a pair that cannot be.
        do {
            if let roles, let (first, second) = Self.pair(roles) { _ = try AgreementSelection.roles(RoleID(first), RoleID(second)) }
            if let raters, let (first, second) = Self.pair(raters) {
                _ = try AgreementSelection.raters(RaterCode(first), RaterCode(second))
            }
        } catch {
            throw ValidationError(Self.twiceMessage(error))
        }
        try CorpusQuery.checkDates(from: from, to: to)
    }

    func run() throws {
        let opened = try store.open(.read)
        let view = try reportingErrors {
            let codes = raters.flatMap(Self.pair).map { [$0.0, $0.1] } ?? []
            let query = CorpusQuery(
                instrument: instrument, from: from, to: to, wanted: wanted, wantedDescription: wantedDescription, codes: codes)
            let corpus = try query.load(from: opened, evidence: false)
            let selection = try selection(for: corpus.instrument)
            let report = AgreementReport(instrument: corpus.instrument, sessions: corpus.sessions, selection: selection)
            return AgreementView(report, instrument: corpus.instrument, language: output.lang)
        }
        try output.write(view) { format in
            switch format {
            case .text: view.text(style: output.textStyle)
            case .json: try ReportOutputOptions.json(view)
            case .csv: view.table.csv(delimiter: output.csvDelimiter)
            case .md: try ReportOutputOptions.render(view, template: "agreement.md")
            case .html: try ReportOutputOptions.render(view, template: "agreement.html")
            }
        }
    }

    /// Whether a session has ratings for the selection: when the store holds several instruments,
    /// the one whose sessions have them is chosen.
    private func wanted(_ session: Session, _ ratings: [Rating]) -> Bool {
        if allRaters { return ratings.count >= 2 }
        if let raters, let (first, second) = Self.pair(raters) {
            let codes = Set(ratings.map(\.rater.rawValue))
            return codes.contains(first) && codes.contains(second)
        }
        let (first, second) = Self.pair(roles ?? "self,supervisor") ?? ("self", "supervisor")
        let roles = ratings.map(\.role.rawValue)
        return roles.contains(first) && roles.contains(second)
    }

    /// What ``wanted(_:_:)`` looks for, as a refusal names it.
    private var wantedDescription: String {
        if allRaters { return "two or more ratings" }
        if let raters { return "ratings by \(raters.replacingOccurrences(of: ",", with: " and "))" }
        return "ratings in the roles \((roles ?? "self,supervisor").replacingOccurrences(of: ",", with: " and "))"
    }

    /// The selection the options name: two different known roles, two different rater codes, or all raters.
    private func selection(for instrument: Instrument) throws -> AgreementSelection {
        if allRaters { return .allRaters }
        do {
            if let raters, let (first, second) = Self.pair(raters) {
                try SlotOptions.checkRaterCode(first)
                try SlotOptions.checkRaterCode(second)
                return try .raters(RaterCode(first), RaterCode(second))
            }
            guard let roles, let (first, second) = Self.pair(roles) else { return .selfAndSupervisor }
            try SlotOptions.checkRole(first, in: instrument)
            try SlotOptions.checkRole(second, in: instrument)
            return try .roles(RoleID(first), RoleID(second))
        } catch let error as AgreementSelectionError {
            throw CLIError("\(Self.twiceMessage(error))")
        }
    }

    /// Why a selection of one role or one rater against itself is refused, and what to give instead.
    static func twiceMessage(_ error: AgreementSelectionError) -> String {
        switch error {
        case .sameRoleTwice(let role):
            "--roles names '\(role.rawValue.escapedForTerminal)' twice: give two different roles, e.g. self,supervisor; "
                + "to compare the raters of one role, use --raters A,B or --all-raters"
        case .sameRaterTwice(let rater):
            "--raters names '\(rater.rawValue.escapedForTerminal)' twice: give two different rater codes"
        }
    }

    static func pair(_ text: String) -> (String, String)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (parts[0], parts[1])
    }
}
