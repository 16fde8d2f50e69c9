import Foundation

/// The findings (origin `posture`) of one analysed video, for the cause engine.
public enum PostureFindings {
    /// Findings of `analysis`, dated `date` (the day the video was filmed).
    public static func findings(for a: PostureAnalysis, date: LocalDate) -> [Finding] {
        var out: [Finding] = []
        func add(_ e: Evidence?, id: String? = nil, _ value: Double?, _ unit: String?, _ threshold: Double?, _ text: String) {
            out.append(Finding(id: id ?? e?.id ?? "", value: value.map { JSONWriter.round($0, 2) }, unit: unit,
                               threshold: threshold, evidence: e, text: text, dates: [date], origin: "posture"))
        }
        func enough(_ m: PostureMetric) -> StepMetricSummary? {
            guard let s = a.summaries[m], s.count >= PostureThresholds.minimumSteps else { return nil }
            return s
        }
        if let cadence = a.cadenceStepsPerMinute {
            add(nil, id: "postureVideoCadence", cadence, "steps/min", nil,
                "Cadence in the video: \(f0(cadence)) steps per minute over \(a.steps.count) steps.")
        }
        var concern = false
        if let lean = enough(.trunkLeanDegrees) {
            if lean.mean > PostureThresholds.trunkLeanDegrees {
                concern = true
                add(.postureTrunkLean, lean.mean, "deg", PostureThresholds.trunkLeanDegrees,
                    "You lean forward \(f1(lean.mean)) deg at midstance (healthy runners average about 4-11 deg); run tall, lean from the ankles, not the waist.")
            }
            if let change = lean.changeFirstToLastThird, change > PostureThresholds.leanIncreaseDegrees {
                concern = true
                add(.postureLeanIncrease, change, "deg", PostureThresholds.leanIncreaseDegrees,
                    "Your forward lean grew by \(f1(change)) deg from the first to the last third of the clip: form that breaks down as you tire points to core endurance.")
            }
        }
        if let align = enough(.trunkThighAngleDegrees),
           align.mean > PostureThresholds.trunkThighMaximumDegrees || align.mean < PostureThresholds.trunkThighMinimumDegrees {
            concern = true
            let bent = align.mean > 0
            add(.postureTrunkThighMisalignment, align.mean, "deg",
                bent ? PostureThresholds.trunkThighMaximumDegrees : PostureThresholds.trunkThighMinimumDegrees,
                bent ? "At midstance your upper body is bent \(f1(align.mean)) deg forward of the standing leg: it is not in line with your legs (hips 'sitting back')."
                     : "At midstance your upper body leans \(f1(-align.mean)) deg back behind the standing leg: it is not in line with your legs.")
        }
        if let shank = enough(.shankAngleAtContactDegrees), shank.mean > PostureThresholds.overstrideShankDegrees {
            concern = true
            let ahead = a.summaries[.overstrideLegLengths].map { ", the foot \(f2($0.mean)) leg lengths ahead of the hip" } ?? ""
            let spm = a.cadenceStepsPerMinute.map { " (from \(f0($0)) to about \(f0($0 * 1.05))-\(f0($0 * 1.10)) steps/min)" } ?? ""
            add(.postureOverstride, shank.mean, "deg", PostureThresholds.overstrideShankDegrees,
                "You land with the shin tilted \(f1(shank.mean)) deg forward\(ahead): overstriding. Try a 5-10 % higher step rate\(spm) at the same pace.")
        }
        if let diff = a.pelvicDropDifferenceDegrees,
           let l = enough(.pelvicDropLeftStanceDegrees), let r = enough(.pelvicDropRightStanceDegrees) {
            if abs(diff) > PostureThresholds.pelvicDropDifferenceDegrees {
                concern = true
                let weak = diff > 0 ? "left" : "right"
                add(.posturePelvicDropAsymmetry, abs(diff), "deg", PostureThresholds.pelvicDropDifferenceDegrees,
                    "Your pelvis drops \(f1(l.mean)) deg when you stand on the left foot and \(f1(r.mean)) deg on the right: more on the \(weak)-stance side, which suggests weaker \(weak) hip abductors. The published link is to knee and shin injuries, not back pain, so it weighs little.")
            } else {
                add(nil, id: "posturePelvicDrop", abs(diff), "deg", PostureThresholds.pelvicDropDifferenceDegrees,
                    "Pelvic drop is even: \(f1(l.mean)) deg standing on the left, \(f1(r.mean)) deg on the right.")
            }
        }
        if let c = enough(.lumbarCurvatureDegrees) {
            add(nil, id: "postureLumbarCurvature", c.mean, "deg", nil,
                "Lower-back curve in stance (SpinePose L5-L3-T12/L1): \(f1(c.mean)) deg \(c.mean >= 0 ? "(arched)" : "(rounded)"); information only, no validated norm.")
        }
        if !concern, a.view.view == .side, let lean = enough(.trunkLeanDegrees), enough(.trunkThighAngleDegrees) != nil {
            add(.postureFormWithinNorms, lean.mean, "deg", PostureThresholds.trunkLeanDegrees,
                "Your trunk lean (\(f1(lean.mean)) deg) and trunk-to-leg alignment are within the usual range: running posture is a less likely cause.")
        }
        return out
    }

    static func f0(_ v: Double) -> String { String(format: "%.0f", v) }
    static func f1(_ v: Double) -> String { String(format: "%.1f", v) }
    static func f2(_ v: Double) -> String { String(format: "%.2f", v) }
}
