import Foundation
import LumbarCore
import LumbarFormats

/// The Apple Health import on a synthetic 500 MB export.zip: MB/s of uncompressed export.xml read
/// straight out of the zip (routes and running-form records attached, activities built, handed
/// to a destination that only counts them, so the store is not measured), CPU time and peak
/// memory. The input is made by `Benchmarks/make-apple-health.py 500 Benchmarks/.data/apple-health-500mb.zip`
/// when missing (`LUMBAR_AH_MB` picks another size). healthkit-to-sqlite runs on the same zip in
/// `Benchmarks/peers/healthkit_bench.sh`.
enum AppleHealthBench {
    /// Counts what the import hands over.
    actor Counter: ImportDestination {
        var runs = 0
        var samples = 0
        func hasSource(contentHash: String) async throws -> Bool { false }
        func save(_ activity: Activity) async throws -> ImportSaveResult {
            runs += 1
            samples += activity.samples.count
            return .inserted
        }
    }

    static func run() throws -> [BenchResult] {
        let sizeMB = Int(ProcessInfo.processInfo.environment["LUMBAR_AH_MB"] ?? "") ?? 500
        let zip = try input(sizeMB: sizeMB)
        let xmlBytes = Double((try? String(contentsOfFile: zip + ".xmlbytes", encoding: .utf8)).flatMap { Double($0) } ?? 0)
        let megabytes = xmlBytes / 1_000_000
        var runs = 0
        var samples = 0
        let time = try measure(repeats: 1) {
            let (r, s) = try blocking {
                let counter = Counter()
                let inputs = try ImportInputs.resolve([zip])
                let summary = try await ImportPipeline(readers: DefaultReaders.all).run(inputs: inputs, into: counter)
                guard summary.failed.isEmpty else { throw BenchFailure(message: summary.failed.map(\.message).joined(separator: "; ")) }
                return (await counter.runs, await counter.samples)
            }
            runs = r
            samples = s
        }
        return [
            BenchResult(
                name: "Apple Health import from zip", value: megabytes / time.wall, unit: "MB/s",
                note: "\(Int(megabytes)) MB export.xml, \(runs) runs, \(samples) samples; wall \(String(format: "%.2f", time.wall)) s"),
            BenchResult(name: "Apple Health import CPU", value: time.cpu, unit: "s", note: "user + system"),
            BenchResult(name: "Apple Health import per CPU second", value: megabytes / time.cpu, unit: "MB/s"),
            BenchResult(name: "Apple Health import peak memory", value: peakMemoryMB(), unit: "MB", note: "process maximum RSS"),
        ]
    }

    struct BenchFailure: Error { var message: String }

    /// Runs async work to completion from synchronous benchmark code.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// The benchmark export, generated on first use.
    static func input(sizeMB: Int) throws -> String {
        let bench = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = bench.appendingPathComponent(".data/apple-health-\(sizeMB)mb.zip").path
        if !FileManager.default.fileExists(atPath: path + ".xmlbytes") {
            try FileManager.default.createDirectory(atPath: bench.appendingPathComponent(".data").path, withIntermediateDirectories: true)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", bench.appendingPathComponent("make-apple-health.py").path, String(sizeMB), path]
            try process.run()
            process.waitUntilExit()
        }
        return path
    }
}

/// Carries an async result back to the waiting thread.
final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
