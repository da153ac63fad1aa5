extension KrippendorffAlpha {
    /// The level of measurement, i.e. Krippendorff's squared difference function δ²(c, k).
    ///
    /// Formulas as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
    /// - nominal:  δ² = 0 if c = k, else 1;
    /// - ordinal:  δ² = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with n_g the marginal frequency of
    ///   value g in the coincidence matrix (so only the order of values matters, not their spacing,
    ///   and values nobody used have n_g = 0 and change nothing);
    /// - interval: δ² = (c − k)²;
    /// - ratio:    δ² = ((c − k)/(c + k))², defined as 0 when c = k = 0; needs values ≥ 0.
    public enum Metric: String, Sendable, Hashable, CaseIterable {
        /// Categories without order: any two different values differ by 1.
        case nominal
        /// Ranks: differences grow with the number of ratings between two values.
        case ordinal
        /// Equal intervals: squared difference of the values.
        case interval
        /// Equal intervals with a true zero: squared relative difference.
        case ratio

        /// The V × V matrix δ²(c, k), row-major, for ascending `values` with marginals n_c.
        func squaredDifferences(values: [Double], marginals: [Double]) -> [Double] {
            let v = values.count
            let cumulative = Self.prefixSums(marginals)
            var result = [Double](repeating: 0, count: v * v)
            for c in 0..<v {
                for k in 0..<v where c != k {
                    result[c * v + k] = difference(c, k, values: values, marginals: marginals, cumulative)
                }
            }
            return result
        }

        /// δ²(c, k) for two different value indices.
        private func difference(
            _ c: Int, _ k: Int, values: [Double], marginals: [Double], _ cumulative: [Double]
        ) -> Double {
            switch self {
            case .nominal:
                return 1
            case .ordinal:
                let (low, high) = (min(c, k), max(c, k))
                let between = cumulative[high + 1] - cumulative[low]
                let d = between - (marginals[c] + marginals[k]) / 2
                return d * d
            case .interval:
                let d = values[c] - values[k]
                return d * d
            case .ratio:
                let sum = values[c] + values[k]
                guard sum != 0 else { return 0 }
                let d = (values[c] - values[k]) / sum
                return d * d
            }
        }

        /// cumulative[i] = Σ_{g < i} marginals[g]; cumulative has V + 1 entries.
        private static func prefixSums(_ marginals: [Double]) -> [Double] {
            var sums = [0.0]
            sums.reserveCapacity(marginals.count + 1)
            for m in marginals { sums.append(sums[sums.count - 1] + m) }
            return sums
        }
    }
}
