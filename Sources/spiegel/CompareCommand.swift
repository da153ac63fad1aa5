import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelReport

/// `spiegel compare`: one session's ratings side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare self, peer and supervisor on one session: per item, per section, a summary and the points to discuss.",
        discussion: """
            Per item: every rater's answer, the peers' median, self - supervisor and self - peers' \
            median, and a flag (!) where the raters differ by the scale's discussion threshold or \
            more, or give different answers to a yes/no or choice item. Per section: each rater's \
            mean. The summary compares every pair of roles present (self and supervisor, coachee \
            and observer, ...): exact and within-one agreement and the mean signed difference \
            (positive: the first scores higher than the second). Strong points and work points are each rater's own choice, filled up from \
            the scores (highest resp. lowest; ties: more evidence, then form order). n.v.t. and \
            unscored items count in no number.
            """)

    @OptionGroup var selection: SessionSelection
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let report = try selection.report(from: store, output: output.output, language: output.lang)
        try output.write(report) { format in
            switch format {
            case .text: report.text(style: output.textStyle)
            case .json: try ReportOutputOptions.json(report)
            case .csv: report.table.csv(delimiter: output.csvDelimiter)
            case .md: try ReportOutputOptions.render(report, template: "compare.md")
            case .html: try ReportOutputOptions.render(report, template: "report.html")
            }
        }
    }
}

/// Which session `compare` and `report` are about, and which focus profile they use.
struct SessionSelection: ParsableArguments {
    @Argument(help: "The session (default: SPIEGEL_SESSION, or the one set with 'spiegel use').", completion: Completions.sessionNumbers)
    var session: Int64?
    @Option(help: "A focus profile of the instrument (the conversation's goal or phase): its items are marked.") var profile: String?
    @Flag(help: "Only the focus profile's items.") var restrict = false

    func validate() throws {
        if restrict && profile == nil { throw ValidationError("--restrict needs --profile ID") }
    }

    /// The session's report view model, its chrome in `language` (default: the instrument's);
    /// the video is linked relative to `output` when given.
    func report(from store: StoreOptions, output: String?, language: ReportLanguage?) throws -> SessionReport {
        let opened = try store.open(.read)
        return try reportingErrors {
            let (session, instrument) = try SessionLookup.load(try SlotOptions.sessionID(session, in: opened), from: opened)
            return SessionReport(
                session: session, ratings: try opened.ratings(in: session.id), instrument: instrument,
                profile: try FocusLookup.profile(profile, in: instrument), restrictToProfile: restrict,
                video: ReportCommand.videoLink(session, output: output), language: language)
        }
    }
}

enum FocusLookup {
    /// The instrument's profile with this id; nil when none is asked for.
    static func profile(_ id: String?, in instrument: Instrument) throws -> FocusProfile? {
        guard let id else { return nil }
        guard let profile = instrument.profile(ProfileID(id)) else {
            let known = instrument.profiles.map(\.id.rawValue)
            throw CLIError(
                "'\(id)' is not a focus profile of \(instrument.id): \(known.isEmpty ? "it declares none" : "expected one of \(known.joined(separator: ", "))")"
            )
        }
        return profile
    }
}
