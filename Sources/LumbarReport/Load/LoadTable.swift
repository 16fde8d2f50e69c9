import LumbarCore

/// `lumbar load` as terminal text: the weekly table (newest last), flags below it, the
/// findings, notes, and with `explain` every formula with its source. Byte-stable.
public enum LoadTable {
    /// The whole text.
    public static func render(_ r: LoadReport, explain: Bool = false) -> String {
        var out: [String] = []
        let method = r.ratioMethod.rawValue
        out.append("Training load: \(r.weeks.count) ISO weeks to \(r.asOf) (ratio: \(method), information only)")
        out.append("")
        out.append(row(["Week", "Distance", "Runs", "Longest", "Time", "Load", "Ratio", "Monotony"]))
        for w in r.weeks {
            out.append(
                row([
                    LoadChart.weekLabel(w) + (w.isPartial ? "*" : ""), LoadText.km(w.distanceMeters), String(w.runs),
                    w.runs > 0 ? LoadText.km(w.longestRunMeters) : "–", clock(w.movingSeconds),
                    LoadText.fixed(w.load, 0), w.ratio.value.map { LoadText.fixed($0, 2) + (w.ratio.lowVolume ? "~" : "") } ?? "–",
                    w.monotony.map { LoadText.fixed($0.value, 2) + ($0.capped ? "+" : "") } ?? "–",
                ]))
        }
        if r.weeks.last?.isPartial == true { out.append("* week in progress (to \(r.asOf))") }
        if r.weeks.contains(where: { $0.ratio.value != nil && $0.ratio.lowVolume }) {
            out.append("~ low volume (under 10 km a week over 28 days): the ratio jumps easily")
        }
        if r.weeks.contains(where: { $0.monotony?.capped == true }) { out.append("+ monotony capped at 10 (every day the same load)") }
        out.append("Load: session RPE × minutes, else heart-rate TRIMP, else minutes (see --explain).")

        let flags = self.flags(r)
        out.append("")
        out.append("Flags")
        out.append(contentsOf: flags.isEmpty ? ["  none in these weeks"] : flags.map { "  " + $0 })

        out.append("")
        out.append("Ratio on \(LoadText.day(r.referenceDate)) (information only; no association with injury in runners, Frandsen 2025)")
        for reading in r.ratiosOnReference {
            let value = reading.value.map { LoadText.fixed($0, 2) } ?? (reading.unavailableReason ?? "not shown")
            out.append("  \(reading.method.rawValue): \(value)")
        }
        if let u = r.usualRange {
            out.append("  your usual range (\(method), 10th-90th percentile of \(u.days) days): \(LoadText.fixed(u.low, 2))-\(LoadText.fixed(u.high, 2))")
        } else {
            out.append("  your usual range: not enough history yet (28 days with a ratio needed)")
        }

        out.append("")
        out.append("Findings" + (r.onset.map { " (pain began \($0))" } ?? " (no onset date given: looking back from \(r.asOf))"))
        out.append(contentsOf: r.findings.isEmpty ? ["  none"] : r.findings.map { "  - " + $0.text + weight($0) })
        if !r.notes.isEmpty {
            out.append("")
            out.append("Notes")
            out.append(contentsOf: r.notes.map { "  - " + $0 })
        }
        if explain {
            out.append("")
            out.append("How this is computed")
            for f in LoadFormulas.all {
                out.append("  \(f.name): \(f.formula) [\(f.source)]")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Spikes, weekly jumps and low-variety weeks of the shown weeks, oldest first.
    static func flags(_ r: LoadReport) -> [String] {
        var flags: [(LocalDate, String)] = []
        let first = r.weeks.first?.weekStart ?? r.asOf
        for s in r.spikes where s.date >= first {
            var line = "▲ \(LoadText.day(s.date)) \(s.date.year): \(LoadText.km(s.distanceMeters)), +\(LoadText.percent(s.percent)) over your longest run of the 30 days before (\(LoadText.km(s.previousLongestMeters))); band \(s.band.label), hazard ratio \(LoadText.fixed(s.hazardRatio, 2)) (Frandsen 2025)"
            if s.lowVolume { line += "; short runs (under 3 km): information only" }
            flags.append((s.date, line))
        }
        for w in r.weeks {
            if w.isJump, let c = w.changePercent {
                var line = "↑ \(LoadChart.weekLabel(w)): +\(LoadText.percent(c)) on the week before (\(LoadText.km(w.previousWeekMeters)) → \(LoadText.km(w.distanceMeters))); over 30 % (Nielsen 2014, weak evidence)"
                if w.lowVolume { line += "; the week before was under 10 km: information only" }
                flags.append((w.weekStart, line))
            }
            if let m = w.monotony, m.isLowVariety {
                flags.append((w.endDate, "= \(LoadChart.weekLabel(w)): monotony \(LoadText.fixed(m.value, 2)) (over 2.0): low variety; a general marker, not back-specific"))
            }
        }
        return flags.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    static func weight(_ f: Finding) -> String {
        let lr = f.likelihoodRatio(for: .strain)
        return lr == 1 ? "" : " [strain: LR \(LoadText.fixed(lr, 2))]"
    }

    static func row(_ cells: [String]) -> String {
        let widths = [9, 10, 5, 9, 8, 7, 6, 9]
        return cells.enumerated().map { i, c in
            let pad = max(0, widths[i] - c.count)
            return i == 0 ? c + String(repeating: " ", count: pad) : String(repeating: " ", count: pad) + c
        }.joined(separator: " ")
    }

    /// `5:45` (hours:minutes).
    static func clock(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        let m = minutes % 60
        return "\(minutes / 60):\(m < 10 ? "0" : "")\(m)"
    }
}
