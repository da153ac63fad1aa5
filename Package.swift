// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Spiegel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "spiegel", targets: ["spiegel"]),
        .library(name: "SpiegelCore", targets: ["SpiegelCore"]),
        .library(name: "SpiegelXML", targets: ["SpiegelXML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The system libxml2 (Debian: libxml2-dev). Headers only; see shim.h for the ICU fix.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The pure core: instrument model, canonical form and hash, semantic checks.
        // No file system, no database, no libxml2.
        .target(
            name: "SpiegelCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // XML in, instrument values out. The only module that imports CLibXML2.
        .target(
            name: "SpiegelXML",
            dependencies: ["SpiegelCore", "CLibXML2"]
        ),
        // The embedded store: SQLite through GRDB, behind the core's SessionStore protocol.
        .target(
            name: "SpiegelStore",
            dependencies: [
                "SpiegelCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Reports: view models built from the engine's results, laid out by the Mustache
        // templates in Templates/ (and by a text table writer for the terminal).
        .target(
            name: "SpiegelReport",
            dependencies: ["SpiegelCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The command-line tool: the only place that touches paths, stdout/stderr and exit codes.
        .executableTarget(
            name: "spiegel",
            dependencies: [
                "SpiegelCore", "SpiegelXML", "SpiegelStore", "SpiegelReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Benchmarks (run on demand, see Benchmarks/README.md): a deterministic research corpus.
        .executableTarget(
            name: "spiegel-corpus",
            dependencies: ["SpiegelCore", "SpiegelStore", "SpiegelXML"],
            path: "Benchmarks/Sources/spiegel-corpus"
        ),
        // Benchmarks: times the store read, the agreement report and its statistics on a corpus.
        .executableTarget(
            name: "spiegel-bench",
            dependencies: ["SpiegelCore", "SpiegelStore", "SpiegelXML"],
            path: "Benchmarks/Sources/spiegel-bench"
        ),
        // Benchmarks: the floor of a typed command, opening the store with GRDB and running one query.
        .executableTarget(
            name: "spiegel-floor",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/Sources/spiegel-floor"
        ),
        .target(
            name: "SpiegelTestSupport",
            dependencies: ["SpiegelCore", "SpiegelXML", "SpiegelStore"]
        ),
        .testTarget(name: "SpiegelCoreTests", dependencies: ["SpiegelCore", "SpiegelTestSupport"]),
        .testTarget(name: "SpiegelXMLTests", dependencies: ["SpiegelXML", "SpiegelTestSupport"]),
        .testTarget(name: "SpiegelStoreTests", dependencies: ["SpiegelStore", "SpiegelTestSupport"]),
        .testTarget(name: "SpiegelReportTests", dependencies: ["SpiegelReport", "SpiegelTestSupport"]),
        .testTarget(name: "SpiegelEndToEndTests", dependencies: ["SpiegelTestSupport", "SpiegelReport"]),
    ],
    swiftLanguageModes: [.v6]
)
