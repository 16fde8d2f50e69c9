/// Decides side or front view and the running direction from cleaned keypoints.
///
/// View (design default): front when the median of (shoulder width + hip width) /
/// (2 x torso length) is at least 0.35. From the side the two shoulders and hips nearly overlap
/// (ratio < 0.2); from the front they are about 0.4 m and 0.3 m apart on a ~0.5 m torso (~0.7).
/// When both sides are rarely seen (under 20 % of frames, typical of a side view where the far
/// side is hidden), the ankle separation decides: side when its 90th percentile is at least
/// 0.6 torso lengths.
public enum ViewDetector {
    /// The width-ratio threshold between side (below) and front (at or above).
    public static let frontWidthRatio = 0.35
    /// The ankle-separation threshold (torso lengths) above which the view is side.
    public static let sideAnkleSeparation = 0.6

    /// The view (forced when `forced` is given) and direction.
    public static func estimate(_ s: PoseSequence, forced: CameraView? = nil) -> ViewEstimate {
        var widths: [Double] = [], separations: [Double] = []
        var framesWithTorso = 0
        for f in 0..<s.frameCount {
            guard let hip = PoseGeometry.hipCentre(s, f), let sh = PoseGeometry.shoulderCentre(s, f) else { continue }
            let torso = PoseGeometry.distance(hip, sh)
            guard torso > 0 else { continue }
            framesWithTorso += 1
            if let ls = s[.leftShoulder, f], let rs = s[.rightShoulder, f], let lh = s[.leftHip, f], let rh = s[.rightHip, f] {
                widths.append((abs(ls.x - rs.x) + abs(lh.x - rh.x)) / (2 * torso))
            }
            if let la = s[.leftAnkle, f], let ra = s[.rightAnkle, f] {
                separations.append(abs(la.x - ra.x) / torso)
            }
        }
        let width = widths.isEmpty ? nil : SignalFilters.median(widths)
        let separation = separations.isEmpty ? nil : SignalFilters.quantile(separations, 0.9)
        let view: CameraView
        if let forced {
            view = forced
        } else if let width, widths.count * 5 >= framesWithTorso {
            view = width >= frontWidthRatio ? .front : .side
        } else if let separation {
            view = separation >= sideAnkleSeparation ? .side : .front
        } else {
            view = .side
        }
        let (direction, basis) = view == .side ? sideDirection(s) : facing(s)
        return ViewEstimate(
            view: view, detected: forced == nil, widthToTorsoRatio: width,
            ankleSeparationToTorsoRatio: separation, direction: direction, directionBasis: basis)
    }

    /// Side view: the hips' travel across the picture when they move more than one torso length
    /// (running past the camera); else toes ahead of heels; else knees ahead of the hips (the
    /// knee swings much further forward than back).
    static func sideDirection(_ s: PoseSequence) -> (Double, String) {
        let torso = PoseCleaner.torsoLength(s)
        let hips = (0..<s.frameCount).compactMap { PoseGeometry.hipCentre(s, $0) }
        if let first = hips.first, let last = hips.last, abs(last.x - first.x) > torso {
            return (last.x > first.x ? 1 : -1, "hip travel across the picture")
        }
        var toe: [Double] = []
        for f in 0..<s.frameCount {
            for side in BodySide.allCases {
                if let t = s[side.toe, f], let h = s[side.heel, f] { toe.append(t.x - h.x) }
            }
        }
        if toe.count * 3 >= s.frameCount {
            return (SignalFilters.median(toe) >= 0 ? 1 : -1, "toes ahead of heels")
        }
        var knee: [Double] = []
        for f in 0..<s.frameCount {
            guard let hip = PoseGeometry.hipCentre(s, f) else { continue }
            for side in BodySide.allCases { if let k = s[side.knee, f] { knee.append(k.x - hip.x) } }
        }
        let mean = knee.isEmpty ? 0 : knee.reduce(0, +) / Double(knee.count)
        return (mean >= 0 ? 1 : -1, "knees ahead of the hips")
    }

    /// Front view: facing the camera when the runner's left hip appears on the image right.
    static func facing(_ s: PoseSequence) -> (Double, String) {
        var d: [Double] = []
        for f in 0..<s.frameCount {
            if let l = s[.leftHip, f], let r = s[.rightHip, f] { d.append(l.x - r.x) }
        }
        return (SignalFilters.median(d) >= 0 ? 1 : -1, "left hip on the image right means facing the camera")
    }
}
