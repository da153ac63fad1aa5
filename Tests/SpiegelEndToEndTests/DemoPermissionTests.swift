import Foundation
import SpiegelTestSupport
import Testing

@Suite("spiegel demo under a permissive umask (end to end)")
struct DemoPermissionTests {
    /// Runs `spiegel demo ARGUMENTS` from a shell whose umask is 000.
    func demo(_ arguments: String, environment: [String: String]) throws -> SpiegelBinary.Run {
        try SpiegelBinary.run(
            ["-c", "umask 000; exec \"$0\" demo \(arguments)", SpiegelBinary.url.path], environment: environment,
            executable: URL(fileURLWithPath: "/bin/sh"))
    }

    /// Every file and folder under `folder` (itself included) whose mode lets anyone but the owner in.
    func openToOthers(_ folder: URL) throws -> [String] {
        var paths = [folder.path]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String { paths.append(folder.appending(path: relative).path) }
        return try paths.filter { path in
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? 0o777
            return mode & 0o077 != 0
        }
    }

    @Test("the workspace a new --folder names is readable by its owner only, whatever the umask")
    func namedFolder() throws {
        let home = try Fixtures.temporaryFolder()
        let folder = home.appending(path: "werkplaats/demo")
        let run = try demo("--folder \(folder.path)", environment: ["HOME": home.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try openToOthers(home.appending(path: "werkplaats")) == [])
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "video/gesprek-3.wav").path))
    }

    @Test("the default temporary workspace is readable by its owner only, whatever the umask")
    func temporaryFolder() throws {
        let temporary = try Fixtures.temporaryFolder()
        let run = try demo("", environment: ["HOME": temporary.path, "TMPDIR": temporary.path])
        #expect(run.status == 0, "\(run.stderr)")
        let workspaces = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("spiegel-demo-") }
        #expect(workspaces.count == 1)
        for workspace in workspaces { #expect(try openToOthers(temporary.appending(path: workspace)) == []) }
    }
}
