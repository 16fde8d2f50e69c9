/// The three usual ways to compute an acute:chronic load ratio. INFORMATION ONLY: in runners
/// neither the ratio nor its "sweet spot" predicted injury (Frandsen 2025, R69; Impellizzeri
/// 2021, R64), so lumbar shows it beside the runner's own usual range, never as a risk zone.
public enum RatioMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// acute = load of days t−6…t; chronic = mean weekly load of days t−27…t (includes the acute
    /// week, so the two are mathematically coupled: Gabbett 2016 R60, Lolli 2019 R63).
    case coupled
    /// mean daily load of t−6…t ÷ mean daily load of t−27…t−7 (Windt & Gabbett 2019 via R65).
    case uncoupled
    /// EWMA_t = λ·load_t + (1−λ)·EWMA_{t−1}, λ = 2/(N+1), N = 7 (acute) and 28 (chronic),
    /// seeded with the first day's load, missing days 0; ratio = acute ÷ chronic (Williams 2017, R61).
    case ewma

    /// The formula in one line, with its source (for `--explain`).
    public var formula: String {
        switch self {
        case .coupled:
            "(load of the last 7 days) ÷ (load of the last 28 days ÷ 4) — Gabbett 2016 (R60); coupled, see Lolli 2019 (R63)"
        case .uncoupled:
            "mean daily load of days t−6…t ÷ mean daily load of days t−27…t−7 — Windt & Gabbett 2019 (R65)"
        case .ewma:
            "E_t = λ·load_t + (1−λ)·E_{t−1}, λ = 2/(N+1), N = 7 and 28, seeded with the first day, rest days 0; ratio = E7 ÷ E28 — Williams 2017 (R61)"
        }
    }
}

/// Pure ratio arithmetic over a daily load series (index 0 = the first day; days before it
/// count as 0). A ratio is nil when its chronic part is 0.
public enum AcuteChronic {
    /// The ratio of every day by `method`.
    public static func ratios(_ loads: [Double], method: RatioMethod) -> [Double?] {
        switch method {
        case .coupled: coupled(loads)
        case .uncoupled: uncoupled(loads)
        case .ewma: ewma(loads)
        }
    }

    /// Coupled rolling ratio: Σ(t−6…t) ÷ (Σ(t−27…t) ÷ 4) (R60).
    public static func coupled(_ loads: [Double]) -> [Double?] {
        let sums = prefixSums(loads)
        return loads.indices.map { t in
            let acute = window(sums, t - 6, t)
            let chronic = window(sums, t - 27, t) / 4
            return chronic > 0 ? acute / chronic : nil
        }
    }

    /// Uncoupled rolling ratio: mean(t−6…t) ÷ mean(t−27…t−7) (R65).
    public static func uncoupled(_ loads: [Double]) -> [Double?] {
        let sums = prefixSums(loads)
        return loads.indices.map { t in
            let acute = window(sums, t - 6, t) / 7
            let chronic = window(sums, t - 27, t - 7) / 21
            return chronic > 0 ? acute / chronic : nil
        }
    }

    /// EWMA ratio with λ = 2/(N+1) (R61), both averages seeded with the first day's load.
    public static func ewma(_ loads: [Double]) -> [Double?] {
        guard let first = loads.first else { return [] }
        let la = 2 / Double(LoadThresholds.ewmaAcuteDays + 1)
        let lc = 2 / Double(LoadThresholds.ewmaChronicDays + 1)
        var acute = first
        var chronic = first
        var out: [Double?] = []
        out.reserveCapacity(loads.count)
        for (t, load) in loads.enumerated() {
            if t > 0 {
                acute = la * load + (1 - la) * acute
                chronic = lc * load + (1 - lc) * chronic
            }
            out.append(chronic > 0 ? acute / chronic : nil)
        }
        return out
    }

    /// sums[i] = Σ loads[0..<i].
    static func prefixSums(_ values: [Double]) -> [Double] {
        var sums = [Double](repeating: 0, count: values.count + 1)
        for i in values.indices { sums[i + 1] = sums[i] + values[i] }
        return sums
    }

    /// Σ values[from...to], clipped to the series (days before it are 0).
    static func window(_ sums: [Double], _ from: Int, _ to: Int) -> Double {
        let lo = max(0, from)
        let hi = min(sums.count - 2, to)
        return hi < lo ? 0 : max(0, sums[hi + 1] - sums[lo])
    }
}
