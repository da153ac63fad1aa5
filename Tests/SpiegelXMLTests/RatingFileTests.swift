import Foundation
import SpiegelCore
import SpiegelTestSupport
import SpiegelXML
import Testing

/// Rating files: one rater's rating of one session, written, read back, and checked against
/// the instrument.
@Suite("Rating files")
struct RatingFileTests {
    typealias Example = RatingFileExample

    @Test("writing and reading back gives the same value, with no diagnostics")
    func roundTrip() throws {
        let result = Example.read(Example.xml)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.file == Example.file)
    }

    @Test("the same value gives the same bytes, also after a round trip")
    func deterministic() throws {
        let first = RatingFileWriter.xml(Example.file)
        #expect(first == RatingFileWriter.xml(Example.file))
        let reread = try #require(Example.read(first).file)
        #expect(RatingFileWriter.xml(reread) == first)
    }

    @Test("markup characters are escaped in text and attributes")
    func escaping() {
        let xml = Example.xml
        #expect(xml.contains("&lt;stilte van 5 s&gt; &amp; daarna: &apos;Wat bedoel je precies?&apos;"))
        #expect(xml.contains("&quot;Neem gerust je tijd.&quot;"))
        #expect(xml.contains(#"path="/home/coach/Video&apos;s/gesprek 3 &amp; afsluiting.mp4""#))
        #expect(xml.contains(#"<evidence id="0b6f2c1e-3d4a-4e5f-8a9b-0c1d2e3f4a5b" start="12:34.500" end="12:40" item="1" indicator="1c""#))
        #expect(xml.contains(#"<score item="11">nvt</score>"#))
    }

    @Test("carriage returns, tabs and line feeds survive; characters XML 1.0 cannot carry are left out")
    func awkwardCharacters() throws {
        var file = Example.file
        file.evidence[1].text = "regel 1\r\nregel 2\tmet tab\u{1}\u{FFFE} en 🙂"
        file.session.video?.path = "map\nmet\tregel\r\nafbreking"
        let read = try #require(Example.read(RatingFileWriter.xml(file)).file)
        #expect(read.evidence[1].text == "regel 1\r\nregel 2\tmet tab en 🙂")
        #expect(read.session.video?.path == "map\nmet\tregel\r\nafbreking")
    }

    @Test("a minimal file: no video, no scores, no feedback, no evidence")
    func minimal() throws {
        var session = Example.session
        session.video = nil
        session.header = []
        let file = RatingFile(session: session, rating: Rating(rater: "S01", role: "supervisor"), exported: "2026-11-21T17:00:00Z")
        let result = Example.read(RatingFileWriter.xml(file))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.file == file)
        #expect(try file.rating(in: Example.instrument) == Rating(rater: "S01", role: "supervisor"))
    }

    @Test("a citation of evidence the rating no longer holds is not written, so the file reads back")
    func danglingCitation() throws {
        var rating = Example.rating
        rating.evidence.removeFirst()
        let file = RatingFile(session: Example.session, rating: rating, exported: Example.exported)
        #expect(file.scores.first { $0.item == "1" }?.citations == [Example.evidence[1].id])
        let result = Example.read(RatingFileWriter.xml(file))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try result.file?.rating(in: Example.instrument).evidence == rating.evidence)
    }

    @Test("the file gives back the rating it was made from, every score parsed against the instrument")
    func ratingFromFile() throws {
        let file = try #require(Example.read(Example.xml).file)
        #expect(file.scores.count == 14)
        #expect(try file.rating(in: Example.instrument) == Example.rating)
        let rating = try file.rating(in: Example.instrument)
        #expect(rating.answer(for: "11") == .notApplicable("nvt"))
        #expect(rating.answer(for: "6") == .level(1))
        #expect(rating.feedback == FeedbackChoice(strengths: ["1", "4"], workPoints: ["6"]))
    }

    @Test("the session descriptor makes the draft an import creates or matches")
    func draft() {
        let draft = Example.file.session.draft(with: Example.instrument)
        #expect(draft.uuid == Example.session.uuid)
        #expect(draft.header == Example.session.header)
        #expect(draft.video == Example.session.video)
        #expect(draft.date == "2026-11-20")
    }

    // MARK: Refused files

    /// A change to the written file, the diagnostic it must give, and where: at `at`, a
    /// substring of the replacement (nil: only the line of the replacement is checked).
    struct Damage: Sendable, CustomTestStringConvertible {
        var name: String
        var original: String
        var replacement: String
        var message: String
        var at: String?
        var testDescription: String { name }
    }

    static let damages = [
        Damage(
            name: "malformed", original: "  </scores>", replacement: "  </score>",
            message: "does not close <scores> opened on line 13; correct the end tag", at: nil),
        Damage(
            name: "unknown element", original: "  <scores>", replacement: "  <scores>\n    <frobnicate/>",
            message: "<frobnicate> is not allowed here; expected <score>", at: "<frobnicate"),
        Damage(
            name: "missing attribute", original: #"<rater code="C07" role="self"/>"#, replacement: #"<rater code="C07"/>"#,
            message: "<rater> needs the attribute 'role'; add it", at: "<rater"),
        Damage(
            name: "bad time", original: #"start="12:34.500""#, replacement: #"start="12:75""#,
            message: "start of <evidence>: '12:75' is not a time: '75' is more than 59", at: "start"),
        Damage(
            name: "end before start", original: #"end="12:40""#, replacement: #"end="12:30""#,
            message: "the end 12:30 is not after the start 12:34.500", at: "end"),
        Damage(
            name: "bad hash", original: #"hash="sha256:"#, replacement: #"hash="sha256:AB"#,
            message: "is not 'sha256:' followed by 64 lowercase hexadecimal digits", at: "hash"),
        Damage(
            name: "DOCTYPE", original: "<rating ", replacement: "<!DOCTYPE rating [<!ENTITY x \"y\">]>\n<rating ",
            message: "a DOCTYPE or other markup declaration is not allowed", at: "<!DOCTYPE"),
        Damage(
            name: "item scored twice", original: #"<score item="2">"#, replacement: #"<score item="1">"#,
            message: "item 1 is given twice, as '3' and as '2': give it once", at: "<score"),
        Damage(
            name: "header field twice", original: #"<field id="doel">"#, replacement: #"<field id="jongere">"#,
            message: "header field 'jongere' is given twice: give it once", at: "<field"),
        Damage(
            name: "evidence id twice", original: #"id="1c7a3d2f-4e5b-4f6a-9bac-1d2e3f4a5b6c""#,
            replacement: #"id="0b6f2c1e-3d4a-4e5f-8a9b-0c1d2e3f4a5b""#,
            message: "evidence id '0b6f2c1e-3d4a-4e5f-8a9b-0c1d2e3f4a5b' is given twice: give each piece of evidence its own id",
            at: nil),
        Damage(
            name: "no such day", original: #"date="2026-11-20""#, replacement: #"date="0000-01-01""#,
            message: "the session date '0000-01-01' is not a day as yyyy-mm-dd from 1900-01-01 to 2199-12-31", at: "date"),
        Damage(
            name: "no length", original: #"duration="25:00""#, replacement: #"duration="0""#,
            message: "duration of <video>: a recording's duration must be more than 00:00", at: "duration"),
        Damage(
            name: "strong point twice", original: #"<strength item="4"/>"#, replacement: #"<strength item="1"/>"#,
            message: "item 1 is given twice as a strong point: give it once", at: "<strength"),
        Damage(
            name: "strong and work point", original: #"<work-point item="6"/>"#, replacement: #"<work-point item="4"/>"#,
            message: "item 4 cannot be a strong point and a work point at once", at: "<work-point"),
        Damage(
            name: "another format", original: #"format="1""#, replacement: #"format="2""#,
            message: "this rating file is in format '2'; this version of Spiegel reads format 1", at: "format"),
    ]

    @Test("a damaged file is refused with one located diagnostic", arguments: damages)
    func refused(_ damage: Damage) throws {
        let original = Example.xml
        let range = try #require(original.range(of: damage.original), "'\(damage.original)' is not in the file")
        let damaged = original.replacingCharacters(in: range, with: damage.replacement)
        let result = Example.read(damaged, source: "damaged.xml")
        #expect(result.file == nil)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains(damage.message), "\(diagnostic)")
        let location = try #require(diagnostic.location)
        #expect(location.file == "damaged.xml")
        let expected = Self.position(of: damage.at ?? "", inReplacementAt: range.lowerBound, in: damaged)
        #expect(location.line == expected.line, "\(diagnostic)")
        if damage.at != nil { #expect(location.column == expected.column, "\(diagnostic)") }
    }

    /// The 1-based line and column of `marker`, searched from where the replacement starts.
    static func position(of marker: String, inReplacementAt start: String.Index, in text: String) -> (line: Int, column: Int) {
        let from = text.range(of: marker, range: start..<text.endIndex)?.lowerBound ?? start
        let before = text[..<from]
        let line = before.count(where: { $0 == "\n" }) + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: from) + 1
        return (line, column)
    }

    // MARK: Ratings the instrument refuses

    /// A change to the rating file's value and the error `rating(in:)` must give for it.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var message: String
        var change: @Sendable (inout RatingFile) -> Void
        var testDescription: String { name }
    }

    static let mistakes = [
        Mistake(name: "unknown item", message: "score: item '99' is not in school2care-reflectie 1.0") {
            $0.scores.append(TypedScore(item: "99", typed: "2"))
        },
        Mistake(name: "off the scale", message: "'4' is not on the scale of item '2': expected one of 1, 2, 3, or nvt") {
            $0.scores[1].typed = "4"
        },
        Mistake(name: "indicator of another item", message: "indicator '6b' belongs to item '6', not to item '1'") {
            $0.evidence[0].indicator = "6b"
        },
        Mistake(name: "citation of missing evidence", message: "cites evidence 'e-weg', which is not in the file") {
            $0.scores[0].citations.append("e-weg")
        },
        Mistake(name: "unknown indicator", message: "'6z' is not an indicator of school2care-reflectie") {
            $0.evidence[2].indicator = "6z"
        },
        Mistake(name: "unknown role", message: "role 'coachee' is not a role of school2care-reflectie") { $0.role = "coachee" },
        Mistake(name: "another instrument", message: "was rated with school2care-reflectie 1.0 (000000000000)") {
            $0.instrument.hash = ContentHash(hex: String(repeating: "0", count: 64))
        },
        Mistake(name: "unknown feedback item", message: "work point '15' is not an item of school2care-reflectie") {
            $0.feedback.workPoints = ["15"]
        },
        Mistake(name: "too many strong points", message: "the instrument asks for 2 strong points at most; adding 1, 4, 7 would make 3") {
            $0.feedback.strengths.append("7")
        },
    ]

    @Test("rating(in:) refuses what the instrument does not allow, naming it", arguments: mistakes)
    func ratingRefused(_ mistake: Mistake) {
        var file = Example.file
        mistake.change(&file)
        #expect {
            try file.rating(in: Example.instrument)
        } throws: { error in
            (error as? AnswerError)?.description.contains(mistake.message) == true
        }
    }
}
