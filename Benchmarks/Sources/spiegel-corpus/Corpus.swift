import SpiegelCore

/// A deterministic pseudo-random generator (SplitMix64): the same seed gives the same corpus
/// on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
}

/// A realistic School2Care research corpus: sessions with self, peer and supervisor ratings
/// (mostly 2s and 3s, some n.v.t., some raters missing) and timestamped evidence in Dutch.
struct Corpus {
    let instrument: Instrument
    var random: SplitMix64

    static let quotes = [
        "Dus als ik het goed begrijp, wil je eerst je stage afmaken?",
        "Wat wil jij vandaag bereiken met dit gesprek?",
        "Op een schaal van 1 tot 10, waar sta je nu?",
        "Hoe is het thuis deze week gegaan?",
        "Laat de leerling niet uitpraten en geeft meteen een oplossing",
        "Vat samen: we spreken af dat je morgen op tijd bent",
        "Geeft een compliment over de inzet bij de stage",
        "Vraagt door op het gevoel bij de ruzie in de klas",
        "Blijft rustig bij weerstand en herhaalt het argument van de leerling",
        "Sluit af zonder afspraak of vervolg",
    ]

    /// One session and its ratings, as a rater would send them in rating files.
    mutating func session(_ index: Int) -> [(rating: Rating, session: SessionDraft, digest: String)] {
        let coach = "C\(1 + index % 40)"
        // One jongere per coach and session index: two sessions never describe the same
        // conversation (coach, jongere, number, date), which the import would match as one.
        let jongere = "J\(1 + index / 40)"
        let day = 1 + random.below(28)
        let month = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6][random.below(10)]
        let date = "\(month >= 9 ? 2025 : 2026)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let duration = VideoTime(milliseconds: (20 + random.below(25)) * 60_000)
        let draft = SessionDraft(
            uuid: "corpus-session-\(index)", instrument: instrument,
            video: VideoReference(
                path: "/video/\(coach)/\(jongere)-\(index).mp4", size: Int64(200_000_000 + random.below(800_000_000)),
                fingerprint: "sha256:corpus-\(index)", duration: duration),
            header: [
                HeaderValue(field: "coach", value: coach), HeaderValue(field: "jongere", value: jongere),
                HeaderValue(field: "gesprek", value: String(1 + random.below(4))), HeaderValue(field: "datum-supervisie", value: date),
            ],
            date: date)
        let quality = instrument.items.map { _ in 1.6 + Double(random.below(140)) / 100 }  // the coach's true level per item
        var ratings: [(Rating, SessionDraft, String)] = []
        let raters: [(String, RoleID, Double)] = [
            (coach, "self", 0.95), ("C\(1 + (index + 7) % 40)", "peer", 0.85), ("S\(1 + index % 5)", "supervisor", 1.0),
        ]
        for (rater, role, presence) in raters where random.chance(presence) {
            let bias = role == "self" ? 0.25 : 0.0
            ratings.append(
                (
                    self.rating(rater: rater, role: role, quality: quality, bias: bias, duration: duration, index: index), draft,
                    "corpus-\(index)-\(role)"
                ))
        }
        return ratings
    }

    private mutating func rating(rater: String, role: RoleID, quality: [Double], bias: Double, duration: VideoTime, index: Int) -> Rating {
        var scores: [Score] = []
        for (item, level) in zip(instrument.items, quality) {
            if random.chance(0.04) {
                scores.append(Score(item: item.id, answer: .notApplicable("nvt")))
                continue
            }
            let noise = Double(random.below(100)) / 100 - 0.5
            scores.append(Score(item: item.id, answer: .level(min(3, max(1, Int((level + bias + noise).rounded()))))))
        }
        let evidence = (0..<(role == "supervisor" ? 3 + random.below(4) : random.below(3))).map { number in
            let item = instrument.items[random.below(instrument.items.count)]
            return Evidence(
                id: EvidenceID("corpus-\(index)-\(role)-\(number)"), start: VideoTime(milliseconds: random.below(duration.milliseconds)),
                item: item.id, indicator: item.indicators.isEmpty ? nil : item.indicators[random.below(item.indicators.count)].id,
                valence: [.strength, .workPoint, .neutral][random.below(3)], text: Self.quotes[random.below(Self.quotes.count)])
        }
        return Rating(rater: RaterCode(rater), role: role, scores: scores, evidence: evidence)
    }
}
