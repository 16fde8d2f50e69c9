import Testing
@testable import LumbarCore

@Suite("Form: fatigue drift at matched pace")
struct DriftTests {
    @Test("a steady run without drift is not flagged")
    func steadyRunIsStable() {
        let form = FormAnalysis.run(SyntheticRun().activity())
        #expect(form.drift.verdict == .stable)
        for row in form.drift.metrics { #expect(!row.flagged, "\(row.metric) \(row.change)") }
        let index = try! #require(form.drift.decayIndex)
        #expect(abs(index) < 0.3)
    }

    @Test("known cadence and contact drift is found with its size")
    func knownDriftFound() throws {
        var run = SyntheticRun()
        run.cadenceDriftPercent = -4
        run.contactDriftPercent = 6
        let form = FormAnalysis.run(run.activity())
        #expect(form.drift.verdict == .degrades)
        let cadence = try #require(form.drift.drift(.cadence))
        let contact = try #require(form.drift.drift(.groundContactTime))
        #expect(abs(cadence.change - -4) < 0.6, "cadence change \(cadence.change)")
        #expect(abs(contact.change - 6) < 0.8, "contact change \(contact.change)")
        #expect(cadence.flagged && contact.flagged)
        #expect(cadence.threshold == -3 && contact.threshold == 5)
        // Decay index = mean of change/threshold over cadence, contact, oscillation: (4/3 + 6/5 + 0) / 3.
        let index = try #require(form.drift.decayIndex)
        let expected: Double = (4.0 / 3.0 + 6.0 / 5.0) / 3.0
        #expect(abs(index - expected) < 0.15)
    }

    @Test("one sign alone is not 'form degrades'")
    func oneSignIsNotEnough() throws {
        var run = SyntheticRun()
        run.oscillationDriftPercent = 8
        let form = FormAnalysis.run(run.activity())
        #expect(try #require(form.drift.drift(.verticalOscillation)).flagged)
        #expect(form.drift.verdict == .stable)
    }

    @Test("drift just under the thresholds is not flagged")
    func underThresholds() {
        var run = SyntheticRun()
        run.cadenceDriftPercent = -1.5
        run.contactDriftPercent = 2.5
        run.noise = 0.5
        let form = FormAnalysis.run(run.activity())
        #expect(form.drift.verdict == .stable)
    }

    @Test("intervals with a changing mix of fast and slow are not mistaken for fatigue")
    func intervalsAreNotFatigue() throws {
        var run = SyntheticRun()
        run.pace = .intervals(fast: 4.2, slow: 2.8, earlyFastSeconds: 180, earlySlowSeconds: 60,
                              lateFastSeconds: 60, lateSlowSeconds: 180)
        let activity = run.activity()
        let form = FormAnalysis.run(activity)
        #expect(form.drift.verdict == .stable)
        // A comparison that ignores pace would see cadence fall and contact rise by far more than 8.6's thresholds.
        let naive = NaiveThirds(activity)
        #expect(naive.cadenceChange < -3 && naive.contactChange > 5)
    }

    @Test("a run that only slows down is not called fatigue")
    func slowingDownIsNotFatigue() {
        var run = SyntheticRun()
        run.pace = .slowingDown(endSpeed: 2.3)
        let form = FormAnalysis.run(run.activity())
        #expect(form.drift.verdict != .degrades)
    }

    @Test("hills in the last third are not mistaken for fatigue")
    func hillsAreNotFatigue() {
        var run = SyntheticRun()
        run.hillAmplitudePercent = 7
        run.hillsFromShare = 0.6
        let activity = run.activity()
        let form = FormAnalysis.run(activity)
        #expect(form.drift.verdict == .stable)
        #expect(form.drift.steepSamplesExcluded > 100)
        #expect(NaiveThirds(activity).contactChange > 5)
    }

    @Test("fatigue on a hilly course is still found on the flat parts")
    func fatigueOnHills() {
        var run = SyntheticRun()
        run.hillAmplitudePercent = 6
        run.cadenceDriftPercent = -5
        run.contactDriftPercent = 7
        #expect(FormAnalysis.run(run.activity()).drift.verdict == .degrades)
    }

    @Test("a short run has not enough steady running to tell")
    func shortRun() {
        var run = SyntheticRun()
        run.seconds = 240
        let form = FormAnalysis.run(run.activity())
        #expect(form.drift.verdict == .notEnoughSteadyRunning)
        #expect(form.drift.decayIndex == nil)
    }

    @Test("cadence only cannot apply the any-two rule")
    func cadenceOnly() throws {
        var run = SyntheticRun()
        run.runningDynamics = false
        run.cadenceDriftPercent = -6
        let form = FormAnalysis.run(run.activity())
        #expect(form.drift.verdict == .notEnoughMetrics)
        #expect(form.summary(.cadence) != nil)
        // The cadence drift is still measured and shown, it just cannot make "any two" alone.
        let cadence = try #require(form.drift.drift(.cadence))
        #expect(cadence.flagged && abs(cadence.change - -6) < 0.6)
        #expect(form.drift.decayIndex == nil)
        #expect(!form.hasRunningDynamics)
    }

    @Test("balance drift beyond 1.5 points is flagged, below is not")
    func balanceDrift() throws {
        var run = SyntheticRun()
        run.balanceDriftPoints = 2.2
        let drifted = FormAnalysis.run(run.activity())
        let row = try #require(drifted.drift.drift(.groundContactBalance))
        #expect(row.flagged && abs(row.change - 2.2) < 0.3)
        #expect(drifted.drift.balanceDrifted)
        run.balanceDriftPoints = 0.8
        #expect(!FormAnalysis.run(run.activity()).drift.balanceDrifted)
    }
}

/// First third against last third with pace ignored: what a naive analysis would report.
struct NaiveThirds {
    var cadenceChange = 0.0
    var contactChange = 0.0

    init(_ activity: Activity) {
        let s = activity.samples.filter { ($0.cadence ?? 0) >= 130 }
        let n = s.count / 3
        func mean(_ part: ArraySlice<Sample>, _ key: KeyPath<Sample, Double?>) -> Double {
            let v = part.compactMap { $0[keyPath: key] }
            return v.reduce(0, +) / Double(v.count)
        }
        let first = s[0..<n], last = s[(s.count - n)...]
        cadenceChange = (mean(last, \.cadence) / mean(first, \.cadence) - 1) * 100
        contactChange = (mean(last, \.groundContactTimeMilliseconds) / mean(first, \.groundContactTimeMilliseconds) - 1) * 100
    }
}
