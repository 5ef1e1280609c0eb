// swift-tools-version: 6.1
// In-process lookup benchmark, kept out of `swift build` and `swift test`:
//   cd Benchmarks/Lookup && swift run -c release lookup-benchmark
import PackageDescription

let package = Package(
  name: "LookupBenchmark",
  dependencies: [.package(path: "../..")],
  targets: [
    .executableTarget(
      name: "lookup-benchmark",
      dependencies: [.product(name: "Glossary", package: "main")],
      path: "Sources/LookupBenchmark"
    )
  ]
)
