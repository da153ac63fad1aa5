import SpiegelCore
import SpiegelTestSupport
import Testing

/// The one check for evidence that `note`, `evidence edit` and `rating import` share.
@Suite("Evidence check")
struct EvidenceCheckTests {
    static let instrument: Instrument = try! Fixtures.bundled("school2care-reflectie.xml")
    static let recording = VideoTime(milliseconds: 25 * 60_000)

    static func evidence(start: Int = 130, end: Int? = nil, item: ItemID? = nil, indicator: IndicatorID? = nil, text: String = "x")
        -> Evidence
    {
        Evidence(
            id: "e1", start: VideoTime(milliseconds: start * 1000), end: end.map { VideoTime(milliseconds: $0 * 1000) }, item: item,
            indicator: indicator, text: text)
    }

    @Test(
        "refuses what cannot be saved, with the reason",
        arguments: [
            (evidence(start: 26 * 60), EvidenceError.pastEnd(VideoTime(milliseconds: 26 * 60_000), recording: recording)),
            (evidence(end: 26 * 60), .pastEnd(VideoTime(milliseconds: 26 * 60_000), recording: recording)),
            (
                evidence(start: 720, end: 660),
                .endNotAfterStart(start: VideoTime(milliseconds: 720_000), end: VideoTime(milliseconds: 660_000))
            ),
            (
                evidence(start: 720, end: 720),
                .endNotAfterStart(start: VideoTime(milliseconds: 720_000), end: VideoTime(milliseconds: 720_000))
            ),
            (evidence(item: "16"), .unknownItem("16", instrument: instrument.id)),
            (evidence(indicator: "1z"), .unknownIndicator("1z", instrument: instrument.id)),
            (evidence(item: "2", indicator: "1a"), .indicatorOfAnotherItem("1a", owner: "1", named: "2")),
            (evidence(text: " \n\t"), .noText),
        ])
    func refused(evidence: Evidence, expected: EvidenceError) {
        #expect(throws: expected) { try evidence.checked(against: Self.instrument, duration: Self.recording) }
    }

    @Test("an indicator names its item; an unknown recording length refuses no time")
    func accepted() throws {
        let checked = try Self.evidence(indicator: "2e").checked(against: Self.instrument, duration: Self.recording)
        #expect(checked.item == "2")
        #expect(
            Self.evidence(end: 26 * 60).timeProblem(within: Self.recording)
                == .pastEnd(VideoTime(milliseconds: 26 * 60_000), recording: Self.recording))
        #expect(Self.evidence(end: 25 * 60).timeProblem(within: Self.recording) == nil)
        #expect(try Self.evidence(start: 99_999).checked(against: Self.instrument, duration: nil).start.milliseconds == 99_999_000)
    }

    @Test("the reasons are worded for a person")
    func wording() {
        #expect(
            EvidenceError.pastEnd(VideoTime(milliseconds: 26 * 60_000), recording: Self.recording).description
                == "26:00 is past the end of the recording (25:00); expected a time from 00:00 to 25:00")
        #expect(
            EvidenceError.indicatorOfAnotherItem("1a", owner: "1", named: "2").description
                == "indicator '1a' belongs to item '1', not to item '2'")
    }
}
