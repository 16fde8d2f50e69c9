/// Writes `Answers` as a `lumbar.answers/1` document (assessment.md): only answered fields, in
/// the contract's order, byte-stable (JSONWriter), so the same answers always give the same
/// bytes. Unknown fields kept by `AnswersDecoder` are written back at the end of their object.
public enum AnswersEncoder {
    /// The document as text; `pretty` indents it for people (`--out`), compact for storage.
    public static func encode(
        _ a: Answers, keeping unknownFields: [UnknownAnswerField] = [], pretty: Bool = false
    ) -> String {
        var w = JSONWriter(pretty: pretty)
        let extras = Dictionary(grouping: unknownFields, by: \.parentPath)
        w.beginObject()
        w.field("schema", Answers.schema)
        w.field("age", a.age)
        w.field("sex", a.sex?.rawValue)
        w.field("heightCm", a.heightCm)
        w.field("weightKg", a.weightKg)
        section("episode", &w, extras) { w in
            let e = a.episode
            w.field("durationDays", e.durationDays)
            w.field("onset", e.onset?.rawValue)
            w.field("linkedToRun", e.linkedToRun?.rawValue)
            w.field("linkedRunDate", e.linkedRunDate?.description)
            w.field("previousEpisodes", e.previousEpisodes)
            w.field("painBetweenEpisodes", e.painBetweenEpisodes)
            words("trainingChange", e.trainingChange, &w)
        }
        section("symptoms", &w, extras) { w in
            let s = a.symptoms
            words("location", s.location, &w)
            w.field("localTenderness", s.localTenderness)
            w.field("painOnContraction", s.painOnContraction)
            w.field("legPain", s.legPain?.rawValue)
            w.field("legPainSides", s.legPainSides?.rawValue)
            w.field("numbness", s.numbness?.rawValue)
            words("timing", s.timing, &w)
            words("worseWith", s.worseWith, &w)
            words("betterWith", s.betterWith, &w)
            w.field("morningStiffnessMinutes", s.morningStiffnessMinutes)
            w.field("selfObservedPosture", s.selfObservedPosture?.rawValue)
        }
        section("redFlags", &w, extras) { w in
            for key in Answers.RedFlags.keys { w.field(key, a.redFlags[key]) }
        }
        section("inflammatory", &w, extras) { w in
            let f = a.inflammatory
            w.field("onsetAge", f.onsetAge)
            w.field("wakesSecondHalfOfNight", f.wakesSecondHalfOfNight)
            w.field("alternatingButtockPain", f.alternatingButtockPain)
            w.field("improvesWithMovement", f.improvesWithMovement)
            w.field("improvesWithNSAIDsWithin48h", f.improvesWithNSAIDsWithin48h)
            w.field("familySpA", f.familySpA)
            w.field("arthritis", f.arthritis)
            w.field("enthesitis", f.enthesitis)
            w.field("psoriasis", f.psoriasis)
        }
        section("coreTests", &w, extras) { w in
            let c = a.coreTests
            w.field("flexorSeconds", c.flexorSeconds)
            w.field("extensorSeconds", c.extensorSeconds)
            w.field("sideBridgeRightSeconds", c.sideBridgeRightSeconds)
            w.field("sideBridgeLeftSeconds", c.sideBridgeLeftSeconds)
            w.field("testedOn", c.testedOn?.description)
        }
        section("history", &w, extras) { w in
            w.field("coreSessionsPerWeek", a.history.coreSessionsPerWeek)
        }
        section("pain", &w, extras) { w in
            let p = a.pain
            w.field("now", p.now)
            w.field("duringRuns", p.duringRuns)
            w.field("afterRuns", p.afterRuns)
            w.field("nextMorning", p.nextMorning)
            if let peg = p.peg {
                w.key("peg")
                w.beginObject()
                w.field("pain", peg.pain)
                w.field("enjoyment", peg.enjoyment)
                w.field("activity", peg.activity)
                writeExtras(extras["pain.peg"], &w)
                w.endObject()
            }
            w.field("rolandMorris", p.rolandMorris)
        }
        writeExtras(extras[""], &w)
        w.endObject()
        return w.string
    }

    private static func words<T: RawRepresentable>(_ key: String, _ values: [T]?, _ w: inout JSONWriter)
    where T.RawValue == String {
        guard let values else { return }
        w.key(key)
        w.beginArray()
        for v in values { w.value(v.rawValue) }
        w.endArray()
    }

    private static func writeExtras(_ fields: [UnknownAnswerField]?, _ w: inout JSONWriter) {
        for f in fields ?? [] {
            w.key(f.key)
            f.value.write(to: &w)
        }
    }

    /// Writes `"name": { ... }` only when the body writes something or unknown fields belong there.
    private static func section(
        _ name: String, _ w: inout JSONWriter, _ extras: [String: [UnknownAnswerField]],
        _ body: (inout JSONWriter) -> Void
    ) {
        var inner = JSONWriter()
        inner.beginObject()
        body(&inner)
        inner.endObject()
        let empty = inner.bytes.count == 2
        guard !empty || extras[name] != nil else { return }
        w.key(name)
        w.beginObject()
        body(&w)
        writeExtras(extras[name], &w)
        w.endObject()
    }
}
