import Testing
@testable import LumbarCore

@Suite("Form: per-run means, spread, running segments")
struct RunFormTests {
    @Test("means and spread match the generated form")
    func meansMatch() throws {
        let form = FormAnalysis.run(SyntheticRun().activity())
        let cadence = try #require(form.summary(.cadence))
        #expect(abs(cadence.mean - 170) < 0.5)
        #expect(cadence.standardDeviation > 1 && cadence.standardDeviation < 3)
        #expect(cadence.zone == .green)
        let contact = try #require(form.summary(.groundContactTime))
        #expect(abs(contact.mean - 250) < 2 && contact.zone == .green)
        #expect(try #require(form.summary(.verticalOscillation)).zone == .green)
        #expect(form.summary(.stepLength)?.zone == nil)
        #expect(abs(form.runningSeconds - 3600) < 2)
        #expect(form.hasRunningDynamics)
    }

    @Test("walking breaks are excluded from the means and the running time")
    func walkingBreaksExcluded() throws {
        var run = SyntheticRun()
        run.walkEverySeconds = 600
        run.walkSeconds = 90
        let form = FormAnalysis.run(run.activity())
        let cadence = try #require(form.summary(.cadence))
        #expect(abs(cadence.mean - 170) < 0.5, "walking at 112 spm would pull the mean down")
        #expect(cadence.standardDeviation < 3)
        #expect(abs(form.runningSeconds - (3600 - 5 * 90)) < 15)
        #expect(form.runningSamples < form.totalSamples - 400)
        #expect(form.drift.verdict == .stable)
    }

    @Test("stops (speed zero, cadence zero) are not running")
    func stopsExcluded() {
        var activity = SyntheticRun().activity()
        for i in 1000..<1300 {
            activity.samples[i].speedMetersPerSecond = 0
            activity.samples[i].cadence = 0
        }
        let form = FormAnalysis.run(activity)
        #expect(form.runningSamples == activity.samples.count - 300)
    }

    @Test("imbalance beyond 52.2 % is found and the side named")
    func imbalance() {
        var run = SyntheticRun()
        run.balanceLeft = 47.0
        let form = FormAnalysis.run(run.activity())
        #expect(form.isImbalanced())
        #expect(form.heavierSide == "right")
        #expect(form.summary(.groundContactBalance)?.zone == .red)
        run.balanceLeft = 51.5
        #expect(!FormAnalysis.run(run.activity()).isImbalanced())
    }

    @Test("overstride proxy needs low cadence and long contact at easy pace")
    func overstride() {
        var run = SyntheticRun()
        run.cadence = 154
        run.groundContact = 292
        #expect(FormAnalysis.run(run.activity()).meetsOverstrideProxy())
        run.groundContact = 265
        #expect(!FormAnalysis.run(run.activity()).meetsOverstrideProxy())
    }

    @Test("empty and odd inputs do not crash")
    func oddInputs() {
        let empty = Activity(sport: .running, start: 0, elapsedSeconds: 0)
        let form = FormAnalysis.run(empty)
        #expect(form.metrics.isEmpty && form.runningSamples == 0)
        #expect(form.drift.verdict == .notEnoughMetrics)
        let odd = Activity(sport: .running, start: 0, elapsedSeconds: 3, samples: [
            Sample(speedMetersPerSecond: .nan, cadence: .infinity),
            Sample(time: 5, speedMetersPerSecond: 1e9, cadence: 170, groundContactBalancePercent: 0),
            Sample(time: 2, speedMetersPerSecond: -3, cadence: -1),
        ])
        let result = FormAnalysis.run(odd)
        #expect(result.summary(.groundContactBalance) == nil)
        #expect(result.runningSamples == 1)
    }
}
