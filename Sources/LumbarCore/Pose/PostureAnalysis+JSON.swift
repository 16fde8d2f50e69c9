extension PostureAnalysis {
    /// The analysis as JSON (byte-stable, numbers rounded to 2 decimals): what `lumbar posture
    /// --json` prints and what the store keeps. Every metric is an object `{"mean","sd","n"}`
    /// under its `PostureMetric` name (unit in the name); `changeFirstToLastThird` holds the
    /// last-third minus first-third change of each metric that has one. `id` is left out when nil
    /// (the stored copy gets its id from the store).
    public func json(id: Int64?, date: LocalDate, findings: [Finding], pretty: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        if let id { w.key("id"); w.value(Int(id)) }
        w.field("date", date.description)
        w.field("model", model)
        w.field("view", view.view.rawValue)
        w.field("viewDetected", view.detected)
        w.field("direction", view.view == .side ? (view.direction > 0 ? "right" : "left") : (view.direction > 0 ? "towardsCamera" : "awayFromCamera"))
        w.key("framesPerSecond"); w.value(framesPerSecond, decimals: 3)
        w.field("frames", frameCount)
        w.key("durationSeconds"); w.value(durationSeconds, decimals: 2)
        w.field("steps", steps.count)
        w.key("legLengthPixels"); w.value(legLengthPixels, decimals: 1)
        if let heightCentimeters { w.key("heightCentimeters"); w.value(heightCentimeters, decimals: 1) }
        if let c = cadenceStepsPerMinute { w.key("cadenceStepsPerMinute"); w.value(c, decimals: 2) }
        for metric in PostureMetric.allCases {
            guard let s = summaries[metric] else { continue }
            w.key(metric.rawValue)
            w.beginObject()
            w.key("mean"); w.value(s.mean, decimals: 2)
            w.key("sd"); w.value(s.sd, decimals: 2)
            w.field("n", s.count)
            w.endObject()
        }
        if let d = pelvicDropDifferenceDegrees { w.key("pelvicDropDifferenceDegrees"); w.value(d, decimals: 2) }
        w.key("changeFirstToLastThird")
        w.beginObject()
        if let c = cadenceChangeFirstToLastThird { w.key("cadenceStepsPerMinute"); w.value(c, decimals: 2) }
        for metric in PostureMetric.allCases {
            if let c = summaries[metric]?.changeFirstToLastThird { w.key(metric.rawValue); w.value(c, decimals: 2) }
        }
        w.endObject()
        w.key("cleaning")
        w.beginObject()
        w.field("lowConfidencePoints", cleaning.lowConfidencePoints)
        w.field("outlierPoints", cleaning.outlierPoints)
        w.field("swappedFrames", cleaning.swappedFrames)
        w.field("interpolatedPoints", cleaning.interpolatedPoints)
        w.field("unusableFrames", cleaning.unusableFrames)
        w.endObject()
        w.key("notes")
        w.beginArray()
        for n in notes { w.value(n) }
        w.endArray()
        w.key("findings")
        w.beginArray()
        for f in findings {
            w.beginObject()
            w.field("id", f.id)
            w.field("value", f.value)
            w.field("unit", f.unit)
            w.field("threshold", f.threshold)
            w.field("source", f.source.isEmpty ? nil : f.source)
            w.field("text", f.text)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string
    }
}
