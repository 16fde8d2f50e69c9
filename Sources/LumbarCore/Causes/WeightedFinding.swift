/// One finding as the cause engine applied it to one cause: the table's likelihood ratio, the
/// damping weight, and the ratio actually applied (`tableRatio` raised to `weight`).
public struct WeightedFinding: Sendable, Hashable {
    /// The finding as its analysis produced it.
    public var finding: Finding
    /// The likelihood ratio of the table row for this cause.
    public var tableRatio: Double
    /// Damping weight in (0, 1]: 1 for the strongest finding of its kind, halved for each
    /// further correlated one (see `CauseModel.dampingFactor`).
    public var weight: Double
    /// The ratio that entered the estimate: `tableRatio ^ weight`.
    public var appliedRatio: Double

    /// Creates a weighted finding.
    public init(finding: Finding, tableRatio: Double, weight: Double) {
        self.finding = finding
        self.tableRatio = tableRatio
        self.weight = weight
        self.appliedRatio = CauseModel.pow(tableRatio, weight)
    }

    /// For (applied ratio above 1) or against (below 1).
    public var direction: Direction {
        appliedRatio > 1 ? .for : appliedRatio < 1 ? .against : .information
    }
}
