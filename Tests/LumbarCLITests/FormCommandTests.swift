import ArgumentParser
import Foundation
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarCLI

@Suite("lumbar form")
struct FormCommandTests {
    static let today = LocalDate(year: 2025, month: 11, day: 20)

    static func generated(day: Int, minutes: Int = 60, _ tweak: (inout SyntheticRun) -> Void = { _ in }) -> Activity {
        var r = SyntheticRun()
        r.start = Double(LocalDate(year: 2025, month: 11, day: day).daysSinceEpoch) * 86_400 + 8 * 3600
        r.seconds = minutes * 60
        r.seed = UInt64(day)
        tweak(&r)
        var a = r.activity()
        a.sources = [ActivitySource(path: "run\(day).fit", contentHash: "hash\(day)", format: "fit")]
        return a
    }

    /// A store with a steady run (3 Nov), a degrading 100-minute run (10 Nov), a cadence-only
    /// run (15 Nov) and a ride (16 Nov).
    /// A store with a steady run (3 Nov), a degrading 100-minute run (10 Nov), a cadence-only
    /// run (15 Nov) and a ride (16 Nov); `ids` in that order, as the store gave them.
    static func store() async throws -> (store: MemoryStore, ids: [ActivityID]) {
        let store = MemoryStore()
        var ride = generated(day: 16)
        ride.sport = .cycling
        ride.sources = [ActivitySource(path: "ride.fit", contentHash: "ride", format: "fit")]
        var ids: [ActivityID] = []
        for activity in [
            generated(day: 3),
            generated(day: 10, minutes: 100) { $0.cadenceDriftPercent = -4; $0.contactDriftPercent = 6 },
            generated(day: 15, minutes: 30) { $0.runningDynamics = false },
            ride,
        ] {
            ids.append(try await id(of: store.save(activity)))
        }
        return (store, ids)
    }

    static func id(of outcome: SaveOutcome) throws -> ActivityID {
        guard case .inserted(let id) = outcome else { throw ValidationError("fixture run was not inserted: \(outcome)") }
        return id
    }

    @Test("the default is the latest run; without running dynamics it says so and still gives cadence")
    func latestRunCadenceOnly() async throws {
        let (store, ids) = try await Self.store()
        let out = try await FormOutput.make(store: store, selection: .last(1), today: Self.today, json: false)
        #expect(out.text.contains("Run \(ids[2]): 5.4 km run on 15 Nov 2025"), "\(out.text)")
        #expect(out.text.contains("No running dynamics in this run"))
        #expect(out.text.contains("Cadence (spm)"))
        #expect(!out.text.contains("Ground contact time (ms)  "))
        #expect(out.text.contains("Verdict: not enough running dynamics to tell"))
        #expect(out.svg?.contains("not recorded in this run") == true)
    }

    @Test("a degrading run shows the drift table with flags and the finding")
    func degradingRun() async throws {
        let (store, ids) = try await Self.store()
        let out = try await FormOutput.make(store: store, selection: .id(ids[1]), today: Self.today, json: false)
        let text = out.text
        #expect(text.contains("Fatigue drift: first third against last third"))
        #expect(text.contains("Verdict: form degrades with fatigue"))
        let cadenceRow = try #require(text.split(separator: "\n").first { $0.hasPrefix("Cadence (spm)") && $0.hasSuffix("yes") })
        #expect(cadenceRow.contains("-3 %"))
        #expect(text.contains("Zones are percentiles of Garmin users (R56), not injury thresholds."))
        #expect(text.contains("- In your 18 km run on 10 Nov your cadence fell 4 % and ground contact rose 6 %"))
        #expect(text.contains("[formFatigueDrift, R57; clinical.md 5.4, 8.6]"))
    }

    @Test("--json has stable keys with units and is byte-stable")
    func json() async throws {
        let (store, ids) = try await Self.store()
        let a = try await FormOutput.make(store: store, selection: .last(3), today: Self.today, json: true)
        let b = try await FormOutput.make(store: store, selection: .last(3), today: Self.today, json: true)
        #expect(a.text == b.text)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.text.utf8)) as? [String: Any])
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.count == 3)
        #expect(runs.map { $0["id"] as? String } == ids.prefix(3).map(\.rawValue))
        let metrics = try #require(runs[1]["metrics"] as? [String: Any])
        #expect(Set(metrics.keys) == ["cadenceStepsPerMinute", "groundContactTimeMilliseconds", "groundContactBalanceLeftPercent",
                                      "verticalOscillationMillimeters", "verticalRatioPercent", "stepLengthMillimeters"])
        let drift = try #require(runs[1]["drift"] as? [String: Any])
        #expect(drift["verdict"] as? String == "degrades")
        let cadence = try #require((drift["metrics"] as? [String: Any])?["cadenceStepsPerMinute"] as? [String: Any])
        #expect(cadence["thresholdPercent"] as? Double == -3)
        #expect(cadence["flagged"] as? Bool == true)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["id"] as? String == "formFatigueDrift" })
        #expect(runs[2]["hasRunningDynamics"] as? Bool == false)
    }

    @Test("--date selects that day's runs only; an empty day says so")
    func byDate() async throws {
        let (store, ids) = try await Self.store()
        let day = try await FormOutput.make(store: store, selection: .date(LocalDate(year: 2025, month: 11, day: 3)), today: Self.today, json: false)
        #expect(day.text.contains("Run \(ids[0])") && !day.text.contains("Run \(ids[1])"))
        let empty = try await FormOutput.make(store: store, selection: .date(LocalDate(year: 2025, month: 11, day: 4)), today: Self.today, json: false)
        #expect(empty.text.hasPrefix("No runs on 2025-11-04"))
        #expect(empty.svg == nil)
    }

    @Test("an unknown id and a ride are refused with advice")
    func refusals() async throws {
        let (store, ids) = try await Self.store()
        await #expect(throws: ValidationError.self) {
            _ = try await FormOutput.make(store: store, selection: .id("nope"), today: Self.today, json: false)
        }
        await #expect(throws: ValidationError.self) {
            _ = try await FormOutput.make(store: store, selection: .id(ids[3]), today: Self.today, json: false)
        }
    }

    @Test("options: one selection at a time, a valid date, a positive count")
    func parsing() throws {
        #expect(throws: (any Error).self) { _ = try FormCommand.parse(["abc", "--last", "2"]) }
        #expect(throws: (any Error).self) { _ = try FormCommand.parse(["--date", "2025-13-01"]) }
        #expect(throws: (any Error).self) { _ = try FormCommand.parse(["--last", "0"]) }
        #expect(try FormCommand.parse([]).selection == .last(1))
        #expect(try FormCommand.parse(["--date", "2025-11-03"]).selection == .date(LocalDate(year: 2025, month: 11, day: 3)))
        #expect(try FormCommand.parse(["m1", "--json", "--svg", "/tmp/x.svg"]).selection == .id("m1"))
    }
}

@Suite("lumbar form: corrupt values")
struct FormCorruptValueTests {
    @Test("absurd values render without crashing")
    func absurd() async throws {
        var samples = (0..<400).map { i in
            Sample(time: Double(i), altitudeMeters: i % 2 == 0 ? 1e300 : -1e300, speedMetersPerSecond: 3, cadence: 170,
                   verticalOscillationMillimeters: 1e300, groundContactTimeMilliseconds: 250,
                   groundContactBalancePercent: 99.9, stepLengthMillimeters: 1e300, verticalRatioPercent: 1e-300)
        }
        samples.append(Sample(time: 1e300, speedMetersPerSecond: 1e300, cadence: 1e300))
        let store = MemoryStore()
        let activity = Activity(sport: .running, start: 1_762_156_800, elapsedSeconds: .infinity, distanceMeters: 1e300, samples: samples)
        let id = try FormCommandTests.id(of: await store.save(activity))
        let today = LocalDate(year: 2025, month: 11, day: 20)
        let text = try await FormOutput.make(store: store, selection: .last(1), today: today, json: false)
        #expect(text.text.contains("Run \(id)"))
        #expect(text.svg?.hasSuffix("</svg>\n") == true)
        let json = try await FormOutput.make(store: store, selection: .last(1), today: today, json: true)
        #expect(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) is [String: Any])
    }
}
