import Foundation

/// Where a `tm` project keeps its curated sources: `data/termbase/*.tsv`,
/// `data/translations/*.txt` and the articles in `seeds/*.txt`.
public struct ProjectLayout: Sendable {
  /// The directory holding `data/` and `seeds/`.
  public let root: URL

  public init(root: URL) { self.root = root }

  public var termBaseDirectory: URL { root.appendingPathComponent("data/termbase") }
  public var translationsDirectory: URL { root.appendingPathComponent("data/translations") }
  public var seedsDirectory: URL { root.appendingPathComponent("seeds") }
  /// The default store, rebuilt from the sources when they change.
  public var defaultStore: URL { root.appendingPathComponent(".tm/tm.sqlite") }

  /// The project in `directory` or the nearest of its parents that has a
  /// `data/termbase` folder.
  public static func find(from directory: URL) -> ProjectLayout? {
    var current = directory.standardizedFileURL
    while true {
      var isDirectory: ObjCBool = false
      let candidate = current.appendingPathComponent("data/termbase").path
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
        return ProjectLayout(root: current)
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return nil }
      current = parent
    }
  }

  /// The source files a build reads, as (path relative to the root, URL),
  /// sorted by path.
  public func sourceFiles() throws -> [(name: String, url: URL)] {
    var files: [(String, URL)] = []
    for (directory, prefix, suffix) in [
      (termBaseDirectory, "data/termbase/", ".tsv"), (translationsDirectory, "data/translations/", ".txt"),
      (seedsDirectory, "seeds/", ".txt"),
    ] {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
      for name in names where name.hasSuffix(suffix) {
        files.append((prefix + name, directory.appendingPathComponent(name)))
      }
    }
    return files.sorted { $0.0 < $1.0 }
  }

  /// A fingerprint of every source file's name and bytes (64-bit FNV-1a),
  /// and of the builder's version, so that a change to either rebuilds.
  public func fingerprint(builderVersion: Int) throws -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
      for byte in bytes {
        hash ^= UInt64(byte)
        hash &*= 0x100_0000_01b3
      }
    }
    mix("v\(builderVersion)\u{0}".utf8)
    for file in try sourceFiles() {
      mix(file.name.utf8)
      mix([0])
      // The build reads no larger file (TextFile): saying so now spares
      // hashing gigabytes on every command.
      let size = (try? FileManager.default.attributesOfItem(atPath: file.url.path)[.size] as? NSNumber)?.intValue ?? 0
      guard size <= TextFile.maximumSize else { throw TextFile.tooLarge(file.name) }
      let data = try Data(contentsOf: file.url)
      data.withUnsafeBytes { mix($0) }
      mix([0])
    }
    return String(hash, radix: 16)
  }
}
