/// Mean squares of the two-way ANOVA without replication (n targets × k judges, one rating per
/// cell), as in Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater
/// reliability", Psychological Bulletin 86(2), Table 1.
///
/// With x_ij the rating of target i by judge j, row means x̄_i·, column means x̄_·j and grand
/// mean x̄:
/// - BMS = k Σ_i (x̄_i· − x̄)² / (n − 1)                      (between targets)
/// - WMS = Σ_ij (x_ij − x̄_i·)² / (n (k − 1))                 (within targets; one-way model)
/// - JMS = n Σ_j (x̄_·j − x̄)² / (k − 1)                      (between judges)
/// - EMS = Σ_ij (x_ij − x̄_i· − x̄_·j + x̄)² / ((n − 1)(k − 1)) (residual)
public struct TwoWayANOVA: Sendable, Hashable {
    /// Number of targets n (rows).
    public let targets: Int
    /// Number of judges k (columns).
    public let judges: Int
    /// BMS, the between-targets mean square.
    public let betweenTargetsMeanSquare: Double
    /// WMS, the within-targets mean square (judges + residual pooled).
    public let withinTargetsMeanSquare: Double
    /// JMS, the between-judges mean square.
    public let betweenJudgesMeanSquare: Double
    /// EMS, the residual (error) mean square.
    public let residualMeanSquare: Double
    /// Σ_ij (x_ij − x̄)² / (nk − 1), the overall variance; the scale for "is this zero?".
    public let totalMeanSquare: Double

    /// Computes the mean squares of complete data: `rows[i][j]` is target i's rating by judge j.
    ///
    /// - Precondition: at least 2 rows, every row with the same count of at least 2 values.
    public init(rows: [[Double]]) {
        let n = rows.count
        let k = rows.first?.count ?? 0
        precondition(n >= 2 && k >= 2, "two-way ANOVA needs at least 2 targets and 2 judges")
        precondition(rows.allSatisfy { $0.count == k }, "two-way ANOVA needs complete rows")
        let grand = rows.joined().reduce(0, +) / Double(n * k)
        let rowMeans = rows.map { $0.reduce(0, +) / Double(k) }
        let columnMeans = (0..<k).map { j in rows.reduce(0) { $0 + $1[j] } / Double(n) }
        var within = 0.0
        var residual = 0.0
        var total = 0.0
        for (i, row) in rows.enumerated() {
            for (j, x) in row.enumerated() {
                within += square(x - rowMeans[i])
                residual += square(x - rowMeans[i] - columnMeans[j] + grand)
                total += square(x - grand)
            }
        }
        let betweenTargets = Double(k) * rowMeans.reduce(0) { $0 + square($1 - grand) }
        let betweenJudges = Double(n) * columnMeans.reduce(0) { $0 + square($1 - grand) }
        self.targets = n
        self.judges = k
        self.betweenTargetsMeanSquare = betweenTargets / Double(n - 1)
        self.withinTargetsMeanSquare = within / Double(n * (k - 1))
        self.betweenJudgesMeanSquare = betweenJudges / Double(k - 1)
        self.residualMeanSquare = residual / Double((n - 1) * (k - 1))
        self.totalMeanSquare = total / Double(n * k - 1)
    }
}

private func square(_ x: Double) -> Double { x * x }
