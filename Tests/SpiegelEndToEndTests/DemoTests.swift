import Foundation
import SpiegelTestSupport
import Testing

@Suite("spiegel demo (end to end)")
struct DemoTests {
    @Test("builds its own workspace, prints the comparison and writes the HTML reports")
    func demo() throws {
        let home = try Fixtures.temporaryFolder()
        let folder = home.appending(path: "werkplaats")
        let run = try SpiegelBinary.run(["demo", "--folder", folder.path], environment: ["HOME": home.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Reflectie op coachgesprekken School2Care (school2care-reflectie 1.0)\n"))
        #expect(run.stdout.contains("beoordelaars: zelf = C07, sup = supervisor S01, coll = collega C21"))
        #expect(run.stdout.contains("1 van de 14 items te bespreken"))
        #expect(run.stdout.contains("HTML report  \(folder.path)/report-coachgesprek.html"))
        let html = try String(contentsOf: folder.appending(path: "report-coachgesprek.html"), encoding: .utf8)
        #expect(html.contains("<video id=\"video\" controls preload=\"metadata\" src=\"video/gesprek-3.wav\">"))
        #expect(html.contains("data-seek=\"220.0\""))
        #expect(!html.contains("Afspraken over de stage"), "the free-text goal may hold names and stays out of reports")
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "report-hospitatie.html").path))
        // The user's own store is not touched.
        #expect(!FileManager.default.fileExists(atPath: home.appending(path: ".local/share/spiegel/spiegel.sqlite").path))
        // A folder that is not empty is refused.
        let again = try SpiegelBinary.run(["demo", "--folder", folder.path], environment: ["HOME": home.path])
        #expect(again.status != 0)
        #expect(again.stderr.contains("is not empty; the demo needs an empty or new folder"))
    }
}
