import Testing
@testable import LumbarCore

@Test func poseDebugPrint() throws {
    for view in [CameraView.side, .front] {
        var p = SyntheticRunnerParameters()
        p.view = view
        p.pelvicDropLeftDegrees = 6
        p.pelvicDropRightDegrees = 2
        p.leanIncreaseDegrees = 6
        let (seq, truth) = SyntheticRunner(p).clip()
        let a = try PostureAnalyzer.analyze(seq)
        print(view, truth)
        print(a.json(id: nil, date: LocalDate(year: 2026, month: 1, day: 1), findings: PostureFindings.findings(for: a, date: LocalDate(year: 2026, month: 1, day: 1)), pretty: true))
        print(a.steps.map { "\($0.step.side) \($0.step.contactFrame) \($0.step.midstanceFrame) \($0.step.lastContactFrame)" })
    }
}
