import LumbarCore

/// `lumbar form` as text: per run a metric table (mean, spread, Garmin zone) and the drift table
/// (first third, last third, change, threshold, flagged), then the findings of the window.
public enum FormTable {
    /// Renders the runs (oldest first) and the history's findings; `emptyMessage` when no run.
    public static func render(_ runs: [RunForm], history: FormHistory, rules: FormRules = .standard, emptyMessage: String) -> String {
        var out = ""
        if runs.isEmpty { out += emptyMessage + "\n" }
        for run in runs {
            out += runBlock(run, rules: rules) + "\n"
        }
        out += historyBlock(history)
        return out
    }

    static func runBlock(_ run: RunForm, rules: FormRules) -> String {
        var out = "\(FormOutputWords.heading(run))\n"
        out += "Running \(FormOutputWords.duration(run.runningSeconds)), \(run.runningSamples) of \(run.totalSamples) samples "
            + "(stops and walking breaks left out).\n"
        if run.metrics.isEmpty {
            return out + "No cadence or running dynamics in this run.\n"
        }
        if !run.hasRunningDynamics {
            out += "No running dynamics in this run (no contact time or oscillation: they need a chest strap, pod or a "
                + "watch that measures them); cadence only.\n"
        }
        out += "\n" + pad("Metric", 36) + pad("Mean", 10, right: true) + pad("SD", 8, right: true) + "  Garmin zone (percentile of Garmin users)\n"
        for m in run.metrics {
            let zone = m.zone.map { "\($0.rawValue) (\($0.percentileRange) percentile)" } ?? "-"
            out += pad("\(m.metric.title) (\(m.metric.unit))", 36) + pad(FormWords.number(m.mean, decimals: 1), 10, right: true)
                + pad(FormWords.number(m.standardDeviation, decimals: 1), 8, right: true) + "  \(zone)\n"
        }
        out += "Zones are percentiles of Garmin users (R56), not injury thresholds.\n"
        if let side = run.largerSideSharePercent, run.isImbalanced(rules) {
            out += "Imbalance: \(FormWords.number(side, decimals: 1)) % of contact time on the \(run.heavierSide ?? "left") "
                + "(beyond \(FormWords.number(rules.imbalancePercent, decimals: 1)) %, clinical.md 8.5).\n"
        }
        if run.meetsOverstrideProxy(rules), let c = run.easyCadence, let g = run.easyGroundContactMilliseconds {
            out += "Overstride proxy: at easy pace \(FormWords.number(c, decimals: 0)) spm with \(FormWords.number(g, decimals: 0)) ms "
                + "contact (below 160 spm and above 278 ms, clinical.md 8.4).\n"
        }
        out += "\nFatigue drift: first third against last third of running time at the same pace (±5 %), flat ground (≤ 4 %)\n"
        if !run.drift.metrics.isEmpty {
            out += pad("Metric", 36) + pad("First third", 13, right: true) + pad("Last third", 13, right: true)
                + pad("Change", 10, right: true) + pad("Threshold", 11, right: true) + "  Flagged\n"
            for d in run.drift.metrics {
                let unit = d.changeUnit == "pp" ? " pp" : " %"
                let threshold = d.changeUnit == "pp" ? "±" + FormWords.number(d.threshold, decimals: 1) : signed(d.threshold, 0)
                out += pad("\(d.metric.title) (\(d.metric.unit))", 36) + pad(FormWords.number(d.firstThird, decimals: 1), 13, right: true)
                    + pad(FormWords.number(d.lastThird, decimals: 1), 13, right: true)
                    + pad(signed(d.change) + unit, 10, right: true) + pad(threshold + unit, 11, right: true)
                    + "  \(d.flagged ? "yes" : "no")\n"
            }
        }
        out += "Verdict: \(run.drift.verdict.text)"
        if let index = run.drift.decayIndex { out += " (form-decay index \(FormWords.number(index, decimals: 2)); 1 = at the thresholds)" }
        out += ".\n"
        return out
    }

    static func historyBlock(_ h: FormHistory) -> String {
        let recent = h.runs.filter { $0.date >= h.windowStart }
        var out = "Since \(h.windowStart): \(recent.count) runs, \(h.longRuns.filter { $0.date >= h.windowStart }.count) long"
        if let t = h.decayTrendPerWeek { out += "; decay index trend over long runs \(signed(t, 3)) a week" }
        if let r = h.decayVersusDuration { out += "; rank correlation of decay with run length \(signed(r, 2))" }
        out += ".\n"
        guard !h.findings.isEmpty else {
            return out + "Form findings since \(h.windowStart): none.\n"
        }
        out += "Form findings since \(h.windowStart):\n"
        for f in h.findings { out += "- \(f.text) [\(f.id), \(f.source)]\n" }
        return out
    }

    static func signed(_ v: Double, _ decimals: Int = 1) -> String {
        let s = FormWords.number(v, decimals: decimals)
        return s.hasPrefix("-") || s == FormWords.number(0, decimals: decimals) ? s : "+" + s
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let n = s.count
        guard n < width else { return s + " " }
        let fill = String(repeating: " ", count: width - n)
        return right ? fill + s : s + fill
    }
}

/// Headings and durations shared by the table and the chart title.
public enum FormOutputWords {
    /// "Run m0000001: 18 km run on 3 Nov 2025".
    public static func heading(_ run: RunForm) -> String {
        let words = FormWords.run(run)
        let name = words.hasPrefix("your ") ? String(words.dropFirst(5)) : words
        return "Run \(run.activityID?.rawValue ?? "-"): \(name) \(run.date.year)"
    }

    /// "1 h 40 min", "52 min".
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 1e9 else { return "-" }
        let minutes = Int((seconds / 60).rounded())
        return minutes >= 60 ? "\(minutes / 60) h \(minutes % 60) min" : "\(minutes) min"
    }
}
