/// Which agreement or reliability coefficient a ``StatisticResult`` reports.
public enum AgreementStatistic: String, Sendable, Hashable, CaseIterable {
    /// Proportion of units on which two raters agree (``PercentAgreement``).
    case percentAgreement = "percent agreement"
    /// Cohen's kappa for two raters (``CohensKappa``).
    case cohensKappa = "Cohen's kappa"
    /// Krippendorff's alpha for any number of raters (``KrippendorffAlpha``).
    case krippendorffAlpha = "Krippendorff's alpha"
    /// Shrout & Fleiss intraclass correlation (``IntraclassCorrelation``).
    case intraclassCorrelation = "intraclass correlation"
}

/// The outcome of one agreement statistic: a finite value, or *undefined* with a reason.
///
/// Every statistic in this folder returns this type. It never carries NaN or infinity:
/// a computation that cannot give a finite number returns ``Outcome/undefined(_:)``
/// with a ``UndefinedReason`` a person can read.
///
/// `n` is the sample size the statistic was computed on; ``countKind`` says what was counted:
/// - percent agreement and Cohen's kappa: units rated by both raters (``CountKind/units``);
/// - Krippendorff's alpha: pairable values, Krippendorff's *n* — the number of ratings in
///   units that have at least 2 ratings (``CountKind/pairableValues``);
/// - intraclass correlation: targets rated by every rater (``CountKind/targets``).
public struct StatisticResult: Sendable, Hashable {
    /// What ``StatisticResult/n`` counts.
    public enum CountKind: String, Sendable, Hashable, CaseIterable {
        /// Units on which both raters gave a rating.
        case units
        /// Ratings in units with at least 2 ratings (Krippendorff's *n*).
        case pairableValues = "pairable values"
        /// Targets rated by every rater (complete rows of the two-way ANOVA).
        case targets
    }

    /// A finite value, or undefined with a reason.
    public enum Outcome: Sendable, Hashable {
        /// The statistic's value; always finite.
        case value(Double)
        /// The statistic does not exist for these data.
        case undefined(UndefinedReason)
    }

    /// The coefficient that was computed.
    public let statistic: AgreementStatistic
    /// The variant, e.g. `"exact"`, `"quadratic"`, `"ordinal"`, `"ICC(2,1)"`.
    public let variant: String
    /// The sample size; see ``countKind``.
    public let n: Int
    /// What ``n`` counts.
    public let countKind: CountKind
    /// The value or the reason it is undefined.
    public let outcome: Outcome

    /// Creates a result; a non-finite `value` becomes ``UndefinedReason/notFinite``.
    public init(
        statistic: AgreementStatistic, variant: String, n: Int, countKind: CountKind, value: Double
    ) {
        let outcome: Outcome = value.isFinite ? .value(value) : .undefined(.notFinite)
        self.init(statistic: statistic, variant: variant, n: n, countKind: countKind, outcome: outcome)
    }

    /// Creates an undefined result.
    public init(
        statistic: AgreementStatistic, variant: String, n: Int, countKind: CountKind,
        undefined reason: UndefinedReason
    ) {
        self.init(
            statistic: statistic, variant: variant, n: n, countKind: countKind,
            outcome: .undefined(reason))
    }

    private init(
        statistic: AgreementStatistic, variant: String, n: Int, countKind: CountKind, outcome: Outcome
    ) {
        self.statistic = statistic
        self.variant = variant
        self.n = n
        self.countKind = countKind
        self.outcome = outcome
    }

    /// The value, or `nil` when the statistic is undefined.
    public var value: Double? {
        if case .value(let v) = outcome { return v }
        return nil
    }

    /// The reason the statistic is undefined, or `nil` when it has a value.
    public var undefinedReason: UndefinedReason? {
        if case .undefined(let reason) = outcome { return reason }
        return nil
    }

    /// `true` when the statistic has a value.
    public var isDefined: Bool { value != nil }
}
