import Foundation
import LumbarCore
import LumbarFormats
import Testing

@Suite("Import pipeline")
struct ImportPipelineTests {
    let pipeline = ImportPipeline(readers: [FakeReader()])

    @Test func walksFoldersSortedAndSkipsHiddenFiles() throws {
        let root = try TestFiles.folder()
        for name in ["b/2.gpx", "a.tcx", "b/1.fit", ".hidden/x.gpx", "b/.DS_Store", "c.txt"] {
            try TestFiles.write("x", to: root + "/" + name)
        }
        let files = try FileWalker.files(in: [root + "/c.txt", root]).map { $0.path.replacingOccurrences(of: root, with: "") }
        #expect(files == ["/c.txt", "/a.tcx", "/b/1.fit", "/b/2.gpx"])
        #expect(throws: ImportPathError.missing(path: root + "/nope")) { try FileWalker.files(in: [root, root + "/nope"]) }
    }

    @Test func importsRunsSkipsOtherSportsIgnoresOtherFilesAndReportsFailures() async throws {
        let root = try TestFiles.folder()
        try TestFiles.write(TestFiles.run(), to: root + "/2026/morning.gpx")
        try TestFiles.write(TestFiles.gzip(TestFiles.run(start: TestFiles.start + 86_400)), to: root + "/2026/tuesday.fit.gz")
        try TestFiles.write(TestFiles.run("cycling", start: TestFiles.start + 3600), to: root + "/ride.tcx")
        try TestFiles.write("FAKE\nrun running \(TestFiles.start + 7200) 5000 10\nfail 42\n", to: root + "/broken.fit")
        try TestFiles.write("not a watch file", to: root + "/strange.gpx")
        try TestFiles.write("shopping list", to: root + "/notes.txt")
        try TestFiles.write([0xFF, 0xD8, 0xFF], to: root + "/photo.jpg")
        try TestFiles.write("FAKE\nwarn 7 lost the last record\nrun trailRunning \(TestFiles.start + 172_800) 8000 5\n", to: root + "/trail.gpx")
        let destination = RecordingDestination()
        let summary = try await pipeline.run(paths: [root], into: destination)
        #expect(summary.imported == 3)
        #expect(summary.skipped == [.cycling: 1])
        #expect(summary.ignored.map { ($0 as NSString).lastPathComponent } == ["notes.txt", "photo.jpg"])
        #expect(summary.failed.count == 2)
        #expect(summary.failed[0] == ImportFailure(file: root + "/broken.fit", offset: 42,
                                                   message: "\(root)/broken.fit: damaged at byte 42: test damage."))
        #expect(summary.failed[1].file == root + "/strange.gpx")
        #expect(summary.warnings == [DecodeWarning(file: root + "/trail.gpx", offset: 7, message: "lost the last record")])
        #expect(summary.files == 8)
        let saved = await destination.saved
        #expect(saved.count == 3)
        // Nothing of the damaged file was stored, though its first run decoded.
        #expect(!saved.contains { $0.start == Double(TestFiles.start + 7200) })
        let gz = try #require(saved.first { $0.sources[0].path.hasSuffix("tuesday.fit.gz") })
        #expect(gz.sources[0].format == "fake")
        #expect(gz.sources[0].contentHash == ContentHash.hex(Array(TestFiles.run(start: TestFiles.start + 86_400).utf8)))
        #expect(gz.samples.count == 30)
    }

    @Test func secondImportSkipsKnownFilesAndPlainAndGzipAreOneFile() async throws {
        let root = try TestFiles.folder()
        try TestFiles.write(TestFiles.run(), to: root + "/a/run.fit")
        try TestFiles.write(TestFiles.gzip(TestFiles.run()), to: root + "/b/run.fit.gz")
        let destination = RecordingDestination()
        let first = try await pipeline.run(paths: [root], into: destination)
        #expect(first.imported == 1)
        #expect(first.duplicates == 1)
        let second = try await pipeline.run(paths: [root], into: destination)
        #expect(second.imported == 0)
        #expect(second.duplicates == 2)
        #expect(await destination.saved.count == 1)
    }

    @Test func assumedSportIsReportedAndOverridable() async throws {
        let root = try TestFiles.folder()
        try TestFiles.write("FAKE\nassumed\nrun running \(TestFiles.start) 3000 5\n", to: root + "/untyped.gpx")
        let plain = try await pipeline.run(paths: [root], into: RecordingDestination())
        #expect(plain.imported == 1)
        #expect(plain.assumedSport == [root + "/untyped.gpx"])
        let walking = ImportPipeline(readers: [FakeReader()], options: .init(sportOverride: .walking))
        let overridden = try await walking.run(paths: [root], into: RecordingDestination())
        #expect(overridden.imported == 0)
        #expect(overridden.skipped == [.walking: 1])
    }

    @Test func gzipBombFailsAndTruncatedGzipIsSalvaged() async throws {
        let root = try TestFiles.folder()
        try TestFiles.write(TestFiles.gzip([UInt8](repeating: 0x23, count: 4 << 20)), to: root + "/bomb.gpx.gz")
        let padded = TestFiles.run() + String(repeating: "# padding to cut\n", count: 20_000)
        let gz = TestFiles.gzip(padded)
        try TestFiles.write(Array(gz[0..<(gz.count / 2)]), to: root + "/cut.gpx.gz")
        let small = ImportPipeline(readers: [FakeReader()], options: .init(limits: .init(maxInflatedBytes: 1 << 20)))
        let summary = try await small.run(paths: [root], into: RecordingDestination())
        #expect(summary.failed.map(\.file) == [root + "/bomb.gpx.gz"])
        #expect(summary.failed.first?.message.contains("gzip bomb") == true)
        #expect(summary.imported == 1)
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings.first?.file == root + "/cut.gpx.gz")
    }

    @Test func emptyAndMislabelledFilesFailWithTheirName() async throws {
        let root = try TestFiles.folder()
        try TestFiles.write([UInt8](), to: root + "/empty.fit")
        try TestFiles.write(TestFiles.run(), to: root + "/plain.tcx.gz")
        let summary = try await pipeline.run(paths: [root], into: RecordingDestination())
        #expect(summary.failed.map(\.message) == [
            FormatError.empty(file: root + "/empty.fit").description,
            FormatError.damaged(file: root + "/plain.tcx.gz", offset: 0, reason: "named .gz but not gzip data (no 1f 8b header)").description,
        ])
    }

    @Test func progressIsReportedAfterEveryFile() async throws {
        let root = try TestFiles.folder()
        for i in 0..<3 { try TestFiles.write(TestFiles.run(start: TestFiles.start + i * 86_400), to: root + "/\(i).gpx") }
        let seen = Seen()
        _ = try await pipeline.run(paths: [root], into: RecordingDestination()) { seen.add($0) }
        let reports = seen.all
        #expect(reports.map(\.filesDone) == [1, 2, 3])
        #expect(reports.allSatisfy { $0.filesTotal == 3 })
        #expect(reports.last?.bytesDone == reports.last?.bytesTotal)
        #expect(reports.last.map { $0.bytesTotal > 0 } == true)
    }

    @Test func parallelDecodingStoresInWalkOrder() async throws {
        let root = try TestFiles.folder()
        for i in 0..<12 {
            // Larger files first, so later files tend to finish decoding before earlier ones.
            try TestFiles.write(TestFiles.run(start: TestFiles.start + i * 86_400, samples: 2000 - i * 150), to: root + "/\(i + 10).gpx")
            try TestFiles.write("note \(i)", to: root + "/\(i + 10).txt")
        }
        let destination = RecordingDestination()
        let pipeline = ImportPipeline(readers: [FakeReader()], options: .init(parallelFiles: 4))
        let summary = try await pipeline.run(paths: [root], into: destination)
        #expect(summary.imported == 12)
        #expect(summary.ignored.map { ($0 as NSString).lastPathComponent } == (10..<22).map { "\($0).txt" })
        #expect(await destination.saved.map(\.start) == (0..<12).map { Double(TestFiles.start + $0 * 86_400) })
    }

    @Test func inspectDecodesWithoutAStore() throws {
        let root = try TestFiles.folder()
        try TestFiles.write(TestFiles.gzip(TestFiles.run(samples: 4)), to: root + "/one.gpx.gz")
        try TestFiles.write("hello", to: root + "/hello.txt")
        let loader = FileLoader(readers: [FakeReader()])
        #expect(try loader.decode(root + "/one.gpx.gz").records.count == 4)
        #expect(throws: FormatError.notRecognised(file: root + "/hello.txt")) { try loader.decode(root + "/hello.txt") }
    }
}

/// Collects progress reports from the callback.
final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [ImportProgress] = []
    func add(_ p: ImportProgress) { lock.withLock { reports.append(p) } }
    var all: [ImportProgress] { lock.withLock { reports } }
}
