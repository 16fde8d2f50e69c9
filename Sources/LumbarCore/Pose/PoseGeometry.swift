import Foundation

/// Points and angles in image coordinates (x right, y down), in degrees.
public enum PoseGeometry {
    /// A 2-D point.
    public typealias Point = (x: Double, y: Double)

    /// The hip centre: `midHip` when present, else the mean of the hips present.
    public static func hipCentre(_ s: PoseSequence, _ f: Int) -> Point? {
        if let m = s[.midHip, f] { return (m.x, m.y) }
        return mean(s[.leftHip, f], s[.rightHip, f])
    }

    /// The shoulder centre: the mean of the shoulders present, else `neck`.
    public static func shoulderCentre(_ s: PoseSequence, _ f: Int) -> Point? {
        if let p = mean(s[.leftShoulder, f], s[.rightShoulder, f]) { return p }
        if let n = s[.neck, f] { return (n.x, n.y) }
        return nil
    }

    private static func mean(_ a: Keypoint?, _ b: Keypoint?) -> Point? {
        switch (a, b) {
        case let (a?, b?): ((a.x + b.x) / 2, (a.y + b.y) / 2)
        case let (a?, nil): (a.x, a.y)
        case let (nil, b?): (b.x, b.y)
        default: nil
        }
    }

    /// A point of a joint, or nil.
    public static func point(_ s: PoseSequence, _ j: Joint, _ f: Int) -> Point? {
        s[j, f].map { ($0.x, $0.y) }
    }

    /// The angle (degrees) of the segment `from -> to` from straight UP in the image, positive
    /// when it leans towards `direction` (+1 = image right, -1 = image left).
    public static func angleFromUp(_ from: Point, _ to: Point, direction: Double) -> Double {
        atan2((to.x - from.x) * direction, from.y - to.y) * 180 / .pi
    }

    /// The angle (degrees) of the segment `from -> to` from straight DOWN, positive when `to` is
    /// further towards `direction` than `from`.
    public static func angleFromDown(_ from: Point, _ to: Point, direction: Double) -> Double {
        atan2((to.x - from.x) * direction, to.y - from.y) * 180 / .pi
    }

    /// The inner angle at `b` (degrees, 0-180) between `b -> a` and `b -> c`.
    public static func innerAngle(_ a: Point, _ b: Point, _ c: Point) -> Double {
        let u = (a.x - b.x, a.y - b.y), v = (c.x - b.x, c.y - b.y)
        let dot = u.0 * v.0 + u.1 * v.1
        let cross = u.0 * v.1 - u.1 * v.0
        return abs(atan2(cross, dot)) * 180 / .pi
    }

    /// Distance between two points.
    public static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }
}
