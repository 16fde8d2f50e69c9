import Testing
@testable import LumbarCore

@Suite struct ViewAndFindingsTests {
    let day = LocalDate(year: 2026, month: 5, day: 4)

    func analysis(_ edit: (inout SyntheticRunnerParameters) -> Void, options: PostureOptions = PostureOptions()) throws -> PostureAnalysis {
        var p = SyntheticRunnerParameters()
        p.noisePixels = 1
        edit(&p)
        return try PostureAnalyzer.analyze(SyntheticRunner(p).clip().0, options: options)
    }

    @Test func viewCanBeForced() throws {
        let a = try analysis({ _ in }, options: PostureOptions(view: .side))
        #expect(!a.view.detected)
        #expect(a.notes.contains { $0.contains("View set by you") })
        let detected = try analysis { $0.view = .front }
        #expect(detected.view.view == .front && detected.view.detected)
        #expect((detected.view.widthToTorsoRatio ?? 0) > ViewDetector.frontWidthRatio)
    }

    @Test func treadmillDirectionComesFromTheFeet() throws {
        let right = try analysis { $0.direction = 1 }
        let left = try analysis { $0.direction = -1 }
        #expect(right.view.direction == 1 && left.view.direction == -1)
        #expect(right.view.directionBasis == "toes ahead of heels")
        let crossing = try analysis { $0.overground = true; $0.direction = -1 }
        #expect(crossing.view.directionBasis == "hip travel across the picture")
    }

    @Test func excessiveLeanIsFlagged() throws {
        let a = try analysis { $0.trunkLeanDegrees = 19 }
        let f = PostureFindings.findings(for: a, date: day)
        let lean = try #require(f.first { $0.id == "postureTrunkLean" })
        #expect(lean.threshold == 15)
        #expect(lean.origin == "posture" && lean.dates == [day])
        #expect(lean.likelihoodRatio(for: .posture) > 1)
        #expect(!f.contains { $0.id == "postureFormWithinNorms" })
        // Bent forward at the hips: 19 deg lean over a ~20 deg stance thigh is beyond 35 deg.
        let bent = try #require(f.first { $0.id == "postureTrunkThighMisalignment" })
        #expect(bent.threshold == PostureThresholds.trunkThighMaximumDegrees)
        #expect(bent.text.contains("not in line with your legs"))
    }

    @Test func uprightAlignedFormCountsSlightlyAgainstPosture() throws {
        let a = try analysis { $0.trunkLeanDegrees = 6; $0.kneeFlexionPeakDegrees = 36 }
        let f = PostureFindings.findings(for: a, date: day)
        let ok = try #require(f.first { $0.id == "postureFormWithinNorms" }, "\(f.map(\.id))")
        #expect(ok.likelihoodRatio(for: .posture) < 1)
        #expect(f.contains { $0.id == "postureVideoCadence" && $0.evidence == nil })
    }

    @Test func leanThatGrowsPointsToConditioning() throws {
        let a = try analysis { $0.trunkLeanDegrees = 5; $0.leanIncreaseDegrees = 10 }
        let f = PostureFindings.findings(for: a, date: day)
        let drift = try #require(f.first { $0.id == "postureLeanIncrease" })
        #expect(drift.likelihoodRatio(for: .conditioning) > drift.likelihoodRatio(for: .posture))
    }

    @Test func overstrideIsFlaggedWithACadenceSuggestion() throws {
        let a = try analysis { $0.footAheadAtContactMeters = 0.45; $0.kneeFlexionAtContactDegrees = 10 }
        let f = PostureFindings.findings(for: a, date: day)
        let o = try #require(f.first { $0.id == "postureOverstride" }, "\(a.summaries[.shankAngleAtContactDegrees]!)")
        #expect(o.text.contains("5-10 %"))
        #expect(o.source.contains("R55"))
    }

    @Test func oneSidedPelvicDropIsFlaggedWithLowWeight() throws {
        let a = try analysis { $0.view = .front; $0.pelvicDropLeftDegrees = 8; $0.pelvicDropRightDegrees = 2 }
        let f = PostureFindings.findings(for: a, date: day)
        let drop = try #require(f.first { $0.id == "posturePelvicDropAsymmetry" })
        #expect(drop.text.contains("left"))
        #expect(drop.text.contains("not back pain"))
        #expect(drop.likelihoodRatio(for: .posture) <= 1.3)
        let even = try analysis { $0.view = .front; $0.pelvicDropLeftDegrees = 4; $0.pelvicDropRightDegrees = 4 }
        let g = PostureFindings.findings(for: even, date: day)
        #expect(g.contains { $0.id == "posturePelvicDrop" && $0.evidence == nil })
        #expect(!g.contains { $0.id == "posturePelvicDropAsymmetry" })
    }

    @Test func evidenceRowsAreModestAndDocumented() {
        let rows = Evidence.postureRows
        #expect(Set(rows.map(\.id)).count == rows.count)
        for r in rows {
            #expect(r.basis == .documentedDefault)
            #expect(!r.source.isEmpty && !r.rationale.isEmpty)
            for c in Cause.allCases {
                let lr = r.likelihoodRatio(for: c)
                #expect(lr >= 0.75 && lr <= 2, "\(r.id) \(c) \(lr)")
            }
        }
    }

    @Test func errorsSayWhatToDo() throws {
        let short = SyntheticRunner({ var p = SyntheticRunnerParameters(); p.durationSeconds = 0.5; return p }()).clip().0
        #expect(throws: PostureAnalysisError.self) { try PostureAnalyzer.analyze(short) }
        var empty = PoseSequence(model: "BODY_25", framesPerSecond: 30, frameCount: 90)
        empty[.nose, 3] = Keypoint(x: 1, y: 1, confidence: 0.9)
        #expect(throws: PostureAnalysisError.noRunner(frames: 90)) { try PostureAnalyzer.analyze(empty) }
        var fast = SyntheticRunner(SyntheticRunnerParameters()).clip().0
        fast.framesPerSecond = 1e300
        #expect(throws: PostureAnalysisError.implausibleFrameRate(1e300)) { try PostureAnalyzer.analyze(fast) }
        // Standing still: hips and shoulders but no steps.
        var still = PoseSequence(model: "BODY_25", framesPerSecond: 30, frameCount: 90)
        for f in 0..<90 {
            still[.midHip, f] = Keypoint(x: 500, y: 500, confidence: 0.9)
            still[.neck, f] = Keypoint(x: 500, y: 350, confidence: 0.9)
            still[.leftAnkle, f] = Keypoint(x: 490, y: 800, confidence: 0.9)
            still[.rightAnkle, f] = Keypoint(x: 510, y: 800, confidence: 0.9)
        }
        do {
            _ = try PostureAnalyzer.analyze(still)
            Issue.record("standing still must not give steps")
        } catch let e as PostureAnalysisError {
            #expect(e.description.contains("foot contacts"))
        }
    }
}
