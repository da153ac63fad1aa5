import Foundation
import SpiegelCore
import SpiegelTestSupport
import SpiegelXML

/// A realistic rating of a School2Care session, for the rating file tests: all 14 factors
/// scored (one n.v.t.), Dutch quotes with markup characters and a line break, citations, and
/// the hospitation feedback of two strong points and one work point.
enum RatingFileExample {
    static let instrument: Instrument = try! Fixtures.bundled("school2care-reflectie.xml")

    static let reader: RatingFileReader = {
        let schema = try! Fixtures.bytes(of: Fixtures.instruments.appending(path: "spiegel-rating.xsd"))
        return try! RatingFileReader(schemaContents: schema)
    }()

    static let exported = "2026-11-21T17:00:00.250Z"

    static let session = Session(
        id: SessionID(12), uuid: "5f0c6d1e-8a2b-4c3d-9e4f-a1b2c3d4e5f6", instrument: InstrumentReference(instrument),
        video: VideoReference(
            path: "/home/coach/Video's/gesprek 3 & afsluiting.mp4", size: 734_003_200,
            fingerprint: "sha256:9d3a5c0e7b1f2a4c6e8d0b2f4a6c8e0d2b4f6a8c0e2d4b6f8a0c2e4d6b8f0a2c",
            duration: VideoTime(milliseconds: 25 * 60_000)),
        header: [
            HeaderValue(field: "coach", value: "C07"),
            HeaderValue(field: "jongere", value: "J112"),
            HeaderValue(field: "doel", value: "Kennismaken & afspraken maken <eerste fase>"),
            HeaderValue(field: "gesprek", value: "3"),
            HeaderValue(field: "supervisor", value: "S01"),
        ],
        date: "2026-11-20")

    static let evidence = [
        Evidence(
            id: "0b6f2c1e-3d4a-4e5f-8a9b-0c1d2e3f4a5b", start: VideoTime(milliseconds: 754_500), end: VideoTime(milliseconds: 760_000),
            item: "1", indicator: "1c", valence: .strength,
            text: "Coach: \"Neem gerust je tijd.\" <stilte van 5 s> & daarna: 'Wat bedoel je precies?'"),
        Evidence(
            id: "1c7a3d2f-4e5b-4f6a-9bac-1d2e3f4a5b6c", start: VideoTime(milliseconds: 185_000), item: "1", valence: .neutral,
            text: "Jongere: \"Weet ik niet, ik heb er geen zin in.\"\nCoach knikt en wacht."),
        Evidence(
            id: "2d8b4e3a-5f6c-4a7b-8cbd-2e3f4a5b6c7d", start: VideoTime(milliseconds: 1_270_000), item: "6", indicator: "6b",
            valence: .workPoint, text: "\"Dat is niet jouw schuld hoor\" — ontziet de leerling (> 2 keer)."),
        Evidence(
            id: "3e9c5f4b-6a7d-4b8c-9dce-3f4a5b6c7d8e", start: VideoTime(milliseconds: 45_000), valence: .neutral,
            text: "Informele opening, veel gelach."),
    ]

    /// The typed answers of factors 1 to 14; factor 11 did not apply to this conversation.
    static let typed = ["3", "2", "3", "3", "2", "1", "2", "2", "2", "3", "nvt", "2", "1", "3"]

    static let rating = Rating(
        rater: "C07", role: "self",
        scores: typed.enumerated().map { index, value in
            let item = ItemID(String(index + 1))
            let answer: Answer = value == "nvt" ? .notApplicable("nvt") : .level(Int(value)!)
            let citations: [EvidenceID] =
                switch item {
                case "1": [evidence[0].id, evidence[1].id]
                case "6": [evidence[2].id]
                default: []
                }
            return Score(item: item, answer: answer, citations: citations)
        },
        feedback: FeedbackChoice(strengths: ["1", "4"], workPoints: ["6"]),
        evidence: evidence)

    static let file = RatingFile(session: session, rating: rating, exported: exported)

    static var xml: String { RatingFileWriter.xml(file) }

    static func read(_ text: String, source: String = "gesprek3-C07.xml") -> (file: RatingFile?, diagnostics: [Diagnostic]) {
        reader.read(Array(text.utf8), source: source)
    }
}
