import Foundation
import SpiegelTestSupport
import Testing

/// `agreement` and `history` on a store with sessions of two instruments (the demo's).
@Suite("Commands across sessions choose the instrument the selection needs (end to end)")
struct SeveralInstrumentsTests {
    let folder: URL
    let environment: [String: String]

    init() throws {
        folder = try Fixtures.temporaryFolder()
        let demo = try SpiegelBinary.run(["demo", "--folder", "demo"], in: folder, environment: ["HOME": folder.path])
        #expect(demo.status == 0, "\(demo.stderr)")
        environment = ["HOME": folder.path, "SPIEGEL_STORE": folder.appending(path: "demo/demo.sqlite").path]
    }

    func spiegel(_ arguments: String...) throws -> SpiegelBinary.Run {
        try SpiegelBinary.run(arguments, in: folder, environment: environment)
    }

    @Test(
        "the one instrument whose sessions have the roles, raters or coach is taken",
        arguments: [
            (["agreement"], "Overeenstemming, zelf vs supervisor: Reflectie op coachgesprekken School2Care"),
            (["agreement", "--roles", "coachee,observer"], "Overeenstemming, gecoachte leerkracht vs observator: Kijkwijzer"),
            (["agreement", "--raters", "C07,S01"], "Overeenstemming, beoordelaar C07 vs beoordelaar S01: Reflectie"),
            (["history", "--coach", "C07"], "Ontwikkeling van coach C07: Reflectie op coachgesprekken School2Care"),
            (["history", "--coach", "L04"], "Ontwikkeling van leerkracht L04: Kijkwijzer krachtige leeromgeving"),
        ])
    func oneInstrumentFits(arguments: [String], heading: String) throws {
        let run = try SpiegelBinary.run(arguments, in: folder, environment: environment)
        #expect(run.status == 0 && run.stdout.hasPrefix(heading), "\(run.stdout)\(run.stderr)")
    }

    @Test("when several instruments fit, or none, the refusal lists each with its sessions")
    func severalFit() throws {
        let all = try spiegel("agreement", "--all-raters")
        #expect(all.status == 1 && all.stdout.isEmpty)
        #expect(
            all.stderr
                == "Error: the sessions use several instruments: kijkwijzer-krachtige-leeromgeving (1 session, 1 with two or more ratings); "
                + "school2care-reflectie (1 session, 1 with two or more ratings); choose one with --instrument ID\n")
        let nobody = try spiegel("history", "--coach", "X9")
        #expect(nobody.status == 1 && nobody.stderr.contains("school2care-reflectie (1 session, 0 with coach X9)"), "\(nobody.stderr)")
        #expect(try spiegel("agreement", "--all-raters", "--instrument", "school2care-reflectie").status == 0)
    }
}
