import Foundation
@testable import Glossary

/// The repository's own data/ and seeds/, which the tests read but never write.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let project = ProjectLayout(root: root)

  /// The shipped term base, compiled once for all tests.
  static let termBase: CompiledTermBase = {
    let seeds = try! project.sourceFiles().filter { $0.name.hasPrefix("seeds/") }.map {
      (name: String($0.name.dropFirst(6)), text: try! TextFile.read($0.url))
    }
    let concepts = try! TermBaseReader(knownSources: Set(seeds.map(\.name))).read(directory: project.termBaseDirectory)
    return try! CompiledTermBase.compile(concepts, sources: seeds)
  }()

  static let index = TermIndex(concepts: termBase.concepts, keys: termBase.keys)
}

/// A temporary directory, removed when the value is released.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("tm-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to `path` (relative), creating folders.
  @discardableResult
  func write(_ text: String, to path: String) throws -> URL {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    return file
  }
}

/// A reproducible random number generator (SplitMix64), so that a failing
/// generated case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
