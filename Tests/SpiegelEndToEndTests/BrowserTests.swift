import Foundation
import SpiegelReport
import SpiegelTestSupport
import Testing

/// The HTML report in a real browser: headless Chromium (Debian package `chromium`, which
/// `.ci/run` installs) renders it to a screenshot that must not be blank, and clicking an
/// evidence timestamp must set the video's current time to that moment.
///
/// The "video" is a three-minute WAV file of silence written by the test: Chromium plays
/// it in a `<video>` element and can seek in it, and it needs no codec or download.
@Suite("HTML report in headless Chromium", .serialized)
struct BrowserTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try FileManager.default.createDirectory(at: folder.appending(path: "videos"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appending(path: "reports"), withIntermediateDirectories: true)
        try StandInRecording.wav(seconds: 180).write(to: folder.appending(path: "videos/gesprek 3.wav"))
        try spiegel(
            "session", "create", "school2care-reflectie", "coach=C07", "jongere=J112", "gesprek=3", "--date", "2026-11-18",
            "--video", "videos/gesprek 3.wav", "--duration", "3:00", "--use")
        try spiegel("score", "--rater", "C07", "--role", "self", "1=3", "2=3", "3=2", "4=2", "5=3", "6=2", "7=3")
        try spiegel("score", "--rater", "S01", "--role", "supervisor", "1=3", "2=1", "3=2", "4=2", "5=3", "6=1", "7=3")
        try spiegel("note", "--rater", "S01", "--role", "supervisor", "0:34", "1d", "+", "Dus als ik het goed begrijp…")
        try spiegel("note", "--rater", "S01", "--role", "supervisor", "1:40", "6", "-", "Laat het onderwerp schieten")
    }

    @Test("the report renders: a screenshot with text and charts, not a blank page")
    func screenshot() throws {
        try spiegel("report", "--format", "html", "-o", "reports/report.html")
        let shot = folder.appending(path: "reports/shot.png")
        _ = try Self.chromium([
            "--screenshot=\(shot.path)", "--window-size=1000,1400", folder.appending(path: "reports/report.html").absoluteString,
        ])
        let stats = try Self.run("/usr/bin/env", ["python3", Fixtures.fixture("browser/png_stats.py").path, shot.path])
        let fields = stats.split(separator: " ")
        #expect(fields.count == 4, "\(stats)")
        guard fields.count == 4, let inked = Double(fields[2]), let colours = Int(fields[3].trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            return
        }
        #expect(fields[0] == "1000" && fields[1] == "1400")
        // Text, table rules and coloured bars: a fair share of the page is not white, in many colours.
        #expect(inked > 0.03, "only \(inked) of the page has ink")
        #expect(colours > 50, "only \(colours) colours")
    }

    @Test("clicking an evidence timestamp seeks the video to that moment")
    func seek() throws {
        try spiegel("report", "--format", "html", "-o", "reports/report.html")
        let result = try Self.clickSecondTimestamp(in: folder.appending(path: "reports"))
        #expect(result == "clicked; links 2; currentTime 100", "\(result)")
    }

    @Test("without the video file the page still works and says so")
    func missingVideo() throws {
        try FileManager.default.removeItem(at: folder.appending(path: "videos/gesprek 3.wav"))
        try spiegel("report", "--format", "html", "-o", "reports/report.html")
        let html = try String(contentsOf: folder.appending(path: "reports/report.html"), encoding: .utf8)
        #expect(html.contains("<p id=\"video-note\" class=\"note\">Het videobestand staat niet op <code>../videos/gesprek%203.wav</code>"))
        let result = try Self.clickSecondTimestamp(in: folder.appending(path: "reports"))
        #expect(result == "video unavailable; note shown; links 2; currentTime 0", "\(result)")
    }

    /// Opens the report inside a page of the same folder and clicks the second timestamp (1:40).
    static func clickSecondTimestamp(in reports: URL) throws -> String {
        let harness = """
            <!DOCTYPE html><html><body><pre id="result">waiting</pre>
            <iframe id="report" src="report.html" width="1000" height="800"></iframe>
            <script>
            var out = document.getElementById("result");
            document.getElementById("report").addEventListener("load", function () {
              var doc = this.contentDocument, video = doc.getElementById("video"), note = doc.getElementById("video-note");
              var links = doc.querySelectorAll("[data-seek]");
              function click(prefix) {
                links[1].click();
                out.textContent = prefix + "links " + links.length + "; currentTime " + video.currentTime;
              }
              function failed() { click("video unavailable; note " + (note && !note.hidden ? "shown" : "hidden") + "; "); }
              if (video.readyState >= 1) { click("clicked; "); return; }
              if (video.error) { failed(); return; }
              video.addEventListener("loadedmetadata", function () { click("clicked; "); });
              video.addEventListener("error", failed);
            });
            </script></body></html>
            """
        try Data(harness.utf8).write(to: reports.appending(path: "harness.html"))
        let dom = try chromium([
            "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
            reports.appending(path: "harness.html").absoluteString,
        ])
        guard let start = dom.range(of: "<pre id=\"result\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
        else {
            return "no result in the page: \(dom.prefix(300))"
        }
        return String(dom[start.upperBound..<end.lowerBound])
    }

    /// Runs headless Chromium with `arguments`; its standard output.
    static func chromium(_ arguments: [String]) throws -> String {
        let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            throw FixtureError("headless Chromium is needed for this test: install the Debian package 'chromium' (.ci/run does)")
        }
        return try run(path, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio"] + arguments)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
