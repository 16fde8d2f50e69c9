// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// libFuzzer targets for lumbar's readers, kept out of the package users resolve.
///
/// Build: `swift build --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address` (other flag
/// combinations build no fuzzer or a blind one: swift-notes.md); run with `scripts/fuzz TARGET SECONDS`.
///
/// The root package is a path dependency; SwiftPM names it after its folder (`lumbar` in a plain
/// clone, something else in a worktree), so the name is taken from the path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootName = root.lastPathComponent.lowercased()

func fuzzer(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: products.map { .product(name: $0, package: rootName) },
        path: "Sources/\(name)"
    )
}

let package = Package(
    name: "lumbar-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        fuzzer("fuzz-fit", ["LumbarFormats"]),
        fuzzer("fuzz-gpx", ["LumbarFormats"]),
        fuzzer("fuzz-tcx", ["LumbarFormats"]),
        fuzzer("fuzz-applehealth", ["LumbarFormats"]),
        fuzzer("fuzz-answers", ["LumbarCore"]),
        fuzzer("fuzz-pose", ["LumbarFormats"]),
    ]
)
