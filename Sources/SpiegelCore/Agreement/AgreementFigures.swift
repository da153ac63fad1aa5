/// The figures of one agreement row, computed from its ratings matrix.
enum AgreementFigures {
    /// The ICC forms reported on section and total scores (Shrout & Fleiss 1979).
    static let scoreForms: [IntraclassCorrelation.Form] = [.icc1_1, .icc2_1, .icc3_1]

    /// The alpha metrics reported on items: ratio is left out, a rating scale has no true zero.
    static let alphaMetrics: [KrippendorffAlpha.Metric] = [.nominal, .ordinal, .interval]

    /// Which categories Cohen's kappa uses for a group of items.
    enum Categories: Sendable {
        /// The level values of the one scale all items use, in scale order.
        case levels([Double])
        /// The items use several scales.
        case mixed([ScaleID])
    }

    /// Percent agreement, Cohen's kappa and Krippendorff's alpha of the first two columns or all.
    static func items(_ matrix: RatingsMatrix, categories: Categories, pairwise: Bool) -> [AgreementFigure] {
        percentAgreement(matrix, pairwise: pairwise) + kappa(matrix, categories: categories, pairwise: pairwise)
            + KrippendorffAlpha.compute(matrix, metrics: alphaMetrics).map { .computed($0) }
    }

    /// ICC(1,1), ICC(2,1) and ICC(3,1) with the rows as targets and the columns as judges.
    static func scores(_ matrix: RatingsMatrix) -> [AgreementFigure] {
        IntraclassCorrelation.compute(matrix, forms: scoreForms).map { .computed($0) }
    }

    private static func percentAgreement(_ matrix: RatingsMatrix, pairwise: Bool) -> [AgreementFigure] {
        PercentAgreement.Criterion.allCases.map { criterion in
            guard pairwise else {
                return .notComputed(statistic: .percentAgreement, variant: criterion.rawValue, reason: .pairwiseStatistic)
            }
            return .computed(PercentAgreement.compute(matrix, criterion: criterion))
        }
    }

    private static func kappa(_ matrix: RatingsMatrix, categories: Categories, pairwise: Bool) -> [AgreementFigure] {
        let weightings = CohensKappa.Weighting.allCases
        guard pairwise else {
            return weightings.map { .notComputed(statistic: .cohensKappa, variant: $0.rawValue, reason: .pairwiseStatistic) }
        }
        switch categories {
        case .levels(let levels):
            return CohensKappa.compute(matrix, categories: levels, weightings: Array(weightings)).map { .computed($0) }
        case .mixed(let scales):
            return weightings.map { .notComputed(statistic: .cohensKappa, variant: $0.rawValue, reason: .mixedScales(scales)) }
        }
    }
}
