import Foundation

/// Where interactive commands read lines and write text. The terminal in real use; a script of
/// lines in tests, so every questionnaire and guided test can be run end to end.
protocol LineConsole: AnyObject {
    /// The next line without its newline, or `nil` at end of input.
    func readLine() -> String?
    /// Writes to standard output.
    func write(_ text: String)
    /// Writes to standard error (prompts go here when stdout must carry only JSON).
    func writeError(_ text: String)
}

/// The process's standard input, output and error.
final class StandardLineConsole: LineConsole {
    init() {}
    func readLine() -> String? { Swift.readLine(strippingNewline: true) }
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// A clock for guided tests: the current time and a way to wait. Injected so tests run instantly.
protocol TestClock: AnyObject {
    /// Seconds since an arbitrary fixed point.
    func now() -> Double
    /// Waits `seconds`.
    func sleep(seconds: Double) async
}

/// The real clock (monotonic uptime).
final class SystemTestClock: TestClock {
    init() {}
    func now() -> Double { ProcessInfo.processInfo.systemUptime }
    func sleep(seconds: Double) async {
        try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }
}
