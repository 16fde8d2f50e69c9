import LumbarCore

/// Follows one runner through frames that may show several people.
///
/// The first frame with people picks the largest (bounding box of points with confidence above
/// 0.1); after that, the person whose box overlaps the previous choice most (IoU), or, with no
/// overlap, whose centre is nearest and within one box diagonal; failing both, the largest again.
struct PersonTracker {
    private var previous: (minX: Double, minY: Double, maxX: Double, maxY: Double)?
    /// Frames that showed more than one person.
    private(set) var crowdedFrames = 0
    /// Frames where continuity chose someone other than the largest person.
    private(set) var continuityChoices = 0

    typealias Box = (minX: Double, minY: Double, maxX: Double, maxY: Double)

    static func box(_ points: [Keypoint]) -> Box? {
        var b: Box = (.infinity, .infinity, -.infinity, -.infinity)
        var any = false
        for p in points where p.confidence > 0.1 {
            any = true
            b = (min(b.minX, p.x), min(b.minY, p.y), max(b.maxX, p.x), max(b.maxY, p.y))
        }
        return any ? b : nil
    }

    static func area(_ b: Box) -> Double { max(0, b.maxX - b.minX) * max(0, b.maxY - b.minY) }

    static func iou(_ a: Box, _ b: Box) -> Double {
        let inter: Box = (max(a.minX, b.minX), max(a.minY, b.minY), min(a.maxX, b.maxX), min(a.maxY, b.maxY))
        let i = area(inter)
        let u = area(a) + area(b) - i
        return u > 0 ? i / u : 0
    }

    /// The index of the runner among `people`, or nil when nobody has a usable point.
    mutating func choose(_ people: [[Keypoint]]) -> Int? {
        let boxes = people.map(PersonTracker.box)
        let candidates = boxes.indices.filter { boxes[$0] != nil }
        guard !candidates.isEmpty else { return nil }
        if candidates.count > 1 { crowdedFrames += 1 }
        let largest = candidates.max { PersonTracker.area(boxes[$0]!) < PersonTracker.area(boxes[$1]!) }!
        var chosen = largest
        if let prev = previous, candidates.count > 1 {
            let best = candidates.max { PersonTracker.iou(boxes[$0]!, prev) < PersonTracker.iou(boxes[$1]!, prev) }!
            if PersonTracker.iou(boxes[best]!, prev) >= 0.1 {
                chosen = best
            } else {
                let centre = ((prev.minX + prev.maxX) / 2, (prev.minY + prev.maxY) / 2)
                let diagonal = ((prev.maxX - prev.minX) * (prev.maxX - prev.minX) + (prev.maxY - prev.minY) * (prev.maxY - prev.minY)).squareRoot()
                func distance(_ i: Int) -> Double {
                    let b = boxes[i]!
                    let dx = (b.minX + b.maxX) / 2 - centre.0, dy = (b.minY + b.maxY) / 2 - centre.1
                    return (dx * dx + dy * dy).squareRoot()
                }
                let nearest = candidates.min { distance($0) < distance($1) }!
                if distance(nearest) <= diagonal { chosen = nearest }
            }
            if chosen != largest { continuityChoices += 1 }
        }
        previous = boxes[chosen]
        return chosen
    }

    /// A note for the runner when several people were seen.
    var note: String? {
        guard crowdedFrames > 0 else { return nil }
        return "\(crowdedFrames) frames showed more than one person: lumbar followed the runner from frame to frame (largest person at the start, then the one overlapping the previous position\(continuityChoices > 0 ? "; \(continuityChoices) times that was not the largest person" : ""))."
    }
}
