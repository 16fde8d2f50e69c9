import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

@Suite("Hostile archives")
struct HostileArchiveTests {
    static func run(_ day: Int) -> [UInt8] { ExportFixtures.gpx(start: TestFiles.start + day * 86_400) }

    @Test func zipSlipEntryIsAnErrorAndTheOthersAreImported() async throws {
        let path = try TestFiles.folder() + "/slip.zip"
        try ExportFixtures.zip(path, [("runs/a.gpx", Self.run(0)), ("../../etc/evil.gpx", Self.run(1)), ("runs/b.gpx", Self.run(2))])
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(saved.count == 2)
        #expect(summary.failed.count == 1)
        let message = try #require(summary.failed.first?.message)
        #expect(message.contains("slip.zip!../../etc/evil.gpx"))
        #expect(message.contains("zip slip"))
        #expect(summary.exportNotes == ["Archive \(path): 2 runs stored, 1 contained file failed."])
    }

    @Test func entryAboveTheRatioLimitIsRefused() async throws {
        let path = try TestFiles.folder() + "/bomb.zip"
        try ExportFixtures.zip(path, [("a.gpx", Self.run(0)), ("bomb.fit", [UInt8](repeating: 0, count: 4 << 20))])
        let (summary, saved) = try await ExportFixtures.importing([path], limits: ExportLimits(maxRatio: 100))
        #expect(saved.count == 1)
        let message = try #require(summary.failed.first?.message)
        #expect(message.contains("bomb.zip!bomb.fit"))
        #expect(message.contains("100:1 limit"))
    }

    @Test func totalUncompressedLimitStopsTheImport() async throws {
        let path = try TestFiles.folder() + "/big.zip"
        try ExportFixtures.zip(path, [("a.gpx", Self.run(0)), ("b.gpx", Self.run(1))])
        let first = Self.run(0).count
        let (summary, saved) = try await ExportFixtures.importing(
            [path], limits: ExportLimits(maxUncompressedBytes: Int64(first + 10)))
        #expect(saved.count == 1)
        #expect(summary.failed.first?.message.contains("big.zip!b.gpx") == true)
        #expect(summary.failed.first?.message.contains("GiB limit") == true)
    }

    @Test func encryptedEntriesAreNamedAndNothingIsStored() async throws {
        let path = try TestFiles.folder() + "/secret.zip"
        try ExportFixtures.zip(path, [("a.gpx", Self.run(0))])
        try ExportFixtures.markEncrypted(path)
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(saved.isEmpty)
        #expect(summary.failed.map(\.message) == [ExportError.encrypted(archive: path, entry: "a.gpx").description])
    }

    @Test func truncatedArchiveIsAClearErrorNamingIt() async throws {
        let path = try TestFiles.folder() + "/cut.zip"
        try ExportFixtures.zip(path, [("a.gpx", Self.run(0)), ("b.gpx", Self.run(1))])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(saved.isEmpty)
        let message = try #require(summary.failed.first?.message)
        #expect(message.hasPrefix(path + ": cannot open the archive"))
    }

    @Test func damagedEntryDataIsAnErrorForThatEntryOnly() async throws {
        let path = try TestFiles.folder() + "/flip.zip"
        try ExportFixtures.zip(path, [("a.gpx", Self.run(0)), ("b.gpx", Self.run(1))])
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Corrupt the middle of the second entry's compressed data.
        let signature: [UInt8] = [0x50, 0x4B, 3, 4]
        var found: Int?
        for i in 40..<(bytes.count - 4) where Array(bytes[i..<(i + 4)]) == signature {
            found = i
            break
        }
        let second = try #require(found)
        for i in (second + 60)..<(second + 90) { bytes[i] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(saved.count == 1)
        #expect(summary.failed.count == 1)
        #expect(summary.failed.first?.file == path + "!b.gpx")
    }

    @Test func entryPathsAreCheckedForSlips() {
        #expect(isSafeEntryPath("apple_health_export/export.xml"))
        #expect(!isSafeEntryPath("../x"))
        #expect(!isSafeEntryPath("a/../../x"))
        #expect(!isSafeEntryPath("/etc/passwd"))
        #expect(!isSafeEntryPath("C:/x"))
        #expect(!isSafeEntryPath("a\\..\\..\\x"))
    }
}
