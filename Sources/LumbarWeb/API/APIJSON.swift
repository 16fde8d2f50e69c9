import LumbarCore
import LumbarStore

/// The API's JSON documents (byte-stable through `JSONWriter`).
enum APIJSON {
    static func activities(_ runs: [ActivitySummary]) -> String {
        var w = JSONWriter(reserving: runs.count * 200 + 64)
        w.beginObject()
        w.key("activities")
        w.beginArray()
        for r in runs { summary(r, into: &w) }
        w.endArray()
        w.endObject()
        return w.string
    }

    static func summary(_ r: ActivitySummary, into w: inout JSONWriter) {
        w.beginObject()
        w.field("id", r.id.rawValue)
        w.field("sport", r.sport.rawValue)
        w.field("name", r.name)
        w.field("date", r.localDate.description)
        w.key("start"); w.timestamp(r.start)
        w.field("utcOffsetSeconds", r.utcOffsetSeconds)
        w.field("elapsedSeconds", r.elapsedSeconds)
        w.field("movingSeconds", r.movingSeconds)
        w.field("distanceMeters", r.distanceMeters)
        w.field("device", r.device)
        w.field("sampleCount", r.sampleCount)
        w.endObject()
    }

    /// One activity with its samples as columns (arrays of equal length; null = not recorded).
    static func activity(_ a: Activity, fallbackOffset: Int) -> String {
        var w = JSONWriter(reserving: a.samples.count * 80 + 512)
        w.beginObject()
        w.field("id", a.id?.rawValue)
        w.field("sport", a.sport.rawValue)
        w.field("name", a.name)
        w.field("date", a.localDate(fallbackOffsetSeconds: fallbackOffset).description)
        w.key("start"); w.timestamp(a.start)
        w.field("elapsedSeconds", a.elapsedSeconds)
        w.field("movingSeconds", a.movingSeconds)
        w.field("distanceMeters", a.distanceMeters)
        w.field("ascentMeters", a.ascentMeters)
        w.field("averageHeartRate", a.averageHeartRate)
        w.field("device", a.device)
        w.field("perceivedExertion", a.perceivedExertion)
        w.field("gear", a.gear)
        w.field("notes", a.notes)
        w.field("commute", a.commute)
        w.key("samples")
        w.beginObject()
        let columns: [(String, (Sample) -> Double?)] = [
            ("time", \.time), ("latitude", \.latitude), ("longitude", \.longitude), ("altitudeMeters", \.altitudeMeters),
            ("distanceMeters", \.distanceMeters), ("speedMetersPerSecond", \.speedMetersPerSecond), ("heartRate", \.heartRate),
            ("cadence", \.cadence), ("groundContactTimeMilliseconds", \.groundContactTimeMilliseconds),
            ("verticalOscillationMillimeters", \.verticalOscillationMillimeters),
        ]
        for (name, read) in columns where a.samples.contains(where: { read($0) != nil }) {
            w.key(name)
            w.beginArray()
            for s in a.samples {
                if let v = read(s), v.isFinite { w.value(v) } else { w.null() }
            }
            w.endArray()
        }
        w.endObject()
        w.endObject()
        return w.string
    }

    static func painEntries(_ entries: [PainEntry]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("entries")
        w.beginArray()
        for p in entries { pain(p, into: &w) }
        w.endArray()
        w.endObject()
        return w.string
    }

    static func pain(_ p: PainEntry, into w: inout JSONWriter) {
        w.beginObject()
        if let id = p.id { w.field("id", Int(id)) }
        w.field("date", p.date.description)
        w.field("runId", p.activityID?.rawValue)
        w.field("duringRun", p.duringRun)
        w.field("afterRun", p.afterRun)
        w.field("nextMorning", p.nextMorning)
        w.field("rpe", p.perceivedExertion)
        w.field("note", p.note)
        w.endObject()
    }

    static func coreTests(_ tests: [CoreTestResult]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("coreTests")
        w.beginArray()
        for t in tests { coreTest(t, into: &w) }
        w.endArray()
        w.endObject()
        return w.string
    }

    static func coreTest(_ t: CoreTestResult, into w: inout JSONWriter) {
        w.beginObject()
        w.field("date", t.date.description)
        w.field("flexorSeconds", t.flexorSeconds)
        w.field("extensorSeconds", t.extensorSeconds)
        w.field("sideBridgeRightSeconds", t.sideBridgeRightSeconds)
        w.field("sideBridgeLeftSeconds", t.sideBridgeLeftSeconds)
        w.endObject()
    }

    static func overview(_ o: Dashboard.Overview) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("runs", o.runs)
        w.field("firstRun", o.firstRun?.description)
        w.field("lastRun", o.lastRun?.description)
        w.field("answerSets", o.answers)
        w.field("coreTests", o.coreTests)
        w.field("painEntries", o.painEntries)
        w.field("nextStep", HomePage.nextStepPlain(o))
        w.endObject()
        return w.string
    }
}
