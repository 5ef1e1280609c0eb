// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "tm",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Glossary", targets: ["Glossary"]),
    .executable(name: "tm", targets: ["tm"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    .target(
      name: "Glossary",
      dependencies: [
        "CICU", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .executableTarget(
      name: "tm",
      dependencies: [
        "Glossary",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "GlossaryTests",
      dependencies: ["Glossary"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "tmEndToEndTests",
      // GRDB only to check stores after a killed import (StoreSnapshot).
      dependencies: ["tm", .product(name: "GRDB", package: "GRDB.swift")]
    ),
  ]
)
