// swift-tools-version:6.0
import PackageDescription

// Each component is its own module so that it can be built, tested and reasoned about
// alone (like Zola's components/); WardKit wires them into the load → guard → derive →
// render → write pipeline and the `wardkit` executable is a thin shell over it.
let package = Package(
    name: "wardkit",
    products: [
        .library(name: "WardKit", targets: ["WardKit"]),
        .executable(name: "wardkit", targets: ["wardkit"]),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "WardLocale"),
        .target(name: "WardMustache"),
        .target(name: "WardCSV"),
        .target(name: "WardQR"),
        .target(name: "WardPrivacy"),
        .target(name: "WardServer"),
        .target(name: "WardZip"),
        .target(name: "WardXLSX", dependencies: ["WardZip", "WardCSV"]),
        .target(
            name: "WardKit",
            dependencies: ["CCmarkGFM", "WardLocale", "WardMustache", "WardCSV", "WardQR", "WardPrivacy", "WardServer", "WardXLSX"]
        ),
        .executableTarget(name: "wardkit", dependencies: ["WardKit"]),
        .testTarget(name: "WardLocaleTests", dependencies: ["WardLocale"]),
        .testTarget(name: "WardMustacheTests", dependencies: ["WardMustache"]),
        .testTarget(name: "WardCSVTests", dependencies: ["WardCSV"]),
        .testTarget(name: "WardQRTests", dependencies: ["WardQR"]),
        .testTarget(name: "WardPrivacyTests", dependencies: ["WardPrivacy"], exclude: ["Corpus"]),
        .testTarget(name: "WardServerTests", dependencies: ["WardServer"]),
        .testTarget(name: "WardZipTests", dependencies: ["WardZip"], exclude: ["Vectors"]),
        .testTarget(name: "WardXLSXTests", dependencies: ["WardXLSX", "WardZip", "WardCSV"]),
        .testTarget(name: "WardKitTests", dependencies: ["WardKit"], exclude: ["Fixtures"]),
    ]
)
