import Foundation
import LumbarFormats

/// FIT decoding speed on the largest real test files (`../shared/testdata`): MB/s of file bytes
/// and records/s, full `FITReader.decode` (CRC, parse, activities), best of 5 runs, from CPU
/// time (and wall time, which on a shared machine also counts time spent waiting for a core).
enum FITBench {
    static let files = [
        "python-fitparse/activity-large-fenxi2-multisport.fit",
        "python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit",
        "python-fitparse/garmin-edge-500-activity.fit",
    ]

    /// `shared/testdata` above a git worktree of the repository (`/work/wt/<name>`), where
    /// `testdataDirectory()` (repository root + `../shared/testdata`) does not reach.
    static func worktreeTestdata() -> URL? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<6 {
            url = url.deletingLastPathComponent()
            let dir = url.appendingPathComponent("shared/testdata")
            if FileManager.default.fileExists(atPath: dir.path) { return dir }
        }
        return nil
    }

    static func run() throws -> [BenchResult] {
        guard let dir = testdataDirectory() ?? worktreeTestdata() else {
            return [BenchResult(name: "skipped", value: 0, unit: "-", note: "../shared/testdata is absent")]
        }
        var results: [BenchResult] = []
        var totalBytes = 0, totalRecords = 0, totalSeconds = 0.0
        let reader = FITReader()
        for path in files {
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(path).path) else { continue }
            let bytes = [UInt8](data)
            let name = (path as NSString).lastPathComponent
            let repeats = max(1, 20_000_000 / bytes.count)  // about 20 MB per timed run
            var records = 0
            let t = try measure {
                for _ in 0..<repeats { records = try reader.decode(bytes, file: name).records.count }
            }
            // CPU time of this process: the shared 2-core machine makes wall time depend on its load.
            let seconds = t.cpu / Double(repeats)
            results.append(BenchResult(name: "\(name) MB/s", value: Double(bytes.count) / seconds / 1e6, unit: "MB/s",
                                       note: "\(bytes.count) bytes, \(records) records, CPU time"))
            results.append(BenchResult(name: "\(name) MB/s wall", value: Double(bytes.count) * Double(repeats) / t.wall / 1e6, unit: "MB/s"))
            results.append(BenchResult(name: "\(name) records/s", value: Double(records) / seconds, unit: "records/s"))
            totalBytes += bytes.count
            totalRecords += records
            totalSeconds += seconds
        }
        if totalSeconds > 0 {
            results.append(BenchResult(name: "all files MB/s", value: Double(totalBytes) / totalSeconds / 1e6, unit: "MB/s"))
            results.append(BenchResult(name: "all files records/s", value: Double(totalRecords) / totalSeconds, unit: "records/s"))
        }
        results.append(BenchResult(name: "peak memory", value: peakMemoryMB(), unit: "MB"))
        return results
    }
}
