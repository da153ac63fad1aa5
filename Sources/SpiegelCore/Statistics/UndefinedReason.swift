extension StatisticResult {
    /// Why a statistic has no value for the given data.
    ///
    /// `description` is a short English sentence (for logs and the library's users); the cases
    /// are typed, so that a report words them in its own language and code can react to a
    /// specific reason. It conforms to `Error` only so that
    /// internal steps can pass it through `Result`; the public API never throws it.
    public enum UndefinedReason: Error, Sendable, Hashable, CustomStringConvertible {
        /// The input is empty, or every rating is missing (or "n.v.t.").
        case noRatings
        /// Fewer than 2 raters (columns) in the data.
        case tooFewRaters(found: Int)
        /// Two-rater statistics: no unit was rated by both raters.
        case noPairedUnits
        /// Krippendorff's alpha: no unit has 2 or more ratings, so nothing is pairable.
        case noPairableValues
        /// ICC: fewer than 2 targets are rated by every rater.
        case tooFewCompleteTargets(found: Int)
        /// All (pairable / paired / complete) values are equal, so chance agreement is perfect
        /// and the coefficient is 0/0.
        case noVariance
        /// Cohen's kappa: the category list has fewer than 2 entries.
        case tooFewCategories(found: Int)
        /// Cohen's kappa: the category list names a value twice or holds a non-finite number.
        case invalidCategories(CategoryProblem)
        /// Cohen's kappa: a rating is not one of the listed categories.
        case valueOutsideCategories(Double)
        /// Krippendorff's alpha, ratio metric: ratio data cannot be negative.
        case negativeRatioValue(Double)
        /// ICC: the named denominator is 0 although the data vary.
        case zeroDenominator(formula: String)
        /// The arithmetic gave NaN or infinity (a guard; no documented input leads here).
        case notFinite

        public var description: String {
            switch self {
            case .noRatings: "no ratings: the input is empty or every value is missing"
            case .tooFewRaters(let found):
                found == 1 ? "only one rater" : "fewer than 2 raters (found \(found))"
            case .noPairedUnits: "no unit was rated by both raters"
            case .noPairableValues: "no unit has 2 or more ratings"
            case .tooFewCompleteTargets(let found):
                "fewer than 2 units rated by every rater (found \(found))"
            case .noVariance: "no variance: all values equal"
            case .tooFewCategories(let found): "fewer than 2 categories (found \(found))"
            case .invalidCategories(.notFinite(let value)): "invalid category list: \(value) is not finite"
            case .invalidCategories(.listedTwice(let value)): "invalid category list: \(value) is listed twice"
            case .valueOutsideCategories(let v): "value \(v) is not one of the categories"
            case .negativeRatioValue(let v): "ratio metric needs non-negative values (found \(v))"
            case .zeroDenominator(let formula): "denominator \(formula) is 0"
            case .notFinite: "the computation did not give a finite number"
            }
        }
    }

    /// What is wrong with a category list.
    public enum CategoryProblem: Sendable, Hashable {
        /// A category is NaN or infinite.
        case notFinite(Double)
        /// A category is listed more than once.
        case listedTwice(Double)
    }
}
