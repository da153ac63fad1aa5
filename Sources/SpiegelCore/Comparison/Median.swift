extension Array where Element == Double {
    /// The median: the middle value, or the mean of the two middle values when the count is
    /// even; nil for an empty array.
    var median: Double? {
        guard !isEmpty else { return nil }
        let sorted = self.sorted()
        let middle = sorted.count / 2
        if sorted.count.isMultiple(of: 2) {
            return (sorted[middle - 1] + sorted[middle]) / 2
        }
        return sorted[middle]
    }
}
