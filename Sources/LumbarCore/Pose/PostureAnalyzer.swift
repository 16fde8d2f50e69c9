import Foundation

/// Turns a raw keypoint sequence into a `PostureAnalysis`: clean (`PoseCleaner`), detect the view
/// (`ViewDetector`), find steps (`GaitEventDetector`), measure each step, summarise.
public enum PostureAnalyzer {
    /// Analyses `raw`; throws `PostureAnalysisError` when there is no runner or no step to measure.
    public static func analyze(_ raw: PoseSequence, options: PostureOptions = PostureOptions()) throws -> PostureAnalysis {
        guard raw.framesPerSecond >= 1, raw.framesPerSecond <= 1000 else {
            throw PostureAnalysisError.implausibleFrameRate(raw.framesPerSecond)
        }
        guard raw.frameCount >= 2, raw.durationSeconds >= 1 else {
            throw PostureAnalysisError.tooShort(frames: raw.frameCount, seconds: max(0, raw.durationSeconds))
        }
        let (s, unsmoothed, cleaning) = PoseCleaner(parameters: options.cleaning).cleanKeepingUnsmoothed(raw)
        guard cleaning.unusableFrames < s.frameCount else { throw PostureAnalysisError.noRunner(frames: s.frameCount) }
        let view = ViewDetector.estimate(s, forced: options.view)
        let legLength = legLengthPixels(s)
        let steps = GaitEventDetector.detect(s, view: view, legLength: legLength)
        guard !steps.isEmpty else { throw PostureAnalysisError.noSteps(view: view.view) }
        let start = s.times[0], duration = s.durationSeconds
        let measurements = steps.map { st in
            StepMeasurement(
                step: st, contactTime: s.times[st.contactFrame], midstanceTime: s.times[st.midstanceFrame],
                values: StepMetrics.measure(s, unsmoothed: unsmoothed, st, view: view, legLength: legLength, heightCentimeters: options.heightCentimeters))
        }
        var summaries: [PostureMetric: StepMetricSummary] = [:]
        for metric in PostureMetric.allCases {
            let samples = measurements.compactMap { m in m.values[metric].map { (time: m.midstanceTime, value: $0) } }
            if let summary = StepMetricSummary.of(samples, start: start, duration: duration) { summaries[metric] = summary }
        }
        let firstSteps = steps.filter { s.times[$0.contactFrame] < start + duration / 3 }
        let lastSteps = steps.filter { s.times[$0.contactFrame] >= start + 2 * duration / 3 }
        var notes = raw.notes
        if cleaning.swappedFrames > 0 {
            notes.append("\(cleaning.swappedFrames) frames had left and right mixed up by the pose estimator and were swapped back.")
        }
        if !view.detected { notes.append("View set by you: \(view.view.rawValue).") }
        let traces = makeTraces(s, view: view)
        let figureFrame = typicalFrame(measurements, summaries: summaries, view: view)
        var figure: [Joint: Keypoint] = [:]
        if let figureFrame { for j in Joint.allCases { figure[j] = s[j, figureFrame] } }
        return PostureAnalysis(
            model: raw.model, framesPerSecond: raw.framesPerSecond, frameCount: raw.frameCount,
            durationSeconds: duration, view: view, cleaning: cleaning, legLengthPixels: legLength,
            steps: measurements, cadenceStepsPerMinute: GaitEventDetector.cadence(steps, times: s.times),
            cadenceFirstThird: firstSteps.count >= 3 ? GaitEventDetector.cadence(firstSteps, times: s.times) : nil,
            cadenceLastThird: lastSteps.count >= 3 ? GaitEventDetector.cadence(lastSteps, times: s.times) : nil,
            summaries: summaries, heightCentimeters: options.heightCentimeters, traces: traces,
            figure: figure, figureFrame: figureFrame, notes: notes)
    }

    /// Thigh + shank in pixels: the 90th percentile over frames (a leg seen foreshortened, bent
    /// towards or away from the camera, looks shorter, never longer).
    static func legLengthPixels(_ s: PoseSequence) -> Double {
        var lengths: [Double] = []
        for f in stride(from: 0, to: s.frameCount, by: max(1, s.frameCount / 4000)) {
            for side in BodySide.allCases {
                guard let hip = PoseGeometry.point(s, side.hip, f) ?? PoseGeometry.hipCentre(s, f),
                      let ankle = PoseGeometry.point(s, side.ankle, f) else { continue }
                if let knee = PoseGeometry.point(s, side.knee, f) {
                    lengths.append(PoseGeometry.distance(hip, knee) + PoseGeometry.distance(knee, ankle))
                } else {
                    lengths.append(PoseGeometry.distance(hip, ankle))
                }
            }
        }
        let l = SignalFilters.quantile(lengths, 0.9)
        return l > 0 ? l : 2 * PoseCleaner.torsoLength(s)
    }

    static func makeTraces(_ s: PoseSequence, view: ViewEstimate) -> PostureTraces {
        let n = s.frameCount
        var lean = [Double?](repeating: nil, count: n), kl = lean, kr = lean, hipLine = lean
        for f in 0..<n {
            if view.view == .side {
                if let hip = PoseGeometry.hipCentre(s, f), let sh = PoseGeometry.shoulderCentre(s, f) {
                    lean[f] = PoseGeometry.angleFromUp(hip, sh, direction: view.direction)
                }
                kl[f] = StepMetrics.kneeFlexion(s, .left, f)
                kr[f] = StepMetrics.kneeFlexion(s, .right, f)
            } else if let l = s[.leftHip, f], let r = s[.rightHip, f], abs(l.x - r.x) > 0 {
                hipLine[f] = atan2(r.y - l.y, abs(l.x - r.x)) * 180 / .pi
            }
        }
        return PostureTraces(times: s.times, trunkLeanDegrees: lean, kneeFlexionLeftDegrees: kl,
                             kneeFlexionRightDegrees: kr, hipLineDegrees: hipLine)
    }

    /// The midstance frame whose main metric is closest to its mean.
    static func typicalFrame(_ m: [StepMeasurement], summaries: [PostureMetric: StepMetricSummary], view: ViewEstimate) -> Int? {
        let metric: PostureMetric = view.view == .side ? .trunkLeanDegrees : .pelvicDropLeftStanceDegrees
        guard let mean = summaries[metric]?.mean else { return m.first?.step.midstanceFrame }
        return m.filter { $0.values[metric] != nil }
            .min { abs($0.values[metric]! - mean) < abs($1.values[metric]! - mean) }?.step.midstanceFrame
    }
}
