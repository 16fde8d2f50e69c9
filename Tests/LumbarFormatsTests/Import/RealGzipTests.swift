import Foundation
import LumbarFormats
import Testing

/// The shared test files (`../shared/testdata` beside the repository; worktrees one level deeper
/// also look at `../../shared/testdata`). Never copied into the repository.
enum SharedTestData {
    static let folder: String? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Import, LumbarFormatsTests, Tests, repo
        for relative in ["../shared/testdata", "../../shared/testdata"] {
            let candidate = url.appendingPathComponent(relative).standardizedFileURL.path
            if FileManager.default.fileExists(atPath: candidate + "/MANIFEST.md") { return candidate }
        }
        return nil
    }()
}

/// Recognises FIT files by the `.FIT` signature at byte 8, and decodes nothing: enough to test
/// that gzip and sniffing hand a reader the real bytes.
struct FITSignatureReader: ActivityFileReader {
    var format: String { "fit" }
    func recognises(prefix: ArraySlice<UInt8>, fileName: String) -> Bool {
        prefix.count >= 12 && Array(prefix.dropFirst(8).prefix(4)) == Array(".FIT".utf8)
    }
    func decode(_ bytes: [UInt8], file: String) throws(FormatError) -> DecodedFile {
        DecodedFile(format: format, activities: [], records: [])
    }
}

@Suite("Real gzip files", .enabled(if: SharedTestData.folder != nil, "needs ../shared/testdata (not in the repository)"))
struct RealGzipTests {
    @Test func stravaExportFitGzInflatesToACompleteFitFile() throws {
        let path = try #require(SharedTestData.folder) + "/geo-activity-playground/Strava Export/activities/12866632127.fit.gz"
        guard case .loaded(let file) = FileLoader(readers: [FITSignatureReader()]).load(path) else {
            Issue.record("the real .fit.gz was not loaded")
            return
        }
        #expect(file.warning == nil)
        let b = file.bytes
        let headerSize = Int(b[0])
        let dataSize = Int(b[4]) | Int(b[5]) << 8 | Int(b[6]) << 16 | Int(b[7]) << 24
        // One complete FIT file: header, records, 2-byte CRC (formats.md, "File layout").
        #expect(headerSize + dataSize + 2 <= b.count)
        #expect(file.contentHash.count == 32)
    }

    @Test func walkingTheSharedFolderIsSortedAndSkipsNothingVisible() throws {
        let root = try #require(SharedTestData.folder)
        let files = try FileWalker.files(in: [root]).map(\.path)
        #expect(files == files.sorted())
        #expect(files.count >= 10)
        #expect(files.allSatisfy { !$0.dropFirst(root.count).contains("/.") })
    }
}
