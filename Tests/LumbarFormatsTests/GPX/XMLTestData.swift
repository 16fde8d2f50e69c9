import Foundation

/// `../shared/testdata` beside the repository (the real files from peer parsers' test suites),
/// or nil when this checkout does not have it: tests that need it are then skipped.
enum XMLTestData {
    /// Found from `#filePath`: the repository root's `../shared/testdata`, looking further up
    /// for checkouts that live deeper (git worktrees such as `wt/xml`).
    static let directory: URL? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // GPX, LumbarFormatsTests, Tests, root
        while url.path != "/" {
            url.deleteLastPathComponent()
            let dir = url.appendingPathComponent("shared/testdata")
            if FileManager.default.fileExists(atPath: dir.path) { return dir }
        }
        return nil
    }()

    static var available: Bool { directory != nil }

    /// The bytes of `relativePath` inside the test data folder.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return Array(try Data(contentsOf: directory.appendingPathComponent(relativePath)))
    }

}
