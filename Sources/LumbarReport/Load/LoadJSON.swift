import LumbarCore

/// `lumbar load --json`: the load report as byte-stable JSON (JSONWriter).
///
/// `{"asOf","onset","ratioMethod","weeks":[...],"spikes":[{"date","activityId","distanceMeters",
/// "previousLongestMeters","spikePercent","band","hazardRatio"}],"findings":[...],...}`
public enum LoadJSON {
    /// The document; `pretty` indents it; `formulas` adds every formula with its source.
    public static func render(_ r: LoadReport, pretty: Bool = false, formulas: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.key("asOf"); w.value(r.asOf.description)
        w.key("onset"); w.value(r.onset?.description)
        w.key("referenceDate"); w.value(r.referenceDate.description)
        w.key("ratioMethod"); w.value(r.ratioMethod.rawValue)
        w.key("heartRate")
        w.beginObject()
        w.key("resting"); w.value(r.heartRate.restingHeartRate, decimals: 1)
        w.key("max"); w.value(r.heartRate.maxHeartRate, decimals: 1)
        w.key("estimates"); strings(r.heartRate.estimates, &w)
        w.endObject()
        w.key("weeks")
        w.beginArray()
        for week in r.weeks { self.week(week, &w) }
        w.endArray()
        w.key("spikes")
        w.beginArray()
        for s in r.spikes { spike(s, &w) }
        w.endArray()
        w.key("usualRange")
        if let u = r.usualRange {
            w.beginObject()
            w.key("low"); w.value(u.low, decimals: 3)
            w.key("median"); w.value(u.median, decimals: 3)
            w.key("high"); w.value(u.high, decimals: 3)
            w.key("days"); w.value(u.days)
            w.endObject()
        } else {
            w.null()
        }
        w.key("findings")
        w.beginArray()
        for f in r.findings { finding(f, &w) }
        w.endArray()
        w.key("notes"); strings(r.notes, &w)
        if formulas {
            w.key("formulas")
            w.beginArray()
            for f in LoadFormulas.all {
                w.beginObject()
                w.key("name"); w.value(f.name)
                w.key("formula"); w.value(f.formula)
                w.key("source"); w.value(f.source)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return w.string + "\n"
    }

    static func week(_ k: WeekSummary, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("week"); w.value(LoadChart.weekLabel(k))
        w.key("weekStart"); w.value(k.weekStart.description)
        w.key("endDate"); w.value(k.endDate.description)
        w.key("distanceMeters"); w.value(k.distanceMeters, decimals: 1)
        w.key("runs"); w.value(k.runs)
        w.key("longestRunMeters"); w.value(k.longestRunMeters, decimals: 1)
        w.key("elapsedSeconds"); w.value(k.elapsedSeconds, decimals: 0)
        w.key("movingSeconds"); w.value(k.movingSeconds, decimals: 0)
        w.key("ascentMeters"); w.value(k.ascentMeters, decimals: 0)
        w.key("descentMeters"); w.value(k.descentMeters, decimals: 0)
        w.key("load"); w.value(k.load, decimals: 1)
        w.key("loadMethods"); strings(k.methods.map(\.rawValue), &w)
        w.key("changePercent"); w.value(k.changePercent.map { JSONWriter.round($0, 1) })
        w.key("jump"); w.value(k.isJump)
        w.key("lowVolume"); w.value(k.lowVolume)
        w.key("ratio"); w.value(k.ratio.value.map { JSONWriter.round($0, 3) })
        w.field("ratioUnavailable", k.ratio.unavailableReason)
        w.key("monotony"); w.value(k.monotony.map { JSONWriter.round($0.value, 3) })
        w.key("monotonyCapped"); w.value(k.monotony?.capped ?? false)
        w.key("strain"); w.value(k.monotony.map { JSONWriter.round($0.strain, 1) })
        w.key("longRunShare"); w.value(k.longRunShare.map { JSONWriter.round($0, 3) })
        w.endObject()
    }

    static func spike(_ s: SessionSpike, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("date"); w.value(s.date.description)
        w.key("activityId"); w.value(s.activityID?.rawValue)
        w.key("distanceMeters"); w.value(s.distanceMeters, decimals: 1)
        w.key("previousLongestMeters"); w.value(s.previousLongestMeters, decimals: 1)
        w.key("spikePercent"); w.value(s.percent, decimals: 1)
        w.key("band"); w.value(s.band.rawValue)
        w.key("hazardRatio"); w.value(s.hazardRatio)
        w.key("lowVolume"); w.value(s.lowVolume)
        w.endObject()
    }

    static func finding(_ f: Finding, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(f.id)
        w.key("value"); w.value(f.value.map { JSONWriter.round($0, 3) })
        w.key("unit"); w.value(f.unit)
        w.key("threshold"); w.value(f.threshold)
        w.key("evidence"); w.value(f.evidence?.id)
        w.key("likelihoodRatios")
        w.beginObject()
        for cause in Cause.allCases where f.likelihoodRatio(for: cause) != 1 {
            w.key(cause.rawValue); w.value(f.likelihoodRatio(for: cause))
        }
        w.endObject()
        w.key("source"); w.value(f.source)
        w.key("text"); w.value(f.text)
        w.key("dates"); strings(f.dates.map(\.description), &w)
        w.key("origin"); w.value(f.origin)
        w.endObject()
    }

    static func strings(_ values: [String], _ w: inout JSONWriter) {
        w.beginArray()
        for v in values { w.value(v) }
        w.endArray()
    }
}
