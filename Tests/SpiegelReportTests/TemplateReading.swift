import Foundation
import SpiegelReport

/// The tests render user templates with the files read as they are: the CLI's reader, which
/// refuses what is not a regular file, is tested end to end (InputPathTests).
extension ReportTemplates {
    func render(_ object: Any, templateFile file: URL, shownAs path: String) throws(TemplateError) -> String {
        try render(object, templateFile: file, shownAs: path) { url, shownAs throws(TemplateError) in
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw TemplateError(file: shownAs, reason: "cannot be read")
            }
            return [UInt8](data)
        }
    }

    /// A user's template given as bytes: written to a folder of its own and rendered from there.
    func render(_ object: Any, templateBytes bytes: [UInt8], shownAs path: String) throws(TemplateError) -> String {
        let folder = FileManager.default.temporaryDirectory.appending(path: "spiegel-template-\(UUID().uuidString)")
        let file = folder.appending(path: URL(fileURLWithPath: path).lastPathComponent)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        } catch {
            throw TemplateError(file: path, reason: "cannot be written for the test")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return try render(object, templateFile: file, shownAs: path)
    }
}
