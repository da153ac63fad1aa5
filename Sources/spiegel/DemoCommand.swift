import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelStore

/// `spiegel demo`: a small, realistic workspace in a folder of its own, to see what Spiegel does.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo workspace (a School2Care conversation and a hospitation), print the comparison, write the HTML reports.",
        discussion: """
            Everything goes into a new folder (a fresh temporary one unless --folder names an empty \
            or new one): its own store, a stand-in recording (twelve minutes of silence, so that \
            the timestamps in the report can seek), and the reports. Your own store is not touched.
            """)

    @Option(help: "An empty or new folder for the demo workspace (default: a new temporary folder).") var folder: String?

    func run() throws {
        // Everything the demo creates is readable by its owner only, whatever the user's umask:
        // the folders, the store and SQLite's journal files beside it, the recording, the reports.
        umask(0o077)
        let workspace = try Self.workspace(folder)
        let resources = try Resources.locate()
        let catalog = try InstrumentCatalog(resources: resources, extraFolders: [])
        func bundled(_ name: String) throws -> Instrument {
            let result = try catalog.load(resources.instrumentsFolder.appending(path: name), source: name)
            guard let instrument = result.instrument else { throw CLIError("the bundled instrument \(name) does not load") }
            return instrument
        }
        let store = try SQLiteStore(path: workspace.appending(path: "demo.sqlite").path)
        let video = workspace.appending(path: "video/gesprek-3.wav")
        try FileManager.default.createDirectory(at: video.deletingLastPathComponent(), withIntermediateDirectories: true)
        try OwnerOnlyFile.write(StandInRecording.wav(seconds: 12 * 60), to: video.path)
        let conversation = try DemoData.conversation(in: store, instrument: try bundled("school2care-reflectie.xml"), video: video)
        let hospitation = try DemoData.hospitation(in: store, instrument: try bundled("kijkwijzer-krachtige-leeromgeving.xml"))

        var written: [String] = []
        for (session, name) in [(conversation, "report-coachgesprek.html"), (hospitation, "report-hospitatie.html")] {
            let (stored, instrument) = try SessionLookup.load(session, from: store)
            let path = workspace.appending(path: name).path
            let report = SessionReport(
                session: stored, ratings: try store.ratings(in: session), instrument: instrument,
                video: ReportCommand.videoLink(stored, output: path))
            try OwnerOnlyFile.write(Data(try ReportOutputOptions.render(report, template: "report.html").utf8), to: path)
            written.append(path)
            if session == conversation {
                Terminal.print(lines: report.text(style: ReportOutputOptions.standardOutputStyle), terminator: "")
            }
        }
        Terminal.print(
            """

            The demo workspace is \(workspace.path):
              store        \(workspace.appending(path: "demo.sqlite").path)
              recording    \(video.path) (a stand-in: twelve minutes of silence)
              HTML report  \(written[0])
                           (open it in a browser; every timestamp under "Waarnemingen" seeks the recording)
              hospitation  \(written[1])
            Try: spiegel compare 2 --store \(workspace.appending(path: "demo.sqlite").path)
            """)
    }

    /// A new folder: the one given (created, or existing and empty), or a fresh temporary one.
    static func workspace(_ given: String?) throws -> URL {
        let manager = FileManager.default
        guard let given else {
            let url = manager.temporaryDirectory.appending(path: "spiegel-demo-\(UUID().uuidString.prefix(8).lowercased())")
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        let url = URL(fileURLWithPath: given).standardizedFileURL
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError("--folder \(given): is a file, not a folder") }
            guard (try manager.contentsOfDirectory(atPath: url.path)).isEmpty else {
                throw CLIError("--folder \(given): is not empty; the demo needs an empty or new folder")
            }
        } else {
            do {
                try manager.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw CLIError("--folder \(given): cannot be created")
            }
        }
        return url
    }
}
