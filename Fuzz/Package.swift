// swift-tools-version: 6.1
// libFuzzer targets for tm's readers and text layer, kept out of `swift build`
// and `swift test`. Build and run with ./run.sh (see its header).
import PackageDescription

// SwiftPM names a package found by path after its folder ("main", or a
// worktree's name), not after the name in its manifest.
let parent = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "tm").lowercased()

let package = Package(
  name: "Fuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .target(name: "FuzzerDriver", path: "Sources/FuzzerDriver"),
    .executableTarget(
      name: "tm-fuzz",
      dependencies: ["FuzzerDriver", .product(name: "Glossary", package: parent)],
      path: "Sources/tm-fuzz",
      // gold fails on the fuzzer runtime ("internal error in format_file_lineno").
      linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
    ),
  ]
)
