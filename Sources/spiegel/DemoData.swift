import Foundation
import SpiegelCore
import SpiegelStore

/// The demo's sessions, written through the store as the commands would: a School2Care
/// coaching conversation scored by the coach, a peer and the supervisor, with timestamped
/// evidence; and a lesson visit (hospitation) scored with a kijkwijzer by the teacher and
/// the visiting colleague.
enum DemoData {
    /// Session 1: coach C07 with jongere J112, their third conversation.
    static func conversation(in store: SQLiteStore, instrument: Instrument, video: URL) throws -> SessionID {
        let header = try HeaderValues.check(
            [
                ("coach", "C07"), ("jongere", "J112"), ("gesprek", "3"), ("doel", "Afspraken over de stage"), ("supervisor", "S01"),
                ("datum-supervisie", "2026-11-19"),
            ], against: instrument)
        let recording = VideoReference(
            path: video.path, size: Int64((try? video.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0), fingerprint: "demo",
            duration: VideoTime(milliseconds: 12 * 60_000))
        let session = try store.createSession(SessionDraft(instrument: instrument, video: recording, header: header, date: "2026-11-18"))
        try rate(
            store, session.id, "C07", "self", "1=3 2=3 3=2 4=3 5=2 6=2 7=3 8=2 9=2 10=3 11=nvt 12=3 13=2 14=2",
            strengths: ["1", "4"], workPoints: ["6"], instrument: instrument,
            evidence: [
                ("3:50", nil, "6d", .workPoint, "Hier had ik moeten doorvragen toen hij zei dat zijn begeleider niet luistert."),
                ("8:35", nil, "10b", .strength, "Ik heb met hem afgesproken dat hij morgen zelf zijn begeleider belt."),
            ])
        try rate(
            store, session.id, "S01", "supervisor", "1=3 2=2 3=2 4=3 5=2 6=1 7=3 8=2 9=2 10=1 11=nvt 12=2 13=2 14=3",
            strengths: ["1", "14"], workPoints: ["6"], instrument: instrument,
            evidence: [
                (
                    "0:45", nil, "14a", .strength,
                    "Fijn dat je er bent. We hebben een half uur; zullen we eerst kijken hoe het met je stage gaat?"
                ),
                ("2:10", nil, "1b", .strength, "Kijkt de jongere aan, knikt en laat stiltes vallen."),
                (
                    "3:40", "4:10", "6d", .workPoint,
                    "Laat het onderwerp schieten als de jongere zegt dat de stagebegeleider \"toch niet luistert\"."
                ),
                ("6:05", nil, "1d", .strength, "Dus als ik het goed begrijp, wil je eerst je stage afmaken en daarna verder kijken?"),
                ("8:30", nil, "10b", .workPoint, "Geeft zelf de oplossing: \"Dan bel jij morgen je begeleider.\" De jongere knikt alleen."),
                (
                    "11:15", nil, "14c", .strength,
                    "Sluit af met een concrete afspraak en vraagt wat de jongere aan het gesprek heeft gehad."
                ),
            ])
        try rate(
            store, session.id, "C21", "peer", "1=3 2=2 3=3 4=2 5=2 6=2 7=3 8=3 9=2 10=2 11=2 12=2 13=3 14=2", strengths: [],
            workPoints: [], instrument: instrument,
            evidence: [("5:20", nil, "2a", .strength, "Vraagt naar thuis en vrienden, niet alleen naar school.")])
        return session.id
    }

    /// Session 2: teacher L04 visited by colleague L09 during a maths lesson.
    static func hospitation(in store: SQLiteStore, instrument: Instrument) throws -> SessionID {
        let header = try HeaderValues.check(
            [("leerkracht", "L04"), ("observator", "L09"), ("klas", "2B"), ("vak", "wiskunde"), ("datum", "2026-11-12")],
            against: instrument)
        let session = try store.createSession(SessionDraft(instrument: instrument, video: nil, header: header, date: "2026-11-12"))
        try rate(
            store, session.id, "L04", "coachee",
            "l1=3 l2=4 l3=3 l4=2 l5=3 l6=3 l7=2 t1=4 t2=3 t3=3 t4=3 t5=2 t6=3 t7=2 k1=4 k2=3 k3=3 k4=2 k5=3 k6=3",
            strengths: ["l2", "t1"], workPoints: ["l4"], instrument: instrument, evidence: [])
        try rate(
            store, session.id, "L09", "observer",
            "l1=3 l2=4 l3=2 l4=2 l5=3 l6=4 l7=1 t1=3 t2=3 t3=2 t4=3 t5=3 t6=3 t7=1 k1=4 k2=3 k3=4 k4=2 k5=3 k6=nvt",
            strengths: ["l6", "k1"], workPoints: ["l7"], instrument: instrument,
            evidence: [
                ("4:00", nil, "l6", .strength, "\"Hoe heb je dat aangepakt?\" vraagt ze bij elke oplossing op het bord."),
                ("21:30", nil, "t7", .workPoint, "De les stopt bij de bel; niemand kijkt terug naar het lesdoel."),
            ])
        return session.id
    }

    /// One rater's scores (`ITEM=VALUE …`), explicit feedback and evidence (start, end, item or indicator, valence, text).
    private static func rate(
        _ store: SQLiteStore, _ session: SessionID, _ rater: RaterCode, _ role: RoleID, _ typed: String, strengths: [ItemID],
        workPoints: [ItemID], instrument: Instrument, evidence: [(String, String?, String, Valence, String)]
    ) throws {
        let slot = RaterSlot(session: session, rater: rater, role: role)
        let scores = try typed.split(separator: " ").map { pair -> Score in
            let parts = pair.split(separator: "=").map(String.init)
            guard let item = instrument.item(ItemID(parts[0])) else { throw CLIError("demo data: no item \(parts[0])") }
            return Score(item: item.id, answer: try Answer(parsing: parts[1], for: item, in: instrument))
        }
        let feedback = strengths.isEmpty && workPoints.isEmpty ? nil : FeedbackChoice(strengths: strengths, workPoints: workPoints)
        _ = try store.record(scores, feedback: feedback, for: slot, origin: "demo")
        for (start, end, target, valence, text) in evidence {
            let indicator = instrument.indicators.first { $0.id.rawValue == target }
            let item = indicator.flatMap { found in instrument.items.first { $0.indicators.contains(found) } }?.id ?? ItemID(target)
            _ = try store.addEvidence(
                Evidence(
                    id: EvidenceID(UUID().uuidString.lowercased()), start: try VideoTime(parsing: start),
                    end: try end.map { try VideoTime(parsing: $0) },
                    item: item, indicator: indicator?.id, valence: valence, text: text), to: slot)
        }
    }
}
