/// Spearman rank correlation with ties and its permutation p-value.
public enum RankCorrelation {
    /// Ranks from 1, tied values sharing the mean of their ranks.
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]] == values[order[i]] { j += 1 }
            let mean = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = mean }
            i = j + 1
        }
        return ranks
    }

    /// Pearson correlation; nil when fewer than 3 pairs or either side is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 3 else { return nil }
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Spearman's rho (Pearson correlation of the tie-averaged ranks); nil as for `pearson`.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count else { return nil }
        return pearson(ranks(x), ranks(y))
    }

    /// Two-sided permutation p-value of Spearman's rho: the share of `permutations` random
    /// re-pairings (seeded, so deterministic) whose |rho| reaches the observed |rho|, counted
    /// as (hits + 1) / (permutations + 1) so it is never 0. nil when rho is undefined.
    public static func permutationPValue(
        _ x: [Double], _ y: [Double], permutations: Int = 2000, seed: UInt64
    ) -> Double? {
        let rx = ranks(x)
        var ry = ranks(y)
        guard let observed = pearson(rx, ry), permutations > 0 else { return nil }
        var rng = SplitMix64(seed: seed)
        var hits = 0
        let bound = abs(observed) - 1e-12
        for _ in 0..<permutations {
            ry.shuffle(using: &rng)
            if let r = pearson(rx, ry), abs(r) >= bound { hits += 1 }
        }
        return Double(hits + 1) / Double(permutations + 1)
    }
}
