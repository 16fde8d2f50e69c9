import Foundation
import LumbarCore
import LumbarStore

/// What `lumbar pain log` and `lumbar pain list` do, apart from argument parsing.
struct PainDiary {
    var store: any Store

    enum Outcome: Equatable {
        case success(String)
        /// A message naming the problem; nothing was stored.
        case failure(String)
    }

    /// Validates, links to a run (by id, else the single run on the entry's date), stores, and
    /// reports the pain-monitoring zone.
    func log(_ draft: PainEntry, runID: ActivityID?) async throws -> Outcome {
        var entry = draft
        do { try PainEntryValidator.validate(entry) } catch { return .failure("\(error.description). Nothing was stored.") }
        var linkNote: String
        if let runID {
            guard let run = try await store.activitySummaries(since: nil).first(where: { $0.id == runID }) else {
                return .failure("--run: no activity with id \(runID). Nothing was stored.")
            }
            entry.activityID = runID
            entry.date = run.localDate
            linkNote = "Linked to run \(runID) of \(run.localDate)."
        } else {
            let runs = try await store.activitySummaries(since: entry.date).filter { $0.localDate == entry.date && $0.sport.isRunning }
            switch runs.count {
            case 0: linkNote = "No run found on \(entry.date): stored for the date only."
            case 1:
                entry.activityID = runs[0].id
                linkNote = "Linked to your run of \(entry.date) (\(runs[0].id))."
            default:
                let ids = runs.map(\.id.rawValue).sorted().joined(separator: ", ")
                return .failure("\(runs.count) runs on \(entry.date) (\(ids)): choose one with --run ID. Nothing was stored.")
            }
        }
        let saved = try await store.savePainEntry(entry)
        var text = "Stored pain entry \(saved.id.map(String.init) ?? "") for \(saved.date). \(linkNote)\n"
        text += zoneText(try await store.painEntries())
        return .success(text)
    }

    func zoneText(_ entries: [PainEntry]) -> String {
        guard let m = PainMonitoring.evaluate(entries) else {
            return "No run with pain during or after logged yet: no pain-monitoring zone.\n"
        }
        var lines = ["Pain-monitoring zone for your run of \(m.entry.date): \(Self.zoneName(m.zone))"]
        lines += m.reasons.map { "  \($0)" }
        if m.nextMorningPending { lines.append("  Log the next-morning pain tomorrow (--next-morning): the 24-hour response matters most (R71).") }
        lines.append("  These limits are adapted from an Achilles-tendon model (R71; clinical.md 8.11). Any leg weakness, numbness or bladder change: run `lumbar assess` now.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func zoneName(_ z: PainZone) -> String {
        switch z {
        case .continue: "continue (pain is within limits)"
        case .hold: "hold (stay at this level)"
        case .stepBack: "step back one stage"
        }
    }

    /// The diary as text or JSON (`{"entries": [...], "zone": ...}`).
    func list(json: Bool) async throws -> String {
        let entries = try await store.painEntries()
        let monitoring = PainMonitoring.evaluate(entries)
        if json {
            var w = JSONWriter()
            w.beginObject()
            w.key("entries")
            w.beginArray()
            for e in entries {
                w.beginObject()
                if let id = e.id { w.field("id", Int(id)) }
                w.field("date", e.date.description)
                w.field("activityId", e.activityID?.rawValue)
                w.field("duringRun", e.duringRun)
                w.field("afterRun", e.afterRun)
                w.field("nextMorning", e.nextMorning)
                w.field("perceivedExertion", e.perceivedExertion)
                if let peg = e.peg {
                    w.key("peg")
                    w.beginArray()
                    for v in peg { w.value(v) }
                    w.endArray()
                }
                w.field("rolandMorris", e.rolandMorris)
                w.field("note", e.note)
                w.endObject()
            }
            w.endArray()
            if let m = monitoring {
                w.key("zone")
                w.beginObject()
                w.field("zone", m.zone.rawValue)
                w.field("date", m.entry.date.description)
                w.key("reasons")
                w.beginArray()
                for r in m.reasons { w.value(r) }
                w.endArray()
                w.field("nextMorningPending", m.nextMorningPending)
                w.endObject()
            }
            w.endObject()
            return w.string + "\n"
        }
        guard !entries.isEmpty else { return "The pain diary is empty. Add an entry with `lumbar pain log`.\n" }
        var lines = ["date        run        during after  morning rpe  PEG       RMDQ"]
        for e in entries {
            func f(_ d: Double?) -> String { (d.map(Question.plain) ?? "-").padding(toLength: 6, withPad: " ", startingAt: 0) }
            let run = (e.activityID?.rawValue ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
            let peg = (e.peg?.map(Question.plain).joined(separator: ",") ?? "-").padding(toLength: 9, withPad: " ", startingAt: 0)
            lines.append("\(e.date)  \(run) \(f(e.duringRun)) \(f(e.afterRun)) \(f(e.nextMorning))  \(f(e.perceivedExertion)) \(peg) \(e.rolandMorris.map(String.init) ?? "-")")
        }
        return lines.joined(separator: "\n") + "\n" + zoneText(entries)
    }
}
