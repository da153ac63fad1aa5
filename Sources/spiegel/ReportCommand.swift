import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelReport

/// `spiegel report`: the agenda of the supervision meeting for one session.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The session report: header (codes only), every rater per item with flags, means, strong and work points, evidence.",
        discussion: """
            --format html writes one self-contained page (no network) with a chart per section; \
            it embeds the session's video, and every evidence timestamp seeks the video to that \
            moment. With -o the video is linked relative to the report, so the two can be moved \
            together. Text fits 80 columns; md is Markdown; json is the view model a --template \
            gets.
            """)

    @OptionGroup var selection: SessionSelection
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let report = try selection.report(from: store, output: output.output, language: output.lang)
        try output.write(report) { format in
            switch format {
            case .text: report.text(style: output.textStyle, evidence: true)
            case .json: try ReportOutputOptions.json(report)
            case .csv: report.table.csv(delimiter: output.csvDelimiter)
            case .md: try ReportOutputOptions.render(report, template: "report.md")
            case .html: try ReportOutputOptions.render(report, template: "report.html")
            }
        }
    }

    /// The video as the report links it: relative to the report file when one is written,
    /// else the recorded absolute path; and whether the file is there now.
    static func videoLink(_ session: Session, output: String?) -> SessionReport.VideoLink? {
        guard let video = session.video else { return nil }
        let exists = FileManager.default.fileExists(atPath: video.path)
        guard let output else { return SessionReport.VideoLink(source: video.path, isAvailable: exists) }
        let folder = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent()
        return SessionReport.VideoLink(source: RelativePath.from(folder, to: URL(fileURLWithPath: video.path)), isAvailable: exists)
    }
}

enum RelativePath {
    /// The path of `target` relative to `folder`, percent-encoded for use in a URL
    /// (`../videos/gesprek%203.mp4`).
    static func from(_ folder: URL, to target: URL) -> String {
        let base = folder.standardizedFileURL.pathComponents
        let path = target.standardizedFileURL.pathComponents
        let common = zip(base, path).prefix { $0 == $1 }.count
        let components = Array(repeating: "..", count: base.count - common) + path[common...]
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "#?"))
        return components.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }.joined(separator: "/")
    }
}
