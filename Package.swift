// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "coplan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CoplanKit", targets: ["CoplanKit"]),
        .executable(name: "coplan", targets: ["coplan"]),
        .executable(name: "coplan-bench", targets: ["coplan-bench"]),
    ],
    dependencies: [
        // CLI parsing for the `coplan` front end.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Templates for agreements and reports (issue: documents).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // DOCX packaging (in memory, no file I/O in the library).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // `coplan.toml` repository configuration (issue: ci).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // Property tests (round trips, idempotence, monotonicity).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .target(
            name: "CoplanKit",
            dependencies: [
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            resources: []
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .executableTarget(
            name: "coplan",
            dependencies: [
                "CoplanKit", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "coplan-bench",
            dependencies: ["CoplanKit"]
        ),
        .testTarget(
            name: "CoplanKitTests",
            dependencies: [
                "CoplanKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// Fuzz targets (Fuzz/README.md): only when COPLAN_FUZZ is set, so a normal build and test
// never sees them. Each is an executable holding just `LLVMFuzzerTestOneInput`; build with
// `--sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address` (Fuzz/run.sh does).
if Context.environment["COPLAN_FUZZ"] != nil {
    for name in ["FuzzParse", "FuzzCheck", "FuzzFormat", "FuzzEmit", "FuzzTemplate", "FuzzSession"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(.executableTarget(name: name, dependencies: ["CoplanKit"], path: "Fuzz/\(name)"))
    }
}
