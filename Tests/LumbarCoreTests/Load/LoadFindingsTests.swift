import Testing
@testable import LumbarCore

/// Eight weeks of Mon/Tue/Thu/Sat 8 km and a Sunday 12 km long run, ending Sunday 1 Nov 2026.
enum SteadyHistory {
    static let firstMonday = LoadFixtures.monday.adding(days: -56)

    static func runs(weeks: Int = 8) -> [Activity] {
        var out: [Activity] = []
        for w in 0..<weeks {
            let m = firstMonday.adding(days: 7 * w)
            for d in [0, 1, 3, 5] { out.append(LoadFixtures.run(m.adding(days: d), km: 8, minutes: 45, rpe: 4)) }
            out.append(LoadFixtures.run(m.adding(days: 6), km: 12, minutes: 70, rpe: 6))
        }
        return out
    }
}

@Suite("Load: findings for the cause engine")
struct LoadFindingsTests {
    let monday = LoadFixtures.monday
    let onset = LoadFixtures.monday.adding(days: 10)  // Thursday 12 Nov

    func report(_ acts: [Activity], onset: LocalDate?) -> LoadReport {
        LoadReport.make(activities: acts, settings: LoadFixtures.settings, asOf: monday.adding(days: 14), onset: onset)
    }

    @Test("a spike 4 days before onset: sessionSpike, value 50 %, threshold 10, LR 1.52 (moderate band)")
    func spikeBeforeOnset() throws {
        var acts = SteadyHistory.runs()
        for d in [0, 1, 3, 5] { acts.append(LoadFixtures.run(monday.adding(days: d), km: 8, minutes: 45, rpe: 4)) }
        acts.append(LoadFixtures.run(monday.adding(days: 6), km: 18, minutes: 110, rpe: 7))
        let r = report(acts, onset: onset)
        let spike = try #require(r.findings.first { $0.id == "sessionSpike" })
        #expect(abs(spike.value! - 50) < 1e-9)
        #expect(spike.unit == "%")
        #expect(spike.threshold == 10)
        #expect(spike.dates == [LocalDate(year: 2026, month: 11, day: 8)])
        #expect(spike.likelihoodRatio(for: .strain) == 1.52)
        #expect(spike.evidence == .sessionSpikeModerate)
        #expect(spike.origin == "load")
        #expect(spike.text.hasPrefix("Your run on 8 Nov (18.0 km) was 50 % longer than your longest run in the 30 days before (12.0 km)."))
        #expect(!r.findings.contains { $0.id == "steadyLoad" })
        #expect(!r.findings.contains { $0.id == "weeklyJump" })  // 50 km after 44 km: +14 %
        // The first Sunday long run (12 km after 8 km) was a spike too, long before the onset window.
        #expect(r.spikes.map(\.date) == [LocalDate(year: 2026, month: 9, day: 13), LocalDate(year: 2026, month: 11, day: 8)])
        #expect(r.referenceDate == onset)
    }

    @Test("a spike 20 days before onset is listed but is not a finding; a steady 14 days is a finding against strain")
    func oldSpikeAndSteady() throws {
        var acts = SteadyHistory.runs(weeks: 6)
        acts.append(LoadFixtures.run(SteadyHistory.firstMonday.adding(days: 42), km: 20, minutes: 120, rpe: 7))  // 30 Oct... day 42
        for w in 6..<9 {
            let m = SteadyHistory.firstMonday.adding(days: 7 * w)
            for d in [1, 3, 5] { acts.append(LoadFixtures.run(m.adding(days: d), km: 8, minutes: 45, rpe: 4)) }
            acts.append(LoadFixtures.run(m.adding(days: 6), km: 12, minutes: 70, rpe: 6))
        }
        let spikeDay = SteadyHistory.firstMonday.adding(days: 42)
        let lateOnset = spikeDay.adding(days: 20)
        let r = LoadReport.make(activities: acts, settings: LoadFixtures.settings, asOf: lateOnset, onset: lateOnset)
        #expect(r.spikes.contains { $0.date == spikeDay })
        #expect(!r.findings.contains { $0.id == "sessionSpike" })
        let steady = try #require(r.findings.first { $0.id == "steadyLoad" })
        #expect(steady.likelihoodRatio(for: .strain) == 0.8)
        #expect(steady.direction(for: .strain) == .against)
        #expect(steady.text.contains("before the pain began"))
    }

    @Test("a >30 % week before onset: weeklyJump, weak (LR 1.3)")
    func weeklyJump() throws {
        var acts: [Activity] = []
        let start = monday.adding(days: -35)
        for w in 0..<5 {
            for d in [0, 2, 4, 6] { acts.append(LoadFixtures.run(start.adding(days: 7 * w + d), km: 6)) }
        }
        for d in 0..<7 { acts.append(LoadFixtures.run(monday.adding(days: d), km: 6)) }  // 42 km after 24 km
        let r = report(acts, onset: monday.adding(days: 7))
        let jump = try #require(r.findings.first { $0.id == "weeklyJump" })
        #expect(abs(jump.value! - 75) < 1e-9)
        #expect(jump.likelihoodRatio(for: .strain) == 1.3)
        #expect(jump.text.hasPrefix("The week of 2 Nov (42.0 km) was 75 % more than the week before (24.0 km)."))
        #expect(!r.findings.contains { $0.id == "sessionSpike" })
        #expect(!r.findings.contains { $0.id == "steadyLoad" })
    }

    @Test("ratio and monotony are information only (no evidence, LR 1), and never mention risk zones")
    func informationOnly() throws {
        let r = report(SteadyHistory.runs(), onset: monday.adding(days: -1))
        let ratio = try #require(r.findings.first { $0.id == "acuteChronicRatio" })
        #expect(ratio.evidence == nil)
        #expect(ratio.likelihoodRatio(for: .strain) == 1)
        #expect(ratio.value != nil)
        for word in ["danger", "sweet spot", "risk zone", "0.8-1.3"] { #expect(!ratio.text.contains(word)) }
        #expect(ratio.text.contains("information only"))
        let monotony = try #require(r.findings.first { $0.id == "monotony" })
        #expect(monotony.evidence == nil)
        #expect(r.ratiosOnReference.count == 3)
        // No running in the 7 days before the as-of date: no monotony to show.
        #expect(!report(SteadyHistory.runs(), onset: nil).findings.contains { $0.id == "monotony" })
    }

    @Test("low volume: a spike after short runs is information only; too little history gives no steady finding")
    func lowVolume() throws {
        let acts = [
            LoadFixtures.run(monday, km: 1.5), LoadFixtures.run(monday.adding(days: 2), km: 2),
            LoadFixtures.run(monday.adding(days: 4), km: 2.6),
        ]
        let r = report(acts, onset: monday.adding(days: 5))
        let spikes = r.findings.filter { $0.id == "sessionSpike" }
        #expect(spikes.count == 2)
        #expect(spikes.allSatisfy { $0.evidence == nil && $0.text.contains("information only") })
        #expect(!r.findings.contains { $0.id == "steadyLoad" })
        let ratio = try #require(r.findings.first { $0.id == "acuteChronicRatio" })
        #expect(ratio.value == nil)
        #expect(ratio.text.contains("not enough history"))
    }

    @Test("return after a 40-day break: no spike (no run in the previous 30 days), ratio not shown, no steady finding")
    func returnAfterBreak() throws {
        var acts = SteadyHistory.runs(weeks: 4)  // ends Sunday 4 Oct
        let back = SteadyHistory.firstMonday.adding(days: 28 + 40)
        acts.append(LoadFixtures.run(back, km: 15, minutes: 90))
        acts.append(LoadFixtures.run(back.adding(days: 2), km: 8, minutes: 45))
        let r = LoadReport.make(activities: acts, settings: LoadFixtures.settings, asOf: back.adding(days: 3), onset: back.adding(days: 3))
        #expect(!r.spikes.contains { $0.date == back })
        #expect(!r.findings.contains { $0.id == "sessionSpike" || $0.id == "steadyLoad" })
        let ratio = try #require(r.findings.first { $0.id == "acuteChronicRatio" })
        #expect(ratio.value == nil)
        #expect(ratio.text.contains("2 runs in the last 28 days, 6 needed"))
        #expect(r.notes.contains("Run on \(LoadText.day(back)) 2026 (15.0 km): no run in the previous 30 days, so no spike was computed."))
    }

    @Test("runs after the onset never become findings")
    func afterOnsetIgnored() {
        var acts = SteadyHistory.runs()
        acts.append(LoadFixtures.run(monday.adding(days: 12), km: 30, minutes: 180))
        let r = report(acts, onset: monday.adding(days: 10))
        #expect(!r.findings.contains { $0.id == "sessionSpike" })
        #expect(r.spikes.contains { $0.date == monday.adding(days: 12) })
    }

    @Test("every load evidence row has a source and a rationale; ids are unique")
    func evidenceRows() {
        #expect(Set(Evidence.loadRows.map(\.id)).count == Evidence.loadRows.count)
        #expect(Evidence.loadRows.allSatisfy { !$0.source.isEmpty && !$0.rationale.isEmpty })
        #expect(Evidence.sessionSpike(.reference) == nil)
        #expect(Evidence.sessionSpike(.large)?.likelihoodRatio(for: .strain) == 2.28)
    }
}
