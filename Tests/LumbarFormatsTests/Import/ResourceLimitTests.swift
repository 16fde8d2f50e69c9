import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

#if canImport(Glibc)
    import Glibc
#endif

/// Inputs too large, too deep or too compressed are refused with a message naming the file and
/// the limit, before they are read into memory. Large files are sparse (no disk is used).
@Suite("Resource limits")
struct ResourceLimitTests {
    /// A sparse file of `size` bytes: the size a reader sees, without writing the bytes.
    static func sparse(_ path: String, size: Int) throws {
        let fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0o600)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(ftruncate(fd, off_t(size)) == 0)
    }

    @Test func looseActivityFileOverTheSizeLimitIsRefusedUnread() throws {
        let folder = try TestFiles.folder()
        let path = folder + "/huge.fit"
        try Self.sparse(path, size: (1 << 30) + 1)
        let loader = FileLoader(readers: DefaultReaders.all)
        guard case .failed(let error) = loader.load(path) else {
            Issue.record("a file over 1 GiB was not refused")
            return
        }
        #expect(error == .tooLarge(file: path, reason: "it is 1024 MB, more than the 1024 MB limit"))
        #expect(error.description.contains(path))
    }

    @Test func gzipThatInflatesPastTheLimitIsRefused() throws {
        let folder = try TestFiles.folder()
        let path = folder + "/bomb.gpx.gz"
        try TestFiles.write(TestFiles.gzip([UInt8](repeating: 0x20, count: 3 << 20)), to: path)
        let loader = FileLoader(readers: DefaultReaders.all, limits: .init(maxFileBytes: 1 << 30, maxInflatedBytes: 1 << 20))
        guard case .failed(let error) = loader.load(path) else {
            Issue.record("a gzip bomb was not refused")
            return
        }
        #expect(error.description.contains("more than 1 MB"))
        #expect(error.description.contains("gzip bomb"))
    }

    @Test func archiveInsideAnArchiveIsNotOpened() async throws {
        let folder = try TestFiles.folder()
        let inner = folder + "/inner.zip"
        try ExportFixtures.zip(inner, [("deep.gpx", ExportFixtures.gpx(start: TestFiles.start))])
        let innerBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: inner)))
        let outer = folder + "/outer.zip"
        // One nested zip named as such, one hidden under another name: neither is opened.
        try ExportFixtures.zip(outer, [
            ("a.gpx", ExportFixtures.gpx(start: TestFiles.start + 86_400)), ("nested/inner.zip", innerBytes),
            ("disguised.gpx", innerBytes),
        ])
        let (summary, saved) = try await ExportFixtures.importing([outer])
        #expect(saved.count == 1)
        #expect(summary.skippedForReason == [ExportImporter.nestedArchiveReason: 2])
        #expect(ExportImporter.nestedArchiveReason.contains("not opened"))
    }

    @Test func xmlNestedTooDeepIsRefused() {
        let depth = XMLEventHandler.maximumDepth + 1
        let bytes = Array(("<gpx>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</gpx>").utf8)
        #expect {
            try GPXReader().decode(bytes, file: "deep.gpx")
        } throws: { error in
            (error as? FormatError)?.description.contains("deeper than \(XMLEventHandler.maximumDepth) levels") == true
        }
    }

    @Test func answersFileOverTheSizeLimitIsRefusedBeforeParsing() {
        // Valid JSON, but padded past the limit: refused for its size, not parsed.
        let padding = String(repeating: " ", count: AnswersDecoder.maximumBytes)
        let text = #"{"schema": "lumbar.answers/1", "age": 30}"# + padding
        #expect(throws: AnswersError.tooLarge(bytes: text.utf8.count, limit: AnswersDecoder.maximumBytes)) {
            try AnswersDecoder.decode(text)
        }
        #expect(AnswersError.tooLarge(bytes: 300_000, limit: 262_144).description.contains("more than the 256 KB"))
        // Just under the limit still decodes.
        let fits = #"{"schema": "lumbar.answers/1", "age": 30}"# + String(padding.dropFirst(100))
        #expect((try? AnswersDecoder.decode(fits)) != nil)
    }

    @Test func answersNestedTooDeepIsRefused() {
        let text = #"{"schema": "lumbar.answers/1", "x": "# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        #expect {
            try AnswersDecoder.decode(text)
        } throws: { error in
            (error as? AnswersError)?.description.contains("nested deeper than") == true
        }
    }

    @Test func keypointFileNestedTooDeepIsRefused() throws {
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        #expect {
            try PoseFileReader.read(data: deep, name: "deep.json")
        } throws: { error in
            guard case .damaged(let file, let reason) = error as? PoseFileError else { return false }
            return file == "deep.json" && reason.contains("nested deeper than 32 levels at byte 32")
        }
        // Brackets inside strings do not count.
        #expect(JSONValues.depthExceeded(Data(#"{"note": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#.utf8)) == nil)
    }

    @Test func keypointFileOverTheSizeLimitIsRefusedUnread() throws {
        let folder = try TestFiles.folder()
        let path = folder + "/huge.json"
        try Self.sparse(path, size: PoseFileReader.maximumFileBytes + 1)
        #expect(throws: PoseFileError.unreadable(file: path, reason: "larger than 512 MB")) {
            try PoseFileReader.read(path: path)
        }
    }

    @Test func openPoseFrameOverTheSizeLimitIsRefusedUnread() throws {
        let folder = try TestFiles.folder() + "/frames"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let good = #"{"version":1.3,"people":[{"pose_keypoints_2d":["# + (0..<25).map { "\(100 + $0), \(200 + $0), 0.9" }.joined(separator: ", ") + "]}]}"
        for frame in 0..<3 { try TestFiles.write(good, to: folder + "/run_00000000000\(frame)_keypoints.json") }
        let huge = folder + "/run_000000000003_keypoints.json"
        try Self.sparse(huge, size: OpenPoseReader.maximumFrameBytes + 1)
        // One oversized frame of four is skipped with its reason; the others are read.
        let sequence = try PoseFileReader.read(path: folder, options: PoseReadOptions(framesPerSecond: 30))
        #expect(sequence.frameCount == 4)
        #expect(sequence.notes.contains { $0.contains("larger than the 16 MB limit") })
    }
}
