import Foundation

/// `../shared/testdata` beside the repository, located from this file (nil when absent: the
/// conformance tests then skip with a message).
enum TestData {
    static let directory: URL? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url = url.deletingLastPathComponent() }  // FIT, LumbarFormatsTests, Tests -> repo root
        // `../shared/testdata` beside the repository; a git worktree one level deeper looks further up.
        for _ in 0..<3 {
            url = url.deletingLastPathComponent()
            let dir = url.appendingPathComponent("shared/testdata")
            if FileManager.default.fileExists(atPath: dir.path) { return dir }
        }
        return nil
    }()

    static var available: Bool { directory != nil }

    /// Bytes of `relative` (e.g. "python-fitparse/nick.fit"), nil when absent.
    static func bytes(_ relative: String) -> [UInt8]? {
        guard let dir = directory,
            let data = FileManager.default.contents(atPath: dir.appendingPathComponent(relative).path)
        else { return nil }
        return [UInt8](data)
    }

    /// Text of a reference CSV.
    static func text(_ relative: String) -> String? {
        bytes(relative).map { String(decoding: $0, as: UTF8.self) }
    }
}
