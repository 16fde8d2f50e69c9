import Foundation
import LumbarCore
import LumbarReport

/// The run page's charts: the route (latitude/longitude, equirectangular, north up) and one
/// small trace per recorded channel against elapsed time. Server-rendered SVG, byte-stable
/// (fixed decimals), with a `<title>` for screen readers. At most 600 points a line.
enum RunCharts {
    static let width = 640.0
    static let maxPoints = 600

    /// The route, or nil when the run has fewer than two positions (a treadmill run).
    static func route(_ samples: [Sample]) -> String? {
        let points = samples.compactMap { s -> (Double, Double)? in
            guard let lat = s.latitude, let lon = s.longitude, lat.isFinite, lon.isFinite else { return nil }
            return (lat, lon)
        }
        guard points.count >= 2 else { return nil }
        let minLat = points.map { $0.0 }.min()!, maxLat = points.map { $0.0 }.max()!
        let minLon = points.map { $0.1 }.min()!, maxLon = points.map { $0.1 }.max()!
        let scaleX = cos((minLat + maxLat) / 2 * .pi / 180)
        let spanX = max((maxLon - minLon) * scaleX, 1e-9), spanY = max(maxLat - minLat, 1e-9)
        let size = 400.0, pad = 10.0
        let k = (size - 2 * pad) / max(spanX, spanY)
        let w = spanX * k + 2 * pad, h = spanY * k + 2 * pad
        var d = ""
        for (i, p) in thin(points).enumerated() {
            let x = pad + (p.1 - minLon) * scaleX * k, y = pad + (maxLat - p.0) * k
            d += (i == 0 ? "M" : "L") + f(x) + " " + f(y)
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(w)) \(f(h))\" width=\"\(f(w))\" height=\"\(f(h))\" role=\"img\" aria-labelledby=\"route-title\"><title id=\"route-title\">Route of the run, north up</title><path class=\"route\" d=\"\(d)\"/></svg>"
    }

    /// A channel that can be traced: its name, unit and how to read it from a sample.
    struct Channel: Sendable {
        var id: String
        var name: String
        var unit: String
        var value: @Sendable (Sample) -> Double?
    }

    static let channels: [Channel] = [
        Channel(id: "pace", name: "Pace", unit: "min/km") { s in
            guard let v = s.speedMetersPerSecond, v > 0.5 else { return nil }
            return 1000 / v / 60
        },
        Channel(id: "heart-rate", name: "Heart rate", unit: "bpm") { $0.heartRate },
        Channel(id: "cadence", name: "Cadence", unit: "steps/min") { $0.cadence },
        Channel(id: "contact-time", name: "Ground contact time", unit: "ms") { $0.groundContactTimeMilliseconds },
    ]

    /// One trace per channel with at least two values: (channel, SVG).
    static func traces(_ samples: [Sample]) -> [(Channel, String)] {
        let t0 = samples.compactMap(\.time).first ?? 0
        return channels.compactMap { channel in
            let points = samples.enumerated().compactMap { i, s -> (Double, Double)? in
                guard let v = channel.value(s), v.isFinite else { return nil }
                return ((s.time ?? Double(i)) - t0, v)
            }
            guard points.count >= 2 else { return nil }
            return (channel, trace(thin(points), channel: channel))
        }
    }

    static func trace(_ points: [(Double, Double)], channel: Channel) -> String {
        let h = 120.0, left = 44.0, bottom = 18.0, top = 6.0
        let minX = points.first!.0, maxX = max(points.last!.0, minX + 1)
        var lo = points.map { $0.1 }.min()!, hi = points.map { $0.1 }.max()!
        if hi - lo < 1e-6 { lo -= 1; hi += 1 }
        let flip = channel.id == "pace"  // faster pace drawn higher
        var d = ""
        for (i, p) in points.enumerated() {
            let x = left + (p.0 - minX) / (maxX - minX) * (width - left - 4)
            let ratio = (p.1 - lo) / (hi - lo)
            let y = top + (flip ? ratio : 1 - ratio) * (h - top - bottom)
            d += (i == 0 ? "M" : "L") + f(x) + " " + f(y)
        }
        let title = "\(channel.name) (\(channel.unit)) over the run, from \(NumberText.format(lo, decimals: 1)) to \(NumberText.format(hi, decimals: 1))"
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(h))\" width=\"\(f(width))\" height=\"\(f(h))\" role=\"img\" aria-label=\"\(e(title))\">"
        s += "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(h - bottom))\" x2=\"\(f(width))\" y2=\"\(f(h - bottom))\"/>"
        s += "<text x=\"0\" y=\"\(f(top + 8))\">\(e(NumberText.format(flip ? lo : hi, decimals: 1)))</text>"
        s += "<text x=\"0\" y=\"\(f(h - bottom))\">\(e(NumberText.format(flip ? hi : lo, decimals: 1)))</text>"
        s += "<text x=\"\(f(left))\" y=\"\(f(h - 4))\">0:00</text><text x=\"\(f(width - 40))\" y=\"\(f(h - 4))\">\(e(Units.duration(maxX - minX)))</text>"
        return s + "<path class=\"trace\" d=\"\(d)\"/></svg>"
    }

    /// Every n-th point so a line has at most `maxPoints` (the last point kept).
    static func thin<T>(_ points: [T]) -> [T] {
        guard points.count > maxPoints else { return points }
        let step = (points.count + maxPoints - 1) / maxPoints
        var out = stride(from: 0, to: points.count, by: step).map { points[$0] }
        if (points.count - 1) % step != 0 { out.append(points[points.count - 1]) }
        return out
    }

    static func f(_ v: Double) -> String { NumberText.format(v, decimals: 1) }
}
