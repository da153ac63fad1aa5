import SpiegelCore

extension ReportLanguage {
    /// Why `figure` has no value, in this language; nil when it has one.
    public func reason(_ figure: AgreementFigure) -> String? {
        switch figure {
        case .computed(let result): result.undefinedReason.map(words)
        case .notComputed(_, _, let reason): words(reason)
        }
    }

    /// Why a statistic is not computed for a selection or group, in this language.
    func words(_ reason: AgreementFigure.NotComputedReason) -> String {
        switch (reason, self) {
        case (.pairwiseStatistic, .nl): "maat voor twee beoordelaars: kies twee rollen of twee beoordelaars"
        case (.mixedScales(let scales), .nl):
            "de items gebruiken verschillende schalen (\(scales.map(\.rawValue).joined(separator: ", "))): geen gemeenschappelijke categorieën"
        case (_, .en): reason.description
        }
    }

    /// Why a statistic is undefined for these data, in this language.
    func words(_ reason: StatisticResult.UndefinedReason) -> String {
        guard self == .nl else { return reason.description }
        return switch reason {
        case .noRatings: "geen scores: er zijn geen gegevens, of elke waarde ontbreekt"
        case .tooFewRaters(let found): found == 1 ? "maar één beoordelaar" : "minder dan 2 beoordelaars (\(found) gevonden)"
        case .noPairedUnits: "geen eenheid werd door beide beoordelaars gescoord"
        case .noPairableValues: "geen eenheid heeft 2 of meer scores"
        case .tooFewCompleteTargets(let found): "minder dan 2 eenheden door elke beoordelaar gescoord (\(found) gevonden)"
        case .noVariance: "geen spreiding: alle waarden zijn gelijk"
        case .tooFewCategories(let found): "minder dan 2 categorieën (\(found) gevonden)"
        case .invalidCategories(.notFinite(let value)): "ongeldige lijst van categorieën: \(value) is geen eindig getal"
        case .invalidCategories(.listedTwice(let value)): "ongeldige lijst van categorieën: \(value) staat er twee keer in"
        case .valueOutsideCategories(let value): "de waarde \(value) is geen van de categorieën"
        case .negativeRatioValue(let value): "de ratiometriek vraagt waarden van 0 of meer (\(value) gevonden)"
        case .zeroDenominator(let formula): "de noemer \(formula) is 0"
        case .notFinite: "de berekening gaf geen eindig getal"
        }
    }
}

extension ReportLanguage {
    /// How an agreement report names its selection: `zelf vs supervisor`, `beoordelaar C07 vs
    /// beoordelaar S01`, `alle beoordelaars`.
    func selection(_ selection: AgreementSelection, in instrument: Instrument) -> String {
        switch selection.kind {
        case .roles(let first, let second): "\(roleName(first, in: instrument)) vs \(roleName(second, in: instrument))"
        case .raters(let first, let second): "\(text(.rater)) \(first) vs \(text(.rater)) \(second)"
        case .allRaters: text(.allRaters)
        }
    }

    /// A rater column as a report names it: `zelf`, `collega 2`, `S01`.
    func column(_ column: AgreementColumn, in instrument: Instrument) -> String {
        switch column {
        case .role(let role, let number): roleName(role, in: instrument) + (number.map { " \($0)" } ?? "")
        case .rater(let code): code.rawValue
        }
    }
}
