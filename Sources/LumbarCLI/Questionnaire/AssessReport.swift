import LumbarCore

/// How `lumbar assess` shows a red-flag screen: plain text for people, or the result contract's
/// `urgency`, `redFlags` and `unknowns` as JSON (assessment.md).
enum AssessReport {
    /// The first line of the text output.
    static func headline(_ r: RedFlagResult) -> String {
        "Red-flag screen: \(r.urgency == .none ? "none found" : r.urgency.rawValue)"
    }

    /// Text: headline, each flag with what to do, what was recorded, then the safety net.
    static func text(_ r: RedFlagResult, recorded: String) -> String {
        var lines = [headline(r)]
        for f in r.redFlags {
            lines.append("")
            lines.append("\(title(f.id)) (\(f.urgency.rawValue)), because of: \(f.because.joined(separator: ", "))")
            lines.append("  What to do: \(f.advice)")
        }
        lines.append("")
        lines.append(recorded)
        if !r.unknowns.isEmpty {
            lines.append("Not answered (the screen is incomplete without them): \(r.unknowns.joined(separator: ", "))")
        }
        lines.append("")
        lines.append("Safety net:")
        for s in r.safetyNet { lines.append("  - \(s)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"urgency", "redFlags": [...], "unknowns": [...]}` exactly as the result contract shapes them.
    static func json(_ r: RedFlagResult) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("urgency", r.urgency.rawValue)
        w.key("redFlags")
        w.beginArray()
        for f in r.redFlags {
            w.beginObject()
            w.field("id", f.id.rawValue)
            w.field("urgency", f.urgency.rawValue)
            w.key("because")
            w.beginArray()
            for b in f.because { w.value(b) }
            w.endArray()
            w.field("advice", f.advice)
            w.endObject()
        }
        w.endArray()
        w.key("unknowns")
        w.beginArray()
        for u in r.unknowns {
            w.beginObject()
            w.field("input", u)
            w.key("wouldInform")
            w.beginArray()
            w.value("redFlags")
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string + "\n"
    }

    static func title(_ id: RedFlagID) -> String {
        switch id {
        case .caudaEquina: "Possible cauda equina syndrome"
        case .progressiveNeuroDeficit: "Nerve weakness"
        case .infection: "Possible spinal infection"
        case .malignancy: "Past cancer with back pain"
        case .fracture: "Possible vertebral fracture"
        case .inflammatory: "Possible inflammatory back pain (axial spondyloarthritis)"
        case .aorticAneurysm: "Possible aortic aneurysm"
        case .adolescentStressFracture: "Possible spine stress fracture (spondylolysis)"
        case .nerveRootIrritation: "Possible nerve-root irritation"
        }
    }
}
