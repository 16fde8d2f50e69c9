import LumbarCore

/// A tiny line-based SVG builder with XML escaping (byte-stable output).
struct SVGWriter {
    private var lines: [String] = []

    mutating func open(width: Double, height: Double, title: String) {
        lines.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(LoadText.fixed(width, 0))\" height=\"\(LoadText.fixed(height, 0))\" viewBox=\"0 0 \(LoadText.fixed(width, 0)) \(LoadText.fixed(height, 0))\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">")
        lines.append("<title>\(SVGWriter.escape(title))</title>")
    }

    mutating func line(_ s: String) { lines.append(s) }

    mutating func text(x: Double, y: Double, _ s: String, attributes: String = "") {
        let extra = attributes.isEmpty ? "" : " " + attributes
        lines.append("<text x=\"\(LoadText.fixed(x, 1))\" y=\"\(LoadText.fixed(y, 1))\"\(extra)>\(SVGWriter.escape(s))</text>")
    }

    mutating func close() -> String {
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
