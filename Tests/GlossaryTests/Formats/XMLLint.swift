import Foundation
import Testing
@testable import Glossary

/// Runs xmllint against the schemas in ../shared/schemas (or TM_SCHEMAS),
/// for tests that check exports are valid TBX. Tests that need it are
/// enabled only when both are there; `.ci/run` installs xmllint.
enum XMLLint {
  static let executable = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// The schemas folder: TM_SCHEMAS, else ../shared/schemas next to the
  /// repository, else /work/shared/schemas.
  static let schemas: URL? = {
    let candidates =
      [ProcessInfo.processInfo.environment["TM_SCHEMAS"]].compactMap { $0 }.map { URL(fileURLWithPath: $0) } + [
        Repository.root.deletingLastPathComponent().appendingPathComponent("shared/schemas"),
        URL(fileURLWithPath: "/work/shared/schemas"),
      ]
    return candidates.first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("tbx/v2-2008/TBXBasiccoreStructV02.dtd").path)
    }
  }()

  static var isAvailable: Bool { executable != nil && schemas != nil }

  static let unavailable: Comment =
    "needs xmllint (apt-get install libxml2-utils) and the schemas in ../shared/schemas (or TM_SCHEMAS)"

  /// The schema checks of each TBX form: (option, schema path).
  static func checks(for version: TBXVersion) -> [(String, String)] {
    switch version {
    case .v2008: [("--dtdvalid", "tbx/v2-2008/TBXBasiccoreStructV02.dtd"), ("--relaxng", "tbx/v2-2008/TBXBasicRNGV02.rng")]
    case .v2019:
      [("--relaxng", "tbx/v3-2019/TBXcoreStructV03.rng"),
       ("--relaxng", "tbx/v3-2019/TBXcoreStructV03_TBX-Basic_integrated_v1.1.rng")]
    }
  }

  /// Validates `text` against every schema of its form; returns xmllint's
  /// complaints, empty when it is valid.
  static func problems(_ text: String, version: TBXVersion) throws -> [String] {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tm-xmllint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("export.tbx")
    try Data(text.utf8).write(to: file)
    var problems: [String] = []
    for (option, schema) in checks(for: version) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable!)
      process.arguments = ["--noout", "--nonet", option, schemas!.appendingPathComponent(schema).path, file.path]
      let errors = Pipe()
      process.standardError = errors
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      if process.terminationStatus != 0 { problems.append("\(schema): \(output.prefix(2000))") }
    }
    return problems
  }

  /// Validates a TMX file against tmx/tmx14.dtd: xmllint's status and output.
  static func validateTMX(_ file: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable!)
    process.arguments = [
      "--noout", "--nonet", "--dtdvalid", schemas!.appendingPathComponent("tmx/tmx14.dtd").path, file.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
