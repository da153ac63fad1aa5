import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Bundled instruments")
struct BundledInstrumentTests {
    @Test("validates without a single diagnostic", arguments: Fixtures.bundledInstrumentNames)
    func validates(name: String) throws {
        let result = Fixtures.loader.load(try Fixtures.bytes(of: Fixtures.instruments.appending(path: name)), source: name)
        #expect(result.diagnostics == [])
        #expect(result.instrument != nil)
    }

    @Test("every bundled instrument carries a source and a version", arguments: Fixtures.bundledInstrumentNames)
    func carriesSourceAndVersion(name: String) throws {
        let instrument = try Fixtures.bundled(name)
        #expect(!instrument.sources.isEmpty)
        #expect(!instrument.version.isEmpty)
        #expect(instrument.id.rawValue + ".xml" == name)
    }

    @Test("School2Care: 3 sections, 14 factors, 55 indicators, verbatim from the form, in order")
    func school2careIsVerbatim() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let seed = try SeedForms.school2care()
        #expect(seed.map(\.factors.count) == [7, 5, 2])
        #expect(seed.flatMap(\.factors).map(\.indicators.count).reduce(0, +) == 55)
        #expect(instrument.sections.map(\.title.original) == seed.map(\.section))
        #expect(instrument.sections.map(\.number) == ["I", "II", "III"])
        let factors = instrument.items.map {
            SeedForms.Factor(number: $0.number ?? "", title: $0.prompt.original, indicators: $0.indicators.map(\.label.original))
        }
        #expect(factors == seed.flatMap(\.factors))
        #expect(instrument.indicators.count == 55)
        #expect(instrument.sections.map { $0.items.flatMap(\.indicators).count } == [28, 19, 8])
    }

    @Test("School2Care: scale 1–3 with the form's labels, n.v.t. aside, threshold 2")
    func school2careScale() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let scale = try #require(instrument.scale("drie"))
        #expect(scale.levels.map(\.value) == [1, 2, 3])
        #expect(scale.levels.map(\.label.original) == ["Verdient aandacht", "Acceptabel", "Goed"])
        #expect(scale.notApplicable.map(\.code) == ["nvt"])
        #expect(scale.effectiveDiscussionThreshold == 2)
        #expect(instrument.items.allSatisfy { $0.scaleID == "drie" })
    }

    @Test("School2Care: the six header fields, coach and jongere as research codes")
    func school2careHeader() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        #expect(
            instrument.headerFields.map(\.label.original) == [
                "Naam* coach", "Naam* jongere", "Doel gesprek", "Hoeveelste gesprek met deze jongere",
                "Naam supervisor", "Datum supervisie",
            ])
        #expect(instrument.headerFields.filter(\.isResearchCode).map(\.id) == ["coach", "jongere"])
        #expect(instrument.headerFields.map(\.kind) == [.code, .code, .text, .integer, .code, .date])
    }

    @Test("School2Care: the first-phase profile selects relationship building")
    func school2careProfile() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let profile = try #require(instrument.profile("eerste-fase"))
        #expect(instrument.items(in: profile) == ["1", "2", "3", "4", "5", "6", "7", "14"])
    }

    @Test("Observatielijst: 18 + 14 questions verbatim from Bijlage 11, one of them a choice")
    func observationListIsVerbatim() throws {
        let instrument = try Fixtures.bundled("observatielijst-coachingsgesprekken.xml")
        let seed = try SeedForms.observationList()
        #expect(seed.pupil.count == 18)
        #expect(seed.teacher.count == 14)
        #expect(instrument.sections.map(\.title.original) == ["Observatie leerling", "Observatie leerkracht"])
        #expect(instrument.sections[0].items.map(\.prompt.original) == seed.pupil)
        #expect(instrument.sections[1].items.map(\.prompt.original) == seed.teacher)
        let choices = instrument.items.filter { $0.kindName == "choice" }
        #expect(choices.map(\.prompt.original) == ["Is het een sturend of coachend gesprek?"])
        guard case .choice(let options, _) = choices.first?.kind else { return }
        #expect(options.map(\.label.original) == ["sturend", "coachend"])
        #expect(instrument.items.filter { $0.kindName == "check" }.count == 31)
    }

    @Test("Kijkwijzer krachtige leeromgeving: leerling / taak / klas on 4 points with n.v.t., an example")
    func powerfulLearningEnvironment() throws {
        let instrument = try Fixtures.bundled("kijkwijzer-krachtige-leeromgeving.xml")
        #expect(instrument.status == .example)
        #expect(instrument.sections.map(\.id) == ["leerling", "taak", "klas"])
        let scales = Set(instrument.items.compactMap(\.scaleID)).compactMap { instrument.scale($0) }
        #expect(scales.count == 1)
        #expect(scales.first?.levels.count == 4)
        #expect(scales.first?.allowsNotApplicable == true)
        #expect(instrument.feedback == FeedbackRule(strengths: 2, workPoints: 1))
    }

    @Test("Kijkwijzer vlekjesmethode: rood / oranje / groen, an example")
    func vlekjesmethode() throws {
        let instrument = try Fixtures.bundled("kijkwijzer-vlekjesmethode.xml")
        #expect(instrument.status == .example)
        let scales = Set(instrument.items.compactMap(\.scaleID)).compactMap { instrument.scale($0) }
        #expect(scales.count == 1)
        #expect(scales.first?.levels.map(\.code) == ["rood", "oranje", "groen"])
        #expect(scales.first?.levels.map(\.value) == [1, 2, 3])
    }
}
