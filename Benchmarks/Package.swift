// swift-tools-version: 6.1
import PackageDescription

/// lumbar's benchmarks: a separate package so users never resolve or build it.
/// Run everything with `scripts/bench` (builds release, runs the peers in the same run).
let package = Package(
    name: "LumbarBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "lumbar", path: "..")],
    targets: [
        .executableTarget(
            name: "LumbarBench",
            dependencies: [
                .product(name: "LumbarCore", package: "lumbar"),
                .product(name: "LumbarFormats", package: "lumbar"),
                .product(name: "LumbarStore", package: "lumbar"),
                .product(name: "LumbarAnalysis", package: "lumbar"),
            ]
        )
    ]
)
