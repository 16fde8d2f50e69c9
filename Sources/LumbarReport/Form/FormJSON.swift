import LumbarCore

/// `lumbar form --json`: stable keys with units in the names, numbers rounded for people, written
/// with `JSONWriter` (byte-stable).
///
/// Shape: `{"runs":[{id, date, startUtc, runningSeconds, distanceMeters, totalSamples,
/// runningSamples, hasRunningDynamics, medianSpeedMetersPerSecond, metrics:{<metricKey>:{mean, sd,
/// samples, garminZone, garminPercentiles}}, imbalanced, overstrideProxy, easyCadenceStepsPerMinute,
/// easyGroundContactTimeMilliseconds, drift:{verdict, decayIndex, firstThirdEndsSeconds,
/// lastThirdStartsSeconds, steepSamplesExcluded, metrics:{<metricKey>:{firstThird, lastThird,
/// changePercent | changePercentagePoints, thresholdPercent | thresholdPercentagePoints, flagged,
/// matchedSamplesFirstThird, matchedSamplesLastThird}}}}], "history":{...}, "findings":[...]}`.
public enum FormJSON {
    /// Renders runs, history summary and findings; ends with a newline.
    public static func render(_ runs: [RunForm], history: FormHistory, rules: FormRules = .standard) -> String {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("runs")
        w.beginArray()
        for run in runs { write(run, rules: rules, to: &w) }
        w.endArray()
        w.key("history")
        w.beginObject()
        w.field("asOf", history.asOf.description)
        w.field("windowStart", history.windowStart.description)
        w.field("runs", history.runs.count)
        w.field("longRuns", history.longRuns.count)
        w.key("decayIndexTrendPerWeek"); w.value(history.decayTrendPerWeek.map { JSONWriter.round($0, 4) })
        w.key("decayVersusDurationSpearman"); w.value(history.decayVersusDuration.map { JSONWriter.round($0, 3) })
        w.endObject()
        w.key("findings")
        w.beginArray()
        for f in history.findings {
            w.beginObject()
            w.field("id", f.id)
            w.key("value"); w.value(f.value.map { JSONWriter.round($0, 2) })
            w.field("unit", f.unit)
            w.key("threshold"); w.value(f.threshold)
            w.field("source", f.source)
            w.field("origin", f.origin)
            w.key("likelihoodRatios")
            w.beginObject()
            for cause in Cause.allCases where f.likelihoodRatio(for: cause) != 1 {
                w.key(cause.rawValue); w.value(f.likelihoodRatio(for: cause))
            }
            w.endObject()
            w.field("text", f.text)
            w.key("dates")
            w.beginArray()
            for d in f.dates { w.value(d.description) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string + "\n"
    }

    static func write(_ run: RunForm, rules: FormRules, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(run.activityID?.rawValue)
        w.field("date", run.date.description)
        w.key("startUtc"); w.timestamp(run.start)
        w.key("runningSeconds"); w.value(run.runningSeconds, decimals: 1)
        w.key("distanceMeters"); w.value(run.distanceMeters.map { JSONWriter.round($0, 1) })
        w.field("totalSamples", run.totalSamples)
        w.field("runningSamples", run.runningSamples)
        w.field("hasRunningDynamics", run.hasRunningDynamics)
        w.key("medianSpeedMetersPerSecond"); w.value(run.medianSpeedMetersPerSecond.map { JSONWriter.round($0, 2) })
        w.key("metrics")
        w.beginObject()
        for m in run.metrics {
            w.key(m.metric.jsonKey)
            w.beginObject()
            w.key("mean"); w.value(m.mean, decimals: 2)
            w.key("sd"); w.value(m.standardDeviation, decimals: 2)
            w.field("samples", m.sampleCount)
            w.key("garminZone"); w.value(m.zone?.rawValue)
            w.key("garminPercentiles"); w.value(m.zone?.percentileRange)
            w.endObject()
        }
        w.endObject()
        w.field("imbalanced", run.isImbalanced(rules))
        w.field("overstrideProxy", run.meetsOverstrideProxy(rules))
        w.key("easyCadenceStepsPerMinute"); w.value(run.easyCadence.map { JSONWriter.round($0, 1) })
        w.key("easyGroundContactTimeMilliseconds"); w.value(run.easyGroundContactMilliseconds.map { JSONWriter.round($0, 1) })
        w.key("drift")
        w.beginObject()
        w.field("verdict", run.drift.verdict.rawValue)
        w.key("decayIndex"); w.value(run.drift.decayIndex.map { JSONWriter.round($0, 3) })
        w.key("firstThirdEndsSeconds"); w.value(run.drift.firstThirdEndsSeconds, decimals: 1)
        w.key("lastThirdStartsSeconds"); w.value(run.drift.lastThirdStartsSeconds, decimals: 1)
        w.field("steepSamplesExcluded", run.drift.steepSamplesExcluded)
        w.key("metrics")
        w.beginObject()
        for d in run.drift.metrics {
            w.key(d.metric.jsonKey)
            w.beginObject()
            w.key("firstThird"); w.value(d.firstThird, decimals: 2)
            w.key("lastThird"); w.value(d.lastThird, decimals: 2)
            let suffix = d.changeUnit == "pp" ? "PercentagePoints" : "Percent"
            w.key("change" + suffix); w.value(d.change, decimals: 2)
            w.key("threshold" + suffix); w.value(d.threshold)
            w.field("flagged", d.flagged)
            w.field("matchedSamplesFirstThird", d.matchedSamplesFirst)
            w.field("matchedSamplesLastThird", d.matchedSamplesLast)
            w.endObject()
        }
        w.endObject()
        w.endObject()
        w.endObject()
    }
}
