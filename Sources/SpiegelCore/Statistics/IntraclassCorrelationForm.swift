extension IntraclassCorrelation {
    /// The six Shrout & Fleiss (1979) intraclass correlations, with their McGraw & Wong (1996) names.
    ///
    /// With BMS, WMS, JMS, EMS from ``TwoWayANOVA``, n targets and k judges:
    ///
    /// | Shrout & Fleiss | McGraw & Wong | model | formula |
    /// |---|---|---|---|
    /// | ICC(1,1) | ICC(1)   | one-way random, absolute agreement, single rater | (BMS − WMS) / (BMS + (k−1)WMS) |
    /// | ICC(2,1) | ICC(A,1) | two-way random, absolute agreement, single rater | (BMS − EMS) / (BMS + (k−1)EMS + k(JMS − EMS)/n) |
    /// | ICC(3,1) | ICC(C,1) | two-way mixed, consistency, single rater | (BMS − EMS) / (BMS + (k−1)EMS) |
    /// | ICC(1,k) | ICC(k)   | one-way random, absolute agreement, mean of k raters | (BMS − WMS) / BMS |
    /// | ICC(2,k) | ICC(A,k) | two-way random, absolute agreement, mean of k raters | (BMS − EMS) / (BMS + (JMS − EMS)/n) |
    /// | ICC(3,k) | ICC(C,k) | two-way mixed, consistency, mean of k raters | (BMS − EMS) / BMS |
    ///
    /// The raw value is the Shrout & Fleiss name (used as the result's `variant`); "k" stays
    /// literal there, whatever the number of judges.
    public enum Form: String, Sendable, Hashable, CaseIterable {
        /// ICC(1,1) — McGraw & Wong ICC(1): one-way random effects, single rater.
        case icc1_1 = "ICC(1,1)"
        /// ICC(2,1) — McGraw & Wong ICC(A,1): two-way random effects, absolute agreement, single rater.
        case icc2_1 = "ICC(2,1)"
        /// ICC(3,1) — McGraw & Wong ICC(C,1): two-way mixed effects, consistency, single rater.
        case icc3_1 = "ICC(3,1)"
        /// ICC(1,k) — McGraw & Wong ICC(k): one-way random effects, mean of k raters.
        case icc1_k = "ICC(1,k)"
        /// ICC(2,k) — McGraw & Wong ICC(A,k): two-way random effects, absolute agreement, mean of k raters.
        case icc2_k = "ICC(2,k)"
        /// ICC(3,k) — McGraw & Wong ICC(C,k): two-way mixed effects, consistency, mean of k raters.
        case icc3_k = "ICC(3,k)"

        /// The McGraw & Wong (1996) name, e.g. "ICC(A,1)" for ICC(2,1).
        public var mcGrawWongName: String {
            switch self {
            case .icc1_1: "ICC(1)"
            case .icc2_1: "ICC(A,1)"
            case .icc3_1: "ICC(C,1)"
            case .icc1_k: "ICC(k)"
            case .icc2_k: "ICC(A,k)"
            case .icc3_k: "ICC(C,k)"
            }
        }

        /// The model in words, e.g. "two-way random effects, absolute agreement, single rater".
        public var modelDescription: String {
            switch self {
            case .icc1_1: "one-way random effects, absolute agreement, single rater"
            case .icc2_1: "two-way random effects, absolute agreement, single rater"
            case .icc3_1: "two-way mixed effects, consistency, single rater"
            case .icc1_k: "one-way random effects, absolute agreement, mean of k raters"
            case .icc2_k: "two-way random effects, absolute agreement, mean of k raters"
            case .icc3_k: "two-way mixed effects, consistency, mean of k raters"
            }
        }

        /// The formula's numerator, denominator, and the denominator written out.
        func terms(_ anova: TwoWayANOVA) -> (numerator: Double, denominator: Double, formula: String) {
            let (b, w, j, e) = (
                anova.betweenTargetsMeanSquare, anova.withinTargetsMeanSquare,
                anova.betweenJudgesMeanSquare, anova.residualMeanSquare
            )
            let (n, k) = (Double(anova.targets), Double(anova.judges))
            switch self {
            case .icc1_1: return (b - w, b + (k - 1) * w, "BMS + (k−1)·WMS")
            case .icc2_1: return (b - e, b + (k - 1) * e + k * (j - e) / n, "BMS + (k−1)·EMS + k·(JMS−EMS)/n")
            case .icc3_1: return (b - e, b + (k - 1) * e, "BMS + (k−1)·EMS")
            case .icc1_k: return (b - w, b, "BMS")
            case .icc2_k: return (b - e, b + (j - e) / n, "BMS + (JMS−EMS)/n")
            case .icc3_k: return (b - e, b, "BMS")
            }
        }
    }
}
