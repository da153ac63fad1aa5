/// The figures of one agreement row, computed from its ratings.
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
    static func items(_ ratings: CodedRatings, categories: Categories, pairwise: Bool) -> [AgreementFigure] {
        percentAgreement(ratings, pairwise: pairwise) + kappa(ratings, categories: categories, pairwise: pairwise)
            + KrippendorffAlpha.compute(ratings, metrics: alphaMetrics).map { .computed($0) }
    }

    /// ICC(1,1), ICC(2,1) and ICC(3,1) with the rows as targets and the columns as judges.
    static func scores(_ matrix: RatingsMatrix) -> [AgreementFigure] {
        IntraclassCorrelation.compute(matrix, forms: scoreForms).map { .computed($0) }
    }

    private static func percentAgreement(_ ratings: CodedRatings, pairwise: Bool) -> [AgreementFigure] {
        let criteria = Array(PercentAgreement.Criterion.allCases)
        guard pairwise else {
            return criteria.map { .notComputed(statistic: .percentAgreement, variant: $0.rawValue, reason: .pairwiseStatistic) }
        }
        return PercentAgreement.compute(ratings, criteria: criteria, raterA: 0, raterB: 1).map { .computed($0) }
    }

    private static func kappa(_ ratings: CodedRatings, categories: Categories, pairwise: Bool) -> [AgreementFigure] {
        let weightings = CohensKappa.Weighting.allCases
        guard pairwise else {
            return weightings.map { .notComputed(statistic: .cohensKappa, variant: $0.rawValue, reason: .pairwiseStatistic) }
        }
        switch categories {
        case .levels(let levels):
            return CohensKappa.compute(ratings, categories: levels, weightings: Array(weightings), raterA: 0, raterB: 1).map {
                .computed($0)
            }
        case .mixed(let scales):
            return weightings.map { .notComputed(statistic: .cohensKappa, variant: $0.rawValue, reason: .mixedScales(scales)) }
        }
    }
}
