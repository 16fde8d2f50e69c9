import Foundation
import LumbarCore

/// Reads MediaPipe landmarks as CSV (docs/pose-formats.md): optional `# fps=60, width=1920,
/// height=1080` comment lines, a header `frame,x0,y0,z0,v0,...,x32,y32,z32,v32` (an optional `t`
/// column in seconds may follow `frame`), one row per frame; a row with empty landmark cells is
/// a frame without a runner, and frame numbers that are skipped are missing frames.
public enum MediaPipeCSVReader {
    /// Reads the CSV text of `path`.
    public static func read(path: String, text: String, options: PoseReadOptions) throws -> PoseSequence {
        var fps: Double?, width = options.imageWidth, height = options.imageHeight
        var header: [String]?
        var rows: [(frame: Int, t: Double?, values: [Double]?)] = []
        var bad: [String] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                for part in line.dropFirst().split(whereSeparator: { $0 == "," || $0 == " " }) {
                    let kv = part.split(separator: "=")
                    guard kv.count == 2, let v = Double(kv[1]), v.isFinite, v > 0 else { continue }
                    switch kv[0].lowercased() {
                    case "fps": fps = v
                    case "width": width = width ?? v
                    case "height": height = height ?? v
                    default: break
                    }
                }
                continue
            }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let head = header else {
                guard cells.first?.lowercased() == "frame" else {
                    throw PoseFileError.notRecognised(file: path, reason: "line \(lineNumber): the header must start with \"frame\"")
                }
                header = cells.map { $0.lowercased() }
                let expected = (cells.count > 1 && cells[1].lowercased() == "t" ? 2 : 1) + 132
                guard cells.count == expected else {
                    throw PoseFileError.notRecognised(file: path, reason: "the header has \(cells.count) columns; expected frame[,t] and x0,y0,z0,v0 ... x32,y32,z32,v32 (\(expected))")
                }
                continue
            }
            let timed = head.count > 1 && head[1] == "t"
            guard cells.count == head.count else {
                bad.append("line \(lineNumber): \(cells.count) cells, expected \(head.count)"); continue
            }
            guard let frame = Int(cells[0]) else { bad.append("line \(lineNumber): frame \"\(cells[0])\" is not a number"); continue }
            let t = timed ? Double(cells[1]) : nil
            let landmarkCells = cells.dropFirst(timed ? 2 : 1)
            if landmarkCells.allSatisfy(\.isEmpty) { rows.append((frame, t, nil)); continue }
            let values = landmarkCells.map { Double($0) }
            guard values.allSatisfy({ $0 != nil && $0!.isFinite }) else {
                bad.append("frame \(frame): a landmark value is empty, NaN or not a number"); continue
            }
            rows.append((frame, t, values.map { $0! }))
        }
        guard header != nil, !rows.isEmpty else { throw PoseFileError.empty(file: path) }
        guard let width, let height else { throw PoseFileError.needsImageSize(file: path) }
        rows.sort { $0.frame < $1.frame }
        let first = rows[0].frame, last = rows[rows.count - 1].frame
        guard Set(rows.map(\.frame)).count == rows.count else {
            throw PoseFileError.damaged(file: path, reason: "a frame number appears twice")
        }
        let count = last - first + 1
        guard count <= 4 * rows.count else {
            throw PoseFileError.damaged(file: path, reason: "frame numbers run from \(first) to \(last) for only \(rows.count) rows")
        }
        var landmarkRows = [[[Double]]?](repeating: nil, count: count)
        var times = [Double?](repeating: nil, count: count)
        for r in rows {
            times[r.frame - first] = r.t
            if let v = r.values { landmarkRows[r.frame - first] = (0..<33).map { Array(v[(4 * $0)..<(4 * $0 + 4)]) } }
        }
        return try MediaPipeReader.assemble(
            path: path, rows: landmarkRows, times: times, fileFPS: fps, width: width, height: height,
            bad: bad, options: options)
    }
}
