import Testing
@testable import LumbarCore

/// The synthetic runner's known truths are recovered within tolerance across a grid of cases:
/// trunk lean within 1.5 deg, cadence within 2 steps/min, pelvic drop within 1.5 deg (and
/// at contact, where one frame matters, overstride within 0.07 leg lengths and shank angle within
/// 7 deg: contact is found to about one frame).
@Suite struct SyntheticRecoveryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var p: SyntheticRunnerParameters
        var testDescription: String { name }
    }

    static func faulty(_ p: SyntheticRunnerParameters, seed: UInt64) -> SyntheticRunnerParameters {
        var p = p
        p.noisePixels = 1.5
        p.droppedFrameRate = 0.01
        p.lowConfidenceRate = 0.02
        p.swapRate = 0.01
        p.outlierRate = 0.005
        p.seed = seed
        return p
    }

    static let sideCases: [Case] = {
        var out: [Case] = []
        var seed: UInt64 = 10
        for lean in [3.0, 9.0, 18.0] {
            for cadence in [155.0, 172.0, 186.0] {
                for direction in [1.0, -1.0] {
                    var p = SyntheticRunnerParameters()
                    p.trunkLeanDegrees = lean
                    p.cadenceStepsPerMinute = cadence
                    p.direction = direction
                    p.overground = direction < 0
                    seed += 1
                    out.append(Case(name: "side lean \(lean) cadence \(cadence) dir \(direction)", p: faulty(p, seed: seed)))
                }
            }
        }
        return out
    }()

    static let frontCases: [Case] = {
        var out: [Case] = []
        var seed: UInt64 = 100
        for (l, r) in [(2.0, 2.0), (7.0, 3.0), (1.0, 6.0), (9.0, 9.0)] {
            for cadence in [160.0, 180.0] {
                for facing in [1.0, -1.0] {
                    var p = SyntheticRunnerParameters()
                    p.view = .front
                    p.pelvicDropLeftDegrees = l
                    p.pelvicDropRightDegrees = r
                    p.cadenceStepsPerMinute = cadence
                    p.direction = facing
                    seed += 1
                    out.append(Case(name: "front drop \(l)/\(r) cadence \(cadence) facing \(facing)", p: faulty(p, seed: seed)))
                }
            }
        }
        return out
    }()

    @Test(arguments: sideCases)
    func sideView(_ c: Case) throws {
        let (clip, truth) = SyntheticRunner(c.p).clip()
        let a = try PostureAnalyzer.analyze(clip)
        #expect(a.view.view == .side)
        #expect(a.view.direction == c.p.direction)
        let cadence = try #require(a.cadenceStepsPerMinute)
        #expect(abs(cadence - truth.cadenceStepsPerMinute) <= 2, "cadence \(cadence)")
        let lean = try #require(a.summaries[.trunkLeanDegrees]).mean
        #expect(abs(lean - truth.trunkLeanDegrees) <= 1.5, "lean \(lean) vs \(truth.trunkLeanDegrees)")
        let overstride = try #require(a.summaries[.overstrideLegLengths]).mean
        #expect(abs(overstride - truth.overstrideLegLengths) <= 0.07, "overstride \(overstride) vs \(truth.overstrideLegLengths)")
        let tt = try #require(a.summaries[.trunkThighAngleDegrees]).mean
        #expect(abs(tt - truth.trunkThighAngleDegrees) <= 3, "trunk-thigh \(tt) vs \(truth.trunkThighAngleDegrees)")
        let knee = try #require(a.summaries[.kneeFlexionAtMidstanceDegrees]).mean
        #expect(abs(knee - truth.kneeFlexionAtMidstanceDegrees) <= 4, "knee \(knee) vs \(truth.kneeFlexionAtMidstanceDegrees)")
        let shank = try #require(a.summaries[.shankAngleAtContactDegrees]).mean
        #expect(abs(shank - truth.shankAngleAtContactDegrees) <= 7, "shank \(shank) vs \(truth.shankAngleAtContactDegrees)")
        let steps = truth.contactTimes.count
        #expect(abs(a.steps.count - steps) <= 2, "steps \(a.steps.count) vs \(steps)")
    }

    @Test(arguments: frontCases)
    func frontView(_ c: Case) throws {
        let (clip, truth) = SyntheticRunner(c.p).clip()
        let a = try PostureAnalyzer.analyze(clip)
        #expect(a.view.view == .front)
        #expect(a.view.direction == c.p.direction)
        let cadence = try #require(a.cadenceStepsPerMinute)
        #expect(abs(cadence - truth.cadenceStepsPerMinute) <= 2, "cadence \(cadence)")
        let left = try #require(a.summaries[.pelvicDropLeftStanceDegrees]).mean
        let right = try #require(a.summaries[.pelvicDropRightStanceDegrees]).mean
        #expect(abs(left - truth.pelvicDropLeftDegrees) <= 1.5, "left \(left) vs \(truth.pelvicDropLeftDegrees)")
        #expect(abs(right - truth.pelvicDropRightDegrees) <= 1.5, "right \(right) vs \(truth.pelvicDropRightDegrees)")
        #expect(a.summaries[.trunkLeanDegrees] == nil)
    }

    @Test func leanDriftIsRecoveredAsChangeFirstToLastThird() throws {
        var p = SyntheticRecoveryTests.faulty(SyntheticRunnerParameters(), seed: 7)
        p.leanIncreaseDegrees = 9
        let (clip, truth) = SyntheticRunner(p).clip()
        let a = try PostureAnalyzer.analyze(clip)
        let change = try #require(a.summaries[.trunkLeanDegrees]?.changeFirstToLastThird)
        #expect(abs(change - truth.trunkLeanChangeDegrees) <= 1.5, "change \(change) vs \(truth.trunkLeanChangeDegrees)")
    }

    @Test func lumbarCurvatureFromSpinePoints() throws {
        for lordosis in [0.02, -0.02] {
            var p = SyntheticRecoveryTests.faulty(SyntheticRunnerParameters(), seed: 9)
            p.lumbarLordosisMeters = lordosis
            let (clip, truth) = SyntheticRunner(p).clip()
            let a = try PostureAnalyzer.analyze(clip)
            let c = try #require(a.summaries[.lumbarCurvatureDegrees]).mean
            #expect(abs(c - truth.lumbarCurvatureDegrees) <= 3, "curvature \(c) vs \(truth.lumbarCurvatureDegrees)")
            #expect((c > 0) == (lordosis > 0))
        }
    }

    @Test func heightGivesCentimetres() throws {
        let (clip, truth) = SyntheticRunner(SyntheticRunnerParameters()).clip()
        let a = try PostureAnalyzer.analyze(clip, options: PostureOptions(heightCentimeters: 0.9 / 0.491 * 100))
        let cm = try #require(a.summaries[.verticalOscillationCentimeters]).mean
        #expect(abs(cm - truth.verticalOscillationLegLengths * 90) <= 1.5, "VO \(cm) cm vs \(truth.verticalOscillationLegLengths * 90)")
    }
}
