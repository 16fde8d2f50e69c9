import Foundation
@testable import LumbarCLI

/// A console fed from a script of lines, recording what was written.
final class ScriptedConsole: LineConsole {
    private var lines: [String]
    private(set) var out = ""
    private(set) var err = ""
    /// Called before each line is handed out (e.g. to move a test clock on).
    var beforeRead: (() -> Void)?

    init(_ lines: [String]) { self.lines = lines }

    func readLine() -> String? {
        beforeRead?()
        return lines.isEmpty ? nil : lines.removeFirst()
    }
    func write(_ text: String) { out += text }
    func writeError(_ text: String) { err += text }
    var remaining: Int { lines.count }
}

/// A clock that moves only when told; `sleep` adds to the time and to `slept`.
final class ManualTestClock: TestClock {
    var time = 0.0
    private(set) var slept = 0.0
    func now() -> Double { time }
    func sleep(seconds: Double) async {
        time += seconds
        slept += seconds
    }
}

/// A fresh temporary folder for progress and answers files.
func assessTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-assess-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
