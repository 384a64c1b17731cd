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
        .target(name: "WardWatch"),
        .target(name: "WardZip"),
        .target(name: "WardXLSX", dependencies: ["WardZip", "WardCSV"]),
        .target(
            name: "WardKit",
            dependencies: ["CCmarkGFM", "WardLocale", "WardMustache", "WardCSV", "WardQR", "WardPrivacy", "WardServer", "WardWatch", "WardXLSX"],
            plugins: ["EmbedTheme"]
        ),
        // theme/ is compiled into WardKit (DefaultTheme.files) by a build-tool plugin of this
        // package: the binary stays self-contained and building needs no Python.
        .executableTarget(name: "EmbedThemeTool"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["EmbedThemeTool"], path: "Sources/EmbedTheme"),
        .executableTarget(name: "wardkit", dependencies: ["WardKit"]),
        // Prints the privacy scanner's throughput: swift run -c release scanner-bench [public-folder]
        .executableTarget(name: "scanner-bench", dependencies: ["WardPrivacy"], path: "Benchmarks/ScannerBench"),
        // Shared by the test targets only (a seeded generator), so not a product.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "WardLocaleTests", dependencies: ["WardLocale"]),
        .testTarget(name: "WardMustacheTests", dependencies: ["WardMustache"]),
        .testTarget(name: "WardCSVTests", dependencies: ["WardCSV"]),
        .testTarget(name: "WardQRTests", dependencies: ["WardQR"]),
        .testTarget(name: "WardPrivacyTests", dependencies: ["WardPrivacy", "TestSupport"]),
        .testTarget(name: "WardServerTests", dependencies: ["WardServer"]),
        .testTarget(name: "WardWatchTests", dependencies: ["WardWatch"]),
        .testTarget(name: "WardZipTests", dependencies: ["WardZip"], exclude: ["Vectors"]),
        .testTarget(name: "WardXLSXTests", dependencies: ["WardXLSX", "WardZip", "WardCSV", "TestSupport"]),
        // CCmarkGFM: the cmark lock test calls the library without the lock to show what it guards against.
        .testTarget(name: "WardKitTests", dependencies: ["WardKit", "CCmarkGFM", "TestSupport"], exclude: ["Fixtures"]),
    ]
)

// libFuzzer harnesses (Tests/Fuzz), built only by scripts/fuzz, which sets WARDKIT_FUZZ=1 and
// passes -sanitize=fuzzer,address to every module in a scratch folder of its own. A harness
// defines LLVMFuzzerTestOneInput and has no main, so a normal build must never see them.
// Adding one: a line here and a line in scripts/fuzz (see the marked place there).
if Context.environment["WARDKIT_FUZZ"] == "1" {
    func harness(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
        .executableTarget(name: name, dependencies: dependencies + ["FuzzDriver"], path: "Tests/Fuzz/Harnesses/\(name)")
    }
    package.targets += [
        .systemLibrary(name: "CLibFuzzer", path: "Tests/Fuzz/CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"], path: "Tests/Fuzz/FuzzDriver"),
        harness("FuzzCSV", ["WardCSV"]),
        harness("FuzzKeyValue", ["WardKit"]),
        harness("FuzzMustache", ["WardMustache"]),
        harness("FuzzHTTP", ["WardServer"]),
        harness("FuzzPrivacy", ["WardPrivacy"]),
        harness("FuzzXLSX", ["WardXLSX", "WardZip", "WardCSV"]),
    ]
}

