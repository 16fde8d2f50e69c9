import ArgumentParser
import Foundation
import LumbarCore
import LumbarStore
import Testing

@testable import LumbarCLI

@Suite("lumbar load")
struct LoadCommandTests {
    static let monday = LocalDate(year: 2026, month: 11, day: 2)

    static func run(_ date: LocalDate, km: Double, rpe: Double? = 4) -> Activity {
        Activity(
            sport: .running, start: Double(date.daysSinceEpoch) * 86_400 + 43_200, utcOffsetSeconds: 0,
            elapsedSeconds: km * 360, movingSeconds: km * 360, distanceMeters: km * 1000, perceivedExertion: rpe)
    }

    /// Six weeks of 4 × 8 km with a 12 km Sunday, then an 18 km Sunday on 8 Nov.
    static func store() async throws -> MemoryStore {
        let store = MemoryStore()
        let first = monday.adding(days: -42)
        for w in 0..<6 {
            for d in [0, 1, 3, 5] { _ = try await store.save(run(first.adding(days: 7 * w + d), km: 8)) }
            _ = try await store.save(run(first.adding(days: 7 * w + 6), km: 12))
        }
        for d in [0, 1, 3] { _ = try await store.save(run(monday.adding(days: d), km: 8)) }
        _ = try await store.save(run(monday.adding(days: 6), km: 18))
        try await store.saveSettings(RunnerSettings(restingHeartRate: 55, maxHeartRate: 185, sex: "female"))
        return store
    }

    @Test("default as-of is the later of today and the last run; 12 weeks, newest last")
    func defaultAsOf() async throws {
        let store = try await Self.store()
        let early = try await LoadCommand.render(
            store: store, today: Self.monday, fallbackOffsetSeconds: 0, options: .init())
        #expect(early.report.asOf == Self.monday.adding(days: 6))
        #expect(early.report.weeks.count == 12)
        #expect(early.report.weeks.last?.weekStart == Self.monday)
        let late = try await LoadCommand.render(
            store: store, today: Self.monday.adding(days: 30), fallbackOffsetSeconds: 0, options: .init(weeks: 4))
        #expect(late.report.asOf == Self.monday.adding(days: 30))
        #expect(late.report.weeks.count == 4)
    }

    @Test("table: one row per week, newest last, the spike flagged below, findings and no risk zones")
    func table() async throws {
        let out = try await LoadCommand.render(
            store: try await Self.store(), today: Self.monday, fallbackOffsetSeconds: 0,
            options: .init(weeks: 3, onset: Self.monday.adding(days: 8)))
        let lines = out.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Week") })
        #expect(lines[header + 1].hasPrefix("2026-W43 "))
        #expect(lines[header + 3].hasPrefix("2026-W45 "))
        #expect(lines[header + 3].contains("42.0 km"))
        #expect(lines[header + 3].contains("18.0 km"))
        #expect(out.text.contains("▲ 8 Nov 2026: 18.0 km, +50 % over your longest run of the 30 days before (12.0 km); band >30-100 %, hazard ratio 1.52"))
        #expect(out.text.contains("Your run on 8 Nov (18.0 km) was 50 % longer than your longest run in the 30 days before (12.0 km)."))
        #expect(out.text.contains("[strain: LR 1.52]"))
        #expect(out.text.contains("pain began 2026-11-10"))
        #expect(!out.text.contains("danger"))
        #expect(!out.text.contains("How this is computed"))
    }

    @Test("--explain prints every formula with its source")
    func explain() async throws {
        let out = try await LoadCommand.render(
            store: try await Self.store(), today: Self.monday, fallbackOffsetSeconds: 0, options: .init(explain: true))
        for f in LoadFormulas.all { #expect(out.text.contains("\(f.name): \(f.formula) [\(f.source)]")) }
        #expect(out.text.contains("Frandsen 2025 (R69)"))
        #expect(out.text.contains("Williams 2017 (R61)"))
    }

    @Test("--json: asOf, weeks, spikes with the documented fields, findings; byte-stable")
    func json() async throws {
        let store = try await Self.store()
        let out = try await LoadCommand.render(
            store: store, today: Self.monday, fallbackOffsetSeconds: 0, options: .init(weeks: 8, acwr: .uncoupled, json: true))
        let again = try await LoadCommand.render(
            store: store, today: Self.monday, fallbackOffsetSeconds: 0, options: .init(weeks: 8, acwr: .uncoupled, json: true))
        #expect(out.text == again.text)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.text.utf8)) as? [String: Any])
        #expect(object["asOf"] as? String == "2026-11-08")
        #expect(object["ratioMethod"] as? String == "uncoupled")
        #expect((object["weeks"] as? [Any])?.count == 8)
        let spikes = try #require(object["spikes"] as? [[String: Any]])
        // Every run >10 % over its 30-day longest in the 8 weeks: the first 12 km Sunday and the 18 km run.
        #expect(spikes.map { $0["date"] as? String } == ["2026-09-27", "2026-11-08"])
        let last = try #require(spikes.last)
        #expect(Set(last.keys).isSuperset(of: ["date", "activityId", "distanceMeters", "previousLongestMeters", "spikePercent", "band", "hazardRatio"]))
        #expect(last["spikePercent"] as? Double == 50)
        #expect(last["band"] as? String == "moderate")
        #expect(last["hazardRatio"] as? Double == 1.52)
        #expect(last["activityId"] as? String != nil)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["id"] as? String == "sessionSpike" && $0["evidence"] as? String == "sessionSpikeModerate" })
    }

    @Test("runs without their own offset are dated with the zone's offset at that instant")
    func offsets() async throws {
        let store = MemoryStore()
        var late = Self.run(Self.monday, km: 10)
        late.utcOffsetSeconds = nil
        late.start = Double(Self.monday.daysSinceEpoch) * 86_400 + 23 * 3600  // 23:00 UTC
        _ = try await store.save(late)
        let plain = try await LoadCommand.render(store: store, today: Self.monday, fallbackOffsetSeconds: 0, options: .init(weeks: 1))
        #expect(plain.report.series.runs.first?.date == Self.monday)
        let east = try await LoadCommand.render(
            store: store, today: Self.monday, fallbackOffsetSeconds: 0, options: .init(weeks: 1), offsetAt: { _ in 7200 })
        #expect(east.report.series.runs.first?.date == Self.monday.adding(days: 1))
    }

    @Test("a session RPE in the pain diary feeds the load of its run")
    func diaryRPE() async throws {
        let store = MemoryStore()
        let outcome = try await store.save(Self.run(Self.monday, km: 10, rpe: nil))  // 60 min
        guard case .inserted(let id) = outcome else { Issue.record("not inserted"); return }
        let before = try await LoadCommand.render(store: store, today: Self.monday, fallbackOffsetSeconds: 0, options: .init(weeks: 1))
        #expect(before.report.weeks[0].load == 60)
        _ = try await store.savePainEntry(PainEntry(date: Self.monday, activityID: id, perceivedExertion: 5))
        let after = try await LoadCommand.render(store: store, today: Self.monday, fallbackOffsetSeconds: 0, options: .init(weeks: 1))
        #expect(after.report.weeks[0].load == 300)
        #expect(after.report.weeks[0].methods == [.sessionRPE])
    }

    @Test("bad options are refused with a message that says what to type")
    func validation() throws {
        #expect(throws: ValidationError.self) { try LoadCommand.options(weeks: 0, asOf: nil, onset: nil, acwr: "ewma", json: false, explain: false) }
        #expect(throws: ValidationError.self) { try LoadCommand.options(weeks: 4, asOf: "2026-13-01", onset: nil, acwr: "ewma", json: false, explain: false) }
        #expect(throws: ValidationError.self) { try LoadCommand.options(weeks: 4, asOf: nil, onset: nil, acwr: "acwr", json: false, explain: false) }
        let ok = try LoadCommand.options(weeks: 4, asOf: "2026-11-08", onset: "2026-11-10", acwr: "Coupled", json: true, explain: false)
        #expect(ok.acwr == .coupled && ok.asOf == LocalDate(year: 2026, month: 11, day: 8))
        #expect(throws: (any Error).self) { try LoadCommand.parse(["--weeks", "600"]) }
        let parsed = try LoadCommand.parse(["--weeks", "5", "--acwr", "uncoupled", "--json"])
        #expect(parsed.weeks == 5 && parsed.json)
    }
}
