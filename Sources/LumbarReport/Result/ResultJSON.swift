import LumbarCore

/// Writes an `AnalysisResult` as the `lumbar.result/1` document (assessment.md), byte-stable
/// through `JSONWriter`: fixed key order, probabilities and ratios rounded, absent numbers `null`.
public enum ResultJSON {
    /// Decimal places for probabilities (0.61).
    public static let probabilityDecimals = 2
    /// Decimal places for applied likelihood ratios and measured values.
    public static let ratioDecimals = 2

    /// The JSON document; `pretty` indents it for people and golden files.
    public static func encode(_ result: AnalysisResult, pretty: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty)
        write(result, to: &w)
        return w.string
    }

    /// Writes the document into an existing writer (for embedding in a larger response).
    public static func write(_ result: AnalysisResult, to w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.value(AnalysisResult.schema)
        w.key("asOf"); w.value(result.asOf.description)
        w.key("model"); w.value(result.model)
        w.key("urgency"); w.value(result.urgency.rawValue)
        w.key("redFlags"); w.beginArray()
        for flag in result.redFlags {
            w.beginObject()
            w.key("id"); w.value(flag.id)
            w.key("urgency"); w.value(flag.urgency.rawValue)
            w.key("because"); w.beginArray(); for b in flag.because { w.value(b) }; w.endArray()
            w.key("advice"); w.value(flag.advice)
            w.endObject()
        }
        w.endArray()
        w.key("causes"); w.beginArray()
        for estimate in result.causes { writeCause(estimate, to: &w) }
        w.endArray()
        w.key("unknowns"); w.beginArray()
        for unknown in result.unknowns {
            w.beginObject()
            w.key("input"); w.value(unknown.input)
            w.key("wouldInform"); w.beginArray(); for c in unknown.wouldInform { w.value(c.rawValue) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("plan"); w.beginArray()
        for item in result.plan {
            w.beginObject()
            w.key("cause"); w.value(item.cause)
            w.key("steps"); w.beginArray(); for s in item.steps { w.value(s) }; w.endArray()
            w.key("recheckOn"); w.value(item.recheckOn.description)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func writeCause(_ e: CauseEstimate, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(e.cause.rawValue)
        w.key("probability"); w.value(e.probability, decimals: probabilityDecimals)
        w.key("level"); w.value(e.level.rawValue)
        w.key("findings"); w.beginArray()
        for wf in e.findings {
            let f = wf.finding
            w.beginObject()
            w.key("id"); w.value(f.id)
            w.key("value"); optionalNumber(f.value, to: &w)
            w.key("unit"); w.value(f.unit)
            w.key("threshold"); optionalNumber(f.threshold, to: &w)
            w.key("direction"); w.value(wf.direction.rawValue)
            w.key("likelihoodRatio"); w.value(wf.appliedRatio, decimals: ratioDecimals)
            w.key("source"); w.value(f.source)
            w.key("text"); w.value(f.text)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func optionalNumber(_ d: Double?, to w: inout JSONWriter) {
        if let d, d.isFinite { w.value(d, decimals: ratioDecimals) } else { w.null() }
    }
}
