import Foundation
import SpiegelReport
import SpiegelTestSupport
import Testing

/// The printable forms of the bundled instruments, compared byte for byte with the reference
/// files in `Tests/Fixtures/golden/form-<instrument id>.html` and `.md`, rendered with the
/// repository's own `Templates/`.
///
/// After an intended change to a template or to ``FormView``, re-record them and review the
/// diff before committing:
///
///     SPIEGEL_RECORD_GOLDEN=1 swift test --filter FormGoldenTests
///
/// With `SPIEGEL_RECORD_GOLDEN=1` the test writes the files instead of comparing (and passes).
@Suite("Printable forms against their golden files")
struct FormGoldenTests {
    static let templates = try! ReportTemplates(folder: Fixtures.repository.appending(path: "Templates"))
    static let golden = Fixtures.fixture("golden")
    static let isRecording = ProcessInfo.processInfo.environment["SPIEGEL_RECORD_GOLDEN"] == "1"

    @Test("each bundled instrument's form, HTML and Markdown", arguments: Fixtures.bundledInstrumentNames, ["html", "md"])
    func form(name: String, format: String) throws {
        let instrument = try Fixtures.bundled(name)
        let rendered = try Self.templates.render(FormView(instrument), template: "form.\(format)")
        let file = Self.golden.appending(path: "form-\(instrument.id.rawValue).\(format)")
        if Self.isRecording {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: file)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: file.path), "\(file.path) is missing; record it with SPIEGEL_RECORD_GOLDEN=1")
        #expect(Data(rendered.utf8) == expected, "\(file.lastPathComponent) differs: \(Self.firstDifference(rendered, expected))")
    }

    /// The first line that differs, to make a failure readable without a diff tool.
    static func firstDifference(_ rendered: String, _ expected: Data) -> String {
        let new = rendered.components(separatedBy: "\n")
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(new.count, old.count) {
            let a = index < new.count ? new[index] : "(end of file)"
            let b = index < old.count ? old[index] : "(end of file)"
            if a != b { return "line \(index + 1): rendered '\(a)', golden '\(b)'" }
        }
        return "only in the bytes (line endings or encoding)"
    }
}
