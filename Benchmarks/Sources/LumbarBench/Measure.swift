import Foundation

/// One measured number, printed as a table row and as JSON for `scripts/bench`.
struct BenchResult {
    var name: String
    var value: Double
    var unit: String
    var note: String = ""
}

/// Wall and CPU time of `body`, best of `repeats` runs (the machine is shared: best is the
/// least disturbed run).
func measure(repeats: Int = 5, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var best = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<repeats {
        let c0 = cpuSeconds()
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        let cpu = cpuSeconds() - c0
        if wall < best.wall { best = (wall, cpu) }
    }
    return best
}

/// `RUSAGE_SELF` as `getrusage` takes it (Glibc imports it as an enum, not an Int32).
#if os(Linux)
let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
let rusageSelf = RUSAGE_SELF
#endif

/// User + system CPU seconds of this process.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Peak resident memory of this process in MB (Linux: ru_maxrss is in KB).
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// `../shared/testdata` beside the repository (nil when absent).
func testdataDirectory() -> URL? {
    let here = URL(fileURLWithPath: #filePath)
    let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let dir = root.deletingLastPathComponent().appendingPathComponent("shared/testdata")
    return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
}

