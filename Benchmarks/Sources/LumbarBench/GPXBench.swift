import Foundation
import LumbarFormats

#if canImport(FoundationXML)
import FoundationXML
#endif

/// GPXReader (libxml2 SAX2 push parser, streamed from disk) against Foundation's
/// `XMLParser(contentsOf:)` on the same 200 MB GPX, in the same run.
///
/// The input is made by `Benchmarks/make-gpx.py 200 Benchmarks/.data/bench-200mb.gpx` when missing
/// (1 Hz Garmin-style points with ele, time, gpxtpx hr + cad, two-hour tracks). Peak memory is
/// the process's maximum RSS, which only grows: the streaming decode is measured first.
enum GPXBench {
    static let sizeMB = 200

    static func run() throws -> [BenchResult] {
        let url = try input()
        let bytes = Double(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0)
        let megabytes = bytes / 1_000_000
        let reader = GPXReader()
        var results: [BenchResult] = []

        var activities = 0
        let summaries = try measure(repeats: 3) {
            activities = try reader.decode(contentsOf: url, keepSamples: false).activities.count
        }
        results.append(BenchResult(
            name: "GPXReader streaming summaries", value: megabytes / summaries.wall, unit: "MB/s",
            note: "\(activities) tracks, wall \(String(format: "%.2f", summaries.wall)) s, cpu \(String(format: "%.2f", summaries.cpu)) s"))
        results.append(BenchResult(
            name: "GPXReader streaming summaries per CPU second", value: megabytes / summaries.cpu, unit: "MB/s",
            note: "the machine is shared: CPU time is the undisturbed cost"))
        results.append(BenchResult(name: "GPXReader streaming summaries peak memory", value: peakMemoryMB(), unit: "MB"))

        var points = 0
        let full = try measure(repeats: 1) {
            points = try reader.decode(contentsOf: url).records.count
        }
        results.append(BenchResult(name: "GPXReader with all samples", value: megabytes / full.wall, unit: "MB/s"))
        results.append(BenchResult(
            name: "GPXReader points", value: Double(points) / summaries.wall, unit: "points/s",
            note: "\(points) points; \(Int(Double(points) / summaries.cpu)) per CPU second"))
        results.append(BenchResult(name: "GPXReader with all samples peak memory", value: peakMemoryMB(), unit: "MB", note: "holds every Sample twice: records and activities"))

        var counted = 0
        let foundation = try measure(repeats: 2) {
            counted = try countTrackPoints(url)
        }
        results.append(BenchResult(
            name: "Foundation XMLParser(contentsOf:)", value: megabytes / foundation.wall, unit: "MB/s",
            note: "counting \(counted) trkpt only"))
        results.append(BenchResult(
            name: "Foundation XMLParser(contentsOf:) per CPU second", value: megabytes / foundation.cpu, unit: "MB/s"))
        results.append(BenchResult(name: "GPXReader / Foundation, wall", value: foundation.wall / summaries.wall, unit: "x"))
        results.append(BenchResult(name: "GPXReader / Foundation, CPU", value: foundation.cpu / summaries.cpu, unit: "x"))
        return results
    }

    /// The benchmark file, generated on first use.
    static func input() throws -> URL {
        let benchmarks = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = benchmarks.appendingPathComponent(".data/bench-\(sizeMB)mb.gpx")
        if FileManager.default.fileExists(atPath: url.path) { return url }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", benchmarks.appendingPathComponent("make-gpx.py").path, "\(sizeMB)", url.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchInputError.generatorFailed(process.terminationStatus) }
        return url
    }

    /// Foundation's streaming parser with the least possible delegate: count `trkpt` starts.
    static func countTrackPoints(_ url: URL) throws -> Int {
        guard let parser = XMLParser(contentsOf: url) else { throw BenchInputError.unreadable(url.path) }
        let counter = TrackPointCounter()
        parser.delegate = counter
        guard parser.parse() else { throw BenchInputError.parseFailed(String(describing: parser.parserError)) }
        return counter.count
    }
}

/// Counts `trkpt` start tags.
final class TrackPointCounter: NSObject, XMLParserDelegate {
    var count = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if elementName == "trkpt" { count += 1 }
    }
}

/// Why the GPX benchmark could not run.
enum BenchInputError: Error {
    case generatorFailed(Int32)
    case unreadable(String)
    case parseFailed(String)
}
