import Foundation
import Testing

/// `docs/bad-input.md` names the test behind every class of bad input as `Suite.test`; each must
/// exist (a struct of that name declaring a func of that name somewhere under `Tests/`).
@Suite("docs/bad-input.md")
struct BadInputCatalogueTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `` `Type.function` `` in the catalogue's tables.
    static func named() throws -> [(type: String, function: String)] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/bad-input.md"), encoding: .utf8)
        var names: [(String, String)] = []
        for line in text.split(separator: "\n") where line.hasPrefix("|") {
            for piece in line.split(separator: "`").enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) {
                let parts = piece.split(separator: ".")
                guard parts.count == 2, parts[0].hasSuffix("Tests"), parts[1].allSatisfy({ $0.isLetter || $0.isNumber }) else { continue }
                names.append((String(parts[0]), String(parts[1])))
            }
        }
        return names
    }

    /// The text of every Swift file under `Tests/`.
    static func sources() throws -> [String] {
        let tests = root.appendingPathComponent("Tests")
        let walker = FileManager.default.enumerator(atPath: tests.path)
        var texts: [String] = []
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            texts.append(try String(contentsOf: tests.appendingPathComponent(relative), encoding: .utf8))
        }
        return texts
    }

    @Test func everyNamedTestExists() throws {
        let names = try Self.named()
        #expect(names.count > 80, "the catalogue lost its tables (found \(names.count) test names)")
        let sources = try Self.sources()
        for (type, function) in names {
            let found = sources.contains { text in
                text.contains("struct \(type) ") && (text.contains("func \(function)(") || text.contains("func \(function) ("))
            }
            #expect(found, "docs/bad-input.md names \(type).\(function), which is not a test under Tests/")
        }
    }
}
