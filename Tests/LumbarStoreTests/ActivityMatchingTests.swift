import LumbarCore
import LumbarStore
import Testing

@Suite("Activity matching")
struct ActivityMatchingTests {
    typealias F = ActivityMatching.Fingerprint
    func f(_ sport: Sport = .running, start: Double = 0, elapsed: Double = 3600, distance: Double? = 10_000,
           samples: Int = 100, fields: Int = 5) -> F {
        F(sport: sport, start: start, elapsedSeconds: elapsed, distanceMeters: distance, sampleCount: samples, fieldCount: fields)
    }

    @Test func startWithinAMinuteAndDistanceWithinThreePercent() {
        #expect(ActivityMatching.isSameRun(f(), f(start: 60, distance: 10_300)))
        #expect(!ActivityMatching.isSameRun(f(), f(start: 60.5)))
        #expect(!ActivityMatching.isSameRun(f(), f(distance: 10_310)))
        #expect(ActivityMatching.isSameRun(f(.running), f(.trailRunning, start: -30)))
        #expect(!ActivityMatching.isSameRun(f(.running), f(.walking)))
        #expect(!ActivityMatching.isSameRun(f(.cycling), f(.cycling)))
    }

    @Test func withoutDistancesElapsedTimesDecide() {
        #expect(ActivityMatching.isSameRun(f(elapsed: 1800, distance: nil), f(elapsed: 1820, distance: nil)))
        #expect(!ActivityMatching.isSameRun(f(elapsed: 1800, distance: nil), f(elapsed: 2400, distance: nil)))
        #expect(!ActivityMatching.isSameRun(f(distance: nil), f(distance: 10_000)))
    }

    @Test func richerMeansMoreSamplesThenMoreFields() {
        #expect(ActivityMatching.isRicher(f(samples: 101, fields: 1), than: f(samples: 100, fields: 9)))
        #expect(ActivityMatching.isRicher(f(fields: 6), than: f(fields: 5)))
        #expect(!ActivityMatching.isRicher(f(), than: f()))
    }

    @Test func bestMatchIsTheNearestStart() {
        let candidates = [("far", f(start: 50)), ("near", f(start: -10)), ("ride", f(.cycling, start: 0))]
        #expect(ActivityMatching.bestMatch(for: f(), among: candidates) == "near")
        #expect(ActivityMatching.bestMatch(for: f(.cycling), among: candidates) == nil)
    }

    @Test func idCollisionsDeriveAnotherStableID() {
        let run = Activity(sport: .running, start: 0, elapsedSeconds: 1,
                           sources: [ActivitySource(path: "a", contentHash: "abc", format: "fit")])
        #expect(ActivityMatching.activityID(for: run) == ActivityMatching.activityID(for: run))
        #expect(ActivityMatching.activityID(for: run, attempt: 1) != ActivityMatching.activityID(for: run))
    }
}
