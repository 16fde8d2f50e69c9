// swift-tools-version: 6.1
import PackageDescription

/// lumbar: why does my back hurt after running?
///
/// Targets follow `docs/architecture.md`: a pure core, readers, stores, renderers, the CLI.
/// Heavy dependencies live only in leaf targets so the core builds in seconds.
let package = Package(
    name: "lumbar",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lumbar", targets: ["lumbar"]),
        .library(name: "LumbarCore", targets: ["LumbarCore"]),
        .library(name: "LumbarFormats", targets: ["LumbarFormats"]),
        .library(name: "LumbarStore", targets: ["LumbarStore"]),
        .library(name: "LumbarAnalysis", targets: ["LumbarAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        .target(name: "LumbarCore"),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(name: "CGzip", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "LumbarFormats",
            dependencies: [
                "LumbarCore", "CLibXML2", "CGzip",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "LumbarStore", dependencies: ["LumbarCore"]),
        .target(
            name: "LumbarStoreSQLite",
            dependencies: ["LumbarStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Server mode: the store on PostgreSQL. Only the CLI links it, so the core never waits for NIO.
        .target(
            name: "LumbarStorePostgres",
            dependencies: ["LumbarStore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .target(name: "LumbarReport", dependencies: ["LumbarCore"]),
        // The one assembly of every finding into a result: shared by the CLI and the dashboard.
        .target(name: "LumbarAnalysis", dependencies: ["LumbarCore", "LumbarStore", "LumbarReport"]),
        .target(
            name: "LumbarWeb",
            dependencies: [
                "LumbarCore", "LumbarStore", "LumbarReport", "LumbarFormats", "LumbarAnalysis",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "LumbarCLI",
            dependencies: [
                "LumbarCore", "LumbarFormats", "LumbarStore", "LumbarStoreSQLite", "LumbarStorePostgres",
                "LumbarReport", "LumbarAnalysis", "LumbarWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "lumbar",
            dependencies: ["LumbarCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // Swift links executables with every symbol exported (53,000 here); the runtime's
            // start-up `dladdr` then scans them all. Not exporting took 1.1 ms off every command
            // (measured: `inspect` of a one-point GPX, 8.7 -> 7.6 ms). Crash backtraces read the
            // symbol table from the file, which is kept.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "LumbarCoreTests",
            dependencies: ["LumbarCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "LumbarFormatsTests", dependencies: ["LumbarFormats"]),
        .testTarget(
            name: "LumbarStoreTests", dependencies: ["LumbarStore", "LumbarStoreSQLite", "LumbarStorePostgres"]
        ),
        .testTarget(
            name: "LumbarReportTests", dependencies: ["LumbarReport"],
            exclude: ["Golden"]  // golden files are read from the source tree by path
        ),
        .testTarget(
            name: "LumbarCLITests",
            dependencies: [
                "LumbarCLI", "LumbarStore", "LumbarStoreSQLite", "LumbarStorePostgres", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "LumbarWebTests",
            dependencies: [
                "LumbarWeb", "LumbarStore", "LumbarStoreSQLite", "LumbarStorePostgres",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
