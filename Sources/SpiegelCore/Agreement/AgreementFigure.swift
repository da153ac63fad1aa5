/// One figure of an agreement row: a computed statistic, or one that does not apply to the selection.
///
/// ``computed(_:)`` carries the ``StatisticResult`` as the statistics code returned it (a value,
/// or undefined for these data). ``notComputed(statistic:variant:reason:)`` marks a statistic
/// the report cannot compute for this selection or group at all — Cohen's kappa for all
/// raters, or for items on different scales — with a reason a person can read.
public enum AgreementFigure: Hashable, Sendable {
    case computed(StatisticResult)
    case notComputed(statistic: AgreementStatistic, variant: String, reason: NotComputedReason)

    /// Why a statistic is not computed for a selection or a group of items.
    public enum NotComputedReason: Hashable, Sendable, CustomStringConvertible {
        /// Percent agreement and Cohen's kappa compare two raters, not all raters.
        case pairwiseStatistic
        /// Cohen's kappa needs one category list, and the pooled items use these scales.
        case mixedScales([ScaleID])

        public var description: String {
            switch self {
            case .pairwiseStatistic: "pairwise statistic: choose two roles or two raters"
            case .mixedScales(let scales):
                "the items use different scales (\(scales.map(\.rawValue).joined(separator: ", "))): no common categories"
            }
        }
    }

    /// The statistic, e.g. Cohen's kappa.
    public var statistic: AgreementStatistic {
        switch self {
        case .computed(let result): result.statistic
        case .notComputed(let statistic, _, _): statistic
        }
    }

    /// The variant, e.g. `quadratic`, `ordinal`, `ICC(2,1)`.
    public var variant: String {
        switch self {
        case .computed(let result): result.variant
        case .notComputed(_, let variant, _): variant
        }
    }

    /// The result when computed.
    public var result: StatisticResult? {
        if case .computed(let result) = self { return result }
        return nil
    }

    /// The value, or nil when undefined or not computed.
    public var value: Double? { result?.value }

    /// The sample size (see ``StatisticResult/countKind``); 0 when not computed.
    public var n: Int { result?.n ?? 0 }

    /// Why there is no value, in words; nil when there is one.
    public var reason: String? {
        switch self {
        case .computed(let result): result.undefinedReason?.description
        case .notComputed(_, _, let reason): reason.description
        }
    }
}
