import Foundation

/// First third against last third of running time at matched pace (clinical.md 8.6; R57).
///
/// Matched pace: running speeds are put in bins whose edges are 10 % apart (every sample of a
/// bin is within ±5 % of its centre), and the thirds are compared only within bins that both
/// thirds visited at least 5 times, each bin weighted by the smaller of its two counts. An
/// interval session thus compares fast reps with fast reps and recoveries with recoveries, and a
/// run that simply slows down has no common bins. Samples steeper than ±4 % are left out.
enum DriftCalculator {
    static let binCount = 64
    /// The core fatigue signs of clinical.md 8.6, then balance (8.5).
    static let driftMetrics: [FormMetric] = [.cadence, .groundContactTime, .verticalOscillation, .groundContactBalance]

    static func drift(
        _ columns: FormColumns, segments: RunningSegments, grade: [Double]?, available: Set<FormMetric>,
        rules: FormRules
    ) -> FatigueDrift {
        let total = segments.runningSeconds
        let firstEnds = total / 3
        let lastStarts = total * 2 / 3
        let core: [FormMetric] = [.cadence, .groundContactTime, .verticalOscillation]
        let bins = binCount
        let m = driftMetrics.count
        // Index: (metric * 2 + third) * bins + bin.
        var sum = [Double](repeating: 0, count: m * 2 * bins)
        var count = [Int](repeating: 0, count: m * 2 * bins)
        var speedCount = [Int](repeating: 0, count: 2 * bins)
        var seconds = [Double](repeating: 0, count: 2 * bins)
        var steep = 0
        let base = segments.speedFloor
        // Bin edges base * ratio^b; speed changes little between samples, so the previous bin is
        // the best first guess and a step or two finds the right one (no logarithm per sample).
        var edges = [Double](repeating: 0, count: bins + 1)
        for b in 0...bins { edges[b] = base * pow(rules.paceBinWidthRatio, Double(b)) }
        edges[bins] = .infinity
        var bin = 0
        let n = columns.count
        let speed = columns.speed, values = columns.metrics, at = segments.runningSecondsAt
        let offsets = driftMetrics.map { FormMetric.allCases.firstIndex(of: $0)! * n }
        let maxGrade = rules.maximumGradePercent
        for i in 0..<n {
            let t = at[i]
            guard t >= 0 else { continue }
            let third: Int
            if t < firstEnds { third = 0 } else if t >= lastStarts { third = 1 } else { continue }
            let v = speed[i]
            guard v >= base else { continue }  // NaN (no speed) cannot be matched
            if let g = grade?[i], abs(g) > maxGrade { steep += 1; continue }  // NaN grade compares false: kept
            while v >= edges[bin + 1] { bin += 1 }
            while bin > 0 && v < edges[bin] { bin -= 1 }
            speedCount[third * bins + bin] += 1
            seconds[third * bins + bin] += segments.creditedSeconds[i]
            for k in 0..<m {
                let x = values[offsets[k] + i]
                guard !x.isNaN else { continue }
                let j = (k * 2 + third) * bins + bin
                sum[j] += x
                count[j] += 1
            }
        }
        var matched = [Bool](repeating: false, count: bins)
        var matchedCount = (0, 0)
        var matchedSeconds = (0.0, 0.0)
        for b in 0..<bins where speedCount[b] >= rules.minimumSamplesPerBin && speedCount[bins + b] >= rules.minimumSamplesPerBin {
            matched[b] = true
            matchedCount.0 += speedCount[b]
            matchedCount.1 += speedCount[bins + b]
            matchedSeconds.0 += seconds[b]
            matchedSeconds.1 += seconds[bins + b]
        }
        let steady = min(matchedCount.0, matchedCount.1) >= rules.minimumMatchedSamplesPerThird
            && min(matchedSeconds.0, matchedSeconds.1) >= rules.minimumMatchedSecondsPerThird
        var rows: [MetricDrift] = []
        if steady {
            for k in 0..<m {
                var weight = 0.0, first = 0.0, last = 0.0, n0 = 0, n1 = 0
                for b in 0..<bins where matched[b] {
                    let c0 = count[(k * 2) * bins + b], c1 = count[(k * 2 + 1) * bins + b]
                    guard c0 > 0, c1 > 0 else { continue }
                    let w = Double(min(c0, c1))
                    weight += w
                    first += w * sum[(k * 2) * bins + b] / Double(c0)
                    last += w * sum[(k * 2 + 1) * bins + b] / Double(c1)
                    n0 += c0
                    n1 += c1
                }
                guard weight > 0, min(n0, n1) >= rules.minimumMatchedSamplesPerThird else { continue }
                rows.append(row(driftMetrics[k], first: first / weight, last: last / weight, n0: n0, n1: n1, rules: rules))
            }
        }
        let coreRows = rows.filter { core.contains($0.metric) }
        // Cadence alone (a watch without running dynamics) is still shown, but cannot make "any two".
        guard core.filter(available.contains).count >= 2 else {
            return FatigueDrift(verdict: .notEnoughMetrics, metrics: rows, decayIndex: nil,
                                firstThirdEndsSeconds: firstEnds, lastThirdStartsSeconds: lastStarts, steepSamplesExcluded: steep)
        }
        guard coreRows.count >= 2 else {
            return FatigueDrift(verdict: .notEnoughSteadyRunning, metrics: rows, decayIndex: nil,
                                firstThirdEndsSeconds: firstEnds, lastThirdStartsSeconds: lastStarts, steepSamplesExcluded: steep)
        }
        let signs = coreRows.filter(\.flagged).count
        let index = coreRows.map(\.normalised).reduce(0, +) / Double(coreRows.count)
        return FatigueDrift(verdict: signs >= rules.signsForFatigue ? .degrades : .stable, metrics: rows, decayIndex: index,
                            firstThirdEndsSeconds: firstEnds, lastThirdStartsSeconds: lastStarts, steepSamplesExcluded: steep)
    }

    private static func row(_ metric: FormMetric, first: Double, last: Double, n0: Int, n1: Int, rules: FormRules) -> MetricDrift {
        switch metric {
        case .groundContactBalance:
            let change = last - first
            return MetricDrift(metric: metric, firstThird: first, lastThird: last, change: change, changeUnit: "pp",
                               threshold: rules.balanceDriftPercentagePoints,
                               flagged: abs(change) > rules.balanceDriftPercentagePoints,
                               matchedSamplesFirst: n0, matchedSamplesLast: n1)
        default:
            let change = (last - first) / first * 100
            let threshold: Double = switch metric {
            case .cadence: -rules.cadenceDropPercent
            case .groundContactTime: rules.groundContactRisePercent
            default: rules.oscillationRisePercent
            }
            let flagged = threshold < 0 ? change <= threshold : change >= threshold
            return MetricDrift(metric: metric, firstThird: first, lastThird: last, change: change, changeUnit: "%",
                               threshold: threshold, flagged: flagged, matchedSamplesFirst: n0, matchedSamplesLast: n1)
        }
    }
}

