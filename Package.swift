// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "coplan",
    platforms: [.macOS(.v13)],
    products: [
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
        // The pipeline, one target per stage, each depending only on those before it
        // (ARCHITECTURE.md): source text → tokens → syntax tree → model → analysis → emitters.
        .target(name: "CoplanCore"),
        .target(name: "CoplanSyntax", dependencies: ["CoplanCore"]),
        .target(name: "CoplanModel", dependencies: ["CoplanSyntax"]),
        .target(name: "CoplanAnalysis", dependencies: ["CoplanModel"]),
        .target(
            name: "CoplanPipeline",
            dependencies: ["CoplanAnalysis", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "CoplanFormat", dependencies: ["CoplanModel"]),
        .target(
            name: "CoplanEmit",
            dependencies: [
                "CoplanPipeline",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "CoplanSession", dependencies: ["CoplanEmit", "CoplanFormat"]),
        // What the front ends import: every stage, re-exported.
        .target(name: "CoplanKit", dependencies: ["CoplanSession"]),
        // The language server (`coplan lsp`): protocol, transport and handlers, no process I/O.
        .target(name: "CoplanLSP", dependencies: ["CoplanKit"]),
        // Test support (plan generator, fuzz harness, model dump): never in a shipped product.
        .target(name: "CoplanTesting", dependencies: ["CoplanKit", "CoplanLSP"]),
        // `coplan diff`: what a change to the plans does (issue 16).
        .target(name: "CoplanDiff", dependencies: ["CoplanKit"]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .executableTarget(
            name: "coplan",
            dependencies: [
                "CoplanKit", "CoplanDiff", "CoplanLSP", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "coplan-bench",
            dependencies: ["CoplanKit", "CoplanLSP", "CoplanTesting", "CoplanDiff"]
        ),
        .testTarget(
            name: "CoplanLSPTests",
            dependencies: ["CoplanLSP", "CoplanKit"]
        ),
        .testTarget(
            name: "CoplanKitTests",
            dependencies: [
                "CoplanKit", "CoplanTesting", "CoplanDiff",
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
    for name in ["FuzzParse", "FuzzCheck", "FuzzFormat", "FuzzEmit", "FuzzTemplate", "FuzzSession", "FuzzLSP"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(.executableTarget(name: name, dependencies: ["CoplanKit", "CoplanTesting"], path: "Fuzz/\(name)"))
    }
}
