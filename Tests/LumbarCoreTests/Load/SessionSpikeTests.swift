import Testing
@testable import LumbarCore

@Suite("Load: single-session spikes (Frandsen 2025)")
struct SessionSpikeTests {
    let d0 = LoadFixtures.monday
    let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: LoadFixtures.monday)

    func spikes(_ acts: [Activity]) -> [SessionSpike] {
        SessionSpike.compare(LoadSeries(activities: acts, heartRate: profile, asOf: d0.adding(days: 400), fallbackOffsetSeconds: 0).runs)
    }

    @Test("spike % = (distance ÷ 30-day longest − 1) × 100: 14.8 km after 10 km = 48 %, moderate, HR 1.52")
    func handComputed() {
        let s = spikes([
            LoadFixtures.run(d0, km: 10), LoadFixtures.run(d0.adding(days: 2), km: 6),
            LoadFixtures.run(d0.adding(days: 5), km: 14.8),
        ])
        #expect(s.count == 2)
        #expect(abs(s[0].percent - -40) < 1e-9)
        #expect(s[0].band == .reference)
        #expect(abs(s[1].percent - 48) < 1e-9)
        #expect(s[1].previousLongestMeters == 10_000)
        #expect(s[1].band == .moderate)
        #expect(s[1].hazardRatio == 1.52)
        #expect(s[1].isSpike)
    }

    @Test("the first run, and a return after 31 days off, get no spike")
    func noPreviousRun() {
        let s = spikes([LoadFixtures.run(d0, km: 5), LoadFixtures.run(d0.adding(days: 31), km: 20)])
        #expect(s.isEmpty)
        // Day 30 is still inside the window.
        let inside = spikes([LoadFixtures.run(d0, km: 5), LoadFixtures.run(d0.adding(days: 30), km: 20)])
        #expect(inside.count == 1)
        #expect(inside[0].band == .large)
        #expect(inside[0].percent == 300)
        let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: d0)
        let runs = LoadSeries(
            activities: [LoadFixtures.run(d0, km: 5), LoadFixtures.run(d0.adding(days: 30), km: 6), LoadFixtures.run(d0.adding(days: 61), km: 7)],
            heartRate: profile, asOf: d0.adding(days: 90), fallbackOffsetSeconds: 0).runs
        #expect(SessionSpike.withoutPreviousRun(runs).map(\.date) == [d0, d0.adding(days: 61)])
    }

    @Test("band edges: 10 % reference, 30 % small, 100 % moderate, just over 100 % large")
    func bandEdges() {
        #expect(SpikeBand(percent: 10) == .reference)
        #expect(SpikeBand(percent: 10.01) == .small)
        #expect(SpikeBand(percent: 30) == .small)
        #expect(SpikeBand(percent: 30.5) == .moderate)
        #expect(SpikeBand(percent: 100) == .moderate)
        #expect(SpikeBand(percent: 100.1) == .large)
        #expect(SpikeBand.small.hazardRatio == 1.64)
        #expect(SpikeBand.large.hazardRatio == 2.28)
    }

    @Test("a second run the same day compares with the earlier one; low-volume previous longest is flagged")
    func sameDayAndLowVolume() {
        var second = LoadFixtures.run(d0, km: 2.5, id: "b")
        second.start += 3600
        let s = spikes([LoadFixtures.run(d0, km: 2, id: "a"), second])
        #expect(s.count == 1)
        #expect(abs(s[0].percent - 25) < 1e-9)
        #expect(s[0].lowVolume)
    }
}
