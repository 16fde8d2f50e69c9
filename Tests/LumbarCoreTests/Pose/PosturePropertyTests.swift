import PropertyBased
import Testing
@testable import LumbarCore

/// Properties over random runners: the known lean and cadence come back, whatever the mix.
@Suite struct PosturePropertyTests {
    @Test func randomRunnersAreRecovered() async {
        await propertyCheck(count: 12, input: Gen.int(in: 0...20), Gen.int(in: 150...195), Gen.int(in: 1...1000)) { lean, cadence, seed in
            var p = SyntheticRunnerParameters()
            p.trunkLeanDegrees = Double(lean)
            p.cadenceStepsPerMinute = Double(cadence)
            p.noisePixels = 1.5
            p.lowConfidenceRate = 0.02
            p.droppedFrameRate = 0.01
            p.seed = UInt64(seed)
            let (clip, truth) = SyntheticRunner(p).clip()
            let a = try PostureAnalyzer.analyze(clip)
            let got = try #require(a.summaries[.trunkLeanDegrees]).mean
            #expect(abs(got - truth.trunkLeanDegrees) <= 1.5)
            #expect(abs((a.cadenceStepsPerMinute ?? 0) - Double(cadence)) <= 2)
        }
    }

    @Test func cleaningNeverInventsFramesOrMovesValidTimes() async {
        await propertyCheck(count: 20, input: Gen.int(in: 30...200), Gen.int(in: 1...1000)) { frames, seed in
            var p = SyntheticRunnerParameters()
            p.durationSeconds = Double(frames) / 60
            p.droppedFrameRate = 0.05
            p.seed = UInt64(seed)
            let (clip, _) = SyntheticRunner(p).clip()
            let (cleaned, report) = PoseCleaner().clean(clip)
            #expect(cleaned.frameCount == clip.frameCount)
            #expect(cleaned.times == clip.times)
            #expect(report.interpolatedPoints >= 0)
        }
    }
}
