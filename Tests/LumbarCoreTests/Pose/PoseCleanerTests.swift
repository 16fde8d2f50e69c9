import Testing
@testable import LumbarCore

@Suite struct PoseCleanerTests {
    @Test func swappedLegsAreSwappedBack() {
        var p = SyntheticRunnerParameters()
        p.noisePixels = 1
        let (clean, _) = SyntheticRunner(p).clip()
        var swapped = clean
        let frames = [50, 51, 120, 200, 201, 202, 300]
        for f in frames {
            for (l, r) in SideSwapRepair.legPairs {
                let a = swapped[l, f]
                swapped[l, f] = swapped[r, f]
                swapped[r, f] = a
            }
        }
        let (_, report) = PoseCleaner().clean(swapped)
        let (_, reference) = PoseCleaner().clean(clean)
        #expect(report.swappedFrames >= frames.count - 1)
        #expect(report.swappedFrames <= frames.count + reference.swappedFrames + 2)
    }

    @Test func aClipSwappedFromTheStartFollowsTheMajority() {
        let (clean, _) = SyntheticRunner(SyntheticRunnerParameters()).clip()
        var s = clean
        // The first 3 frames are labelled the wrong way round: they are the ones swapped.
        for f in 0..<3 {
            for (l, r) in SideSwapRepair.legPairs {
                let a = s[l, f]; s[l, f] = s[r, f]; s[r, f] = a
            }
        }
        var repaired = s
        let n = SideSwapRepair.repair(&repaired, costRatio: 0.5, minimumCost: 5)
        #expect(n <= 6)
        #expect(repaired[.leftKnee, 1]?.x == clean[.leftKnee, 1]?.x)
        #expect(repaired[.leftKnee, 100]?.x == clean[.leftKnee, 100]?.x)
    }

    @Test func lowConfidenceAndOutliersAreRemoved() {
        var p = SyntheticRunnerParameters()
        p.lowConfidenceRate = 0.05
        p.outlierRate = 0.01
        let (s, _) = SyntheticRunner(p).clip()
        let (cleaned, report) = PoseCleaner().clean(s)
        #expect(report.lowConfidencePoints > 100)
        #expect(report.outlierPoints > 30)
        #expect(report.interpolatedPoints > 100)
        #expect(cleaned.frameCount == s.frameCount)
        #expect(cleaned[.leftKnee].presentCount >= s.frameCount - 10)
    }

    @Test func derivedMidpointsForLayoutsWithoutNeckOrMidHip() {
        var s = PoseSequence(model: "COCO-17", framesPerSecond: 30, frameCount: 1)
        s[.leftHip, 0] = Keypoint(x: 100, y: 200, confidence: 0.9)
        s[.rightHip, 0] = Keypoint(x: 120, y: 210, confidence: 0.6)
        s.fillDerivedMidpoints()
        #expect(s[.midHip, 0] == Keypoint(x: 110, y: 205, confidence: 0.6))
        #expect(s[.neck, 0] == nil)
    }
}
