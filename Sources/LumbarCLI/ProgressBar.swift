import Foundation
import LumbarFormats

/// A one-line progress bar on standard error (only when it is a terminal), redrawn at most ten
/// times a second: files, megabytes and read rate.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = -1.0
    private var drawn = false

    /// Draws `p` unless the last draw was under 0.1 s ago (the final file always draws).
    func update(_ p: ImportProgress) {
        lock.withLock {
            guard p.filesDone == p.filesTotal || p.elapsedSeconds - lastDraw >= 0.1 else { return }
            lastDraw = p.elapsedSeconds
            drawn = true
            Terminal.error("\r" + Self.line(p) + "\u{1B}[K")
        }
    }

    /// Clears the bar so the summary starts on a clean line.
    func finish() {
        lock.withLock { if drawn { Terminal.error("\r\u{1B}[K") } }
    }

    /// `[#########-----------]  12/345 files  34.5/120.0 MB  56.7 MB/s`.
    static func line(_ p: ImportProgress, width: Int = 24) -> String {
        let fraction = p.bytesTotal > 0 ? Double(p.bytesDone) / Double(p.bytesTotal)
            : (p.filesTotal > 0 ? Double(p.filesDone) / Double(p.filesTotal) : 1)
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded(.down))))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        func mb(_ bytes: Double) -> String { String(format: "%.1f", bytes / 1_000_000) }
        return "[\(bar)] \(p.filesDone)/\(p.filesTotal) files  \(mb(Double(p.bytesDone)))/\(mb(Double(p.bytesTotal))) MB  \(mb(p.bytesPerSecond)) MB/s"
    }
}
