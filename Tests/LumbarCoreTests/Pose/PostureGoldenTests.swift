import Testing
@testable import LumbarCore

/// The JSON of a fixed synthetic clip, byte for byte: proves the output is stable across runs
/// and processes (no dictionary-order or clock dependence). Update on purpose when the analysis
/// changes.
@Suite struct PostureGoldenTests {
    static func fixedAnalysis() throws -> PostureAnalysis {
        var p = SyntheticRunnerParameters()
        p.durationSeconds = 4
        p.noisePixels = 1
        p.swapRate = 0.01
        p.seed = 42
        return try PostureAnalyzer.analyze(SyntheticRunner(p).clip().0)
    }

    @Test func jsonIsByteStable() throws {
        let a = try PostureGoldenTests.fixedAnalysis()
        let day = LocalDate(year: 2026, month: 6, day: 1)
        let json = a.json(id: 7, date: day, findings: PostureFindings.findings(for: a, date: day))
        #expect(json == PostureGoldenTests.golden)
    }

    static let golden = #"""
{"id":7,"date":"2026-06-01","model":"synthetic","view":"side","viewDetected":true,"direction":"right","framesPerSecond":60,"frames":240,"durationSeconds":3.98,"steps":10,"legLengthPixels":226.4,"cadenceStepsPerMinute":169.63,"trunkLeanDegrees":{"mean":8.15,"sd":0.28,"n":10},"trunkThighAngleDegrees":{"mean":28.02,"sd":0.79,"n":10},"overstrideLegLengths":{"mean":0.25,"sd":0.01,"n":10},"shankAngleAtContactDegrees":{"mean":4.29,"sd":1.44,"n":10},"kneeFlexionAtContactDegrees":{"mean":21.92,"sd":1.5,"n":10},"kneeFlexionAtMidstanceDegrees":{"mean":41.62,"sd":0.45,"n":10},"verticalOscillationLegLengths":{"mean":0.05,"sd":0,"n":9},"lumbarCurvatureDegrees":{"mean":19.56,"sd":1.7,"n":10},"changeFirstToLastThird":{"cadenceStepsPerMinute":2.68,"trunkLeanDegrees":0.09,"trunkThighAngleDegrees":0.62,"overstrideLegLengths":-0.02,"shankAngleAtContactDegrees":-1.96,"kneeFlexionAtContactDegrees":1.05,"kneeFlexionAtMidstanceDegrees":0.1,"verticalOscillationLegLengths":0,"lumbarCurvatureDegrees":0.34},"cleaning":{"lowConfidencePoints":0,"outlierPoints":12,"swappedFrames":8,"interpolatedPoints":12,"unusableFrames":0},"notes":["8 frames had left and right mixed up by the pose estimator and were swapped back."],"findings":[{"id":"postureVideoCadence","value":169.63,"unit":"steps/min","text":"Cadence in the video: 170 steps per minute over 10 steps."},{"id":"postureLumbarCurvature","value":19.56,"unit":"deg","text":"Lower-back curve in stance (SpinePose L5-L3-T12/L1): 19.6 deg (arched); information only, no validated norm."},{"id":"postureFormWithinNorms","value":8.15,"unit":"deg","threshold":15,"source":"clinical.md 8.2; R52; R38","text":"Your trunk lean (8.1 deg) and trunk-to-leg alignment are within the usual range: running posture is a less likely cause."}]}
"""#
}
