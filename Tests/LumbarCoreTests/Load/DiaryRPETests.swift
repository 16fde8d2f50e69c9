import Testing
@testable import LumbarCore

@Suite("Load: session RPE from the pain diary")
struct DiaryRPETests {
    let d0 = LoadFixtures.monday

    @Test("a diary RPE linked to a run becomes its session-RPE load; the file's own RPE wins; bad ratings are ignored")
    func apply() {
        let runs = [
            LoadFixtures.run(d0, km: 8, minutes: 40, id: "a"),
            LoadFixtures.run(d0.adding(days: 1), km: 8, minutes: 40, rpe: 3, id: "b"),
            LoadFixtures.run(d0.adding(days: 2), km: 8, minutes: 40, id: "c"),
        ]
        let diary = [
            PainEntry(date: d0, activityID: "a", perceivedExertion: 6),
            PainEntry(date: d0.adding(days: 1), activityID: "b", perceivedExertion: 9),
            PainEntry(date: d0.adding(days: 2), activityID: "c", perceivedExertion: 14),
            PainEntry(date: d0.adding(days: 2), perceivedExertion: 5),
        ]
        let merged = DiaryRPE.apply(diary, to: runs)
        #expect(merged.map(\.perceivedExertion) == [6, 3, nil])
        let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: d0)
        let load = RunLoad(activity: merged[0], date: d0, heartRate: profile)
        #expect(load.method == .sessionRPE)
        #expect(load.load == 240)
    }

    @Test("several entries for one run: the latest date wins")
    func latest() {
        let diary = [
            PainEntry(date: d0.adding(days: 1), activityID: "a", perceivedExertion: 7),
            PainEntry(date: d0, activityID: "a", perceivedExertion: 4),
        ]
        #expect(DiaryRPE.apply(diary, to: [LoadFixtures.run(d0, km: 5, id: "a")]).first?.perceivedExertion == 7)
    }
}
