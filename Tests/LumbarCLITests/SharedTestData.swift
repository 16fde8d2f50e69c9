import Foundation

/// `../shared/testdata` beside the repository (a worktree one level deeper looks further up);
/// nil when absent, and the suites that need it skip with a message.
enum SharedTestData {
    static let directory: URL? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url = url.deletingLastPathComponent() }  // file, LumbarCLITests, Tests -> repo root
        for _ in 0..<3 {
            url = url.deletingLastPathComponent()
            let dir = url.appendingPathComponent("shared/testdata")
            if FileManager.default.fileExists(atPath: dir.path) { return dir }
        }
        return nil
    }()

    static var available: Bool { directory != nil }

    static func bytes(_ relative: String) -> [UInt8]? {
        guard let dir = directory,
            let data = FileManager.default.contents(atPath: dir.appendingPathComponent(relative).path)
        else { return nil }
        return [UInt8](data)
    }
}
