import Foundation
import SpiegelTestSupport
import Testing

/// compare on sessions without a self-rating and with yes/no and choice items, run with the
/// built binary: every pair of roles is compared, and differing answers are flagged.
@Suite("compare: every pair of roles, nominal items, the report's language (end to end)")
struct CompareRolesTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
    }

    @Test("a hospitation: the coached teacher against the observer, not 'no self-rating'")
    func hospitation() throws {
        try spiegel("session", "create", "kijkwijzer-krachtige-leeromgeving", "leerkracht=L04", "--use")
        try spiegel("score", "--rater", "L04", "--role", "coachee", "l1=3", "l2=4", "l3=2")
        try spiegel("score", "--rater", "L09", "--role", "observer", "l1=2", "l2=4", "l3=2")
        let run = try spiegel("compare")
        // coachee − observer: 1, 0, 0 → exact 2/3, within one 3/3, mean +1/3.
        #expect(run.stdout.contains("gecoachte leerkracht tegenover observator: 3 items; exact gelijk 66.7%,"), "\(run.stdout)")
        #expect(run.stdout.contains("gemiddeld verschil +0.33 (gecoachte leerkracht\n    scoort hoger)"))
        #expect(!run.stdout.contains("nothing to compare") && !run.stdout.contains("no self-rating"))
        let english = try spiegel("compare", "--lang", "en")
        #expect(english.stdout.contains("coachee vs observer: 3 items; exact 66.7%, within one 100.0%; mean difference"))
    }

    @Test("the observatielijst: ja against nee and sturend against coachend are flagged")
    func nominal() throws {
        try spiegel("session", "create", "observatielijst-coachingsgesprekken", "leerkracht=L04", "leerling=LL12", "--use")
        try spiegel("score", "--rater", "O01", "--role", "observer", "ll1=ja", "ll2=ja", "lk4=sturend")
        try spiegel("score", "--rater", "S01", "--role", "supervisor", "ll1=nee", "ll2=ja", "lk4=coachend")
        let run = try spiegel("compare")
        #expect(run.stdout.contains("2 van de 32 items te bespreken"), "\(run.stdout)")
        #expect(run.stdout.contains("!  Wordt er gebruik gemaakt van een agenda?"))
        #expect(run.stdout.contains("!  Is het een sturend of coachend gesprek?"))
        // Nominal items have exact agreement only, and the summary says why there is no more.
        #expect(run.stdout.contains("supervisor tegenover observator: ja/nee- en keuzevragen: 1 van de 3 gelijk\n"), "\(run.stdout)")
        #expect(run.stdout.contains("(alleen exact gelijk: ja/nee en keuzes hebben geen afstand"))
        #expect(!run.stdout.contains("hooguit één verschil 100.0%") && !run.stdout.contains("gemiddeld verschil 0.00"))
        #expect(!run.stdout.contains(" +1") && !run.stdout.contains(" -1"))
        let json = try spiegel("compare", "--format", "json").stdout
        #expect(json.contains("\"nominalCompared\" : 3") && json.contains("\"nominalSame\" : 1"), "\(json)")
        let report = try spiegel("report")
        let discuss = try #require(report.stdout.range(of: "Te bespreken\n  ! Wordt er gebruik gemaakt van een agenda?"))
        #expect(discuss.lowerBound < report.stdout.range(of: "Samenvatting")!.lowerBound)
    }
}
