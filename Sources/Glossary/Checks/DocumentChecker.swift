import Foundation

/// Runs the quality checks over text files: `tm check`.
public final class DocumentChecker {
  public let expected: Language
  public let checks: [any QualityCheck]

  /// The checks for documents in `expected`: stray lines and mixed-script
  /// words always, non-preferred terms when there is a term base.
  public init(expected: Language, concepts: [Concept]?) throws(ICUError) {
    self.expected = expected
    var checks: [any QualityCheck] = [
      StrayLineCheck(expected: expected), MixedScriptCheck(spoofChecker: try SpoofChecker()),
    ]
    if let concepts { checks.append(try NonPreferredTermCheck(concepts: concepts, language: expected)) }
    self.checks = checks
  }

  /// The findings in one decoded document, by line and column.
  public func findings(in document: CheckedDocument) -> [Finding] {
    checks.flatMap { $0.findings(in: document) }.sorted {
      ($0.line, $0.column, Finding.Kind.allCases.firstIndex(of: $0.kind)!)
        < ($1.line, $1.column, Finding.Kind.allCases.firstIndex(of: $1.kind)!)
    }
  }

  /// Reads and checks one file; `name` is how findings and errors name it.
  public func check(fileAt url: URL, named name: String) throws -> [Finding] {
    findings(in: CheckedDocument(file: name, text: try TextFile.read(url, displayName: name)))
  }

  /// The files to check for the paths a user gave: a file as given, a folder's
  /// `.txt` files (searched recursively, hidden folders left out, sorted)
  /// named by joining their path to the folder as given.
  public static func files(for paths: [String], relativeTo directory: URL) throws(CheckError) -> [(name: String, url: URL)] {
    var files: [(String, URL)] = []
    for path in paths {
      let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path))
        .standardizedFileURL
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        throw CheckError(path: path, message: "no such file or folder")
      }
      guard isDirectory.boolValue else {
        files.append((path, url))
        continue
      }
      guard let enumerator = FileManager.default.enumerator(
        at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
      else { throw CheckError(path: path, message: "cannot read the folder") }
      var found: [(String, URL)] = []
      let base = url.path.hasSuffix("/") ? url.path : url.path + "/"
      for case let file as URL in enumerator where file.pathExtension == "txt" {
        guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let relative = String(file.standardizedFileURL.path.dropFirst(base.count))
        found.append((path.hasSuffix("/") ? path + relative : path + "/" + relative, file))
      }
      guard !found.isEmpty else { throw CheckError(path: path, message: "no .txt files in the folder") }
      files += found.sorted { $0.0 < $1.0 }
    }
    return files
  }
}

/// A path `tm check` cannot use.
public struct CheckError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var message: String

  public var description: String { "\(path): \(message)" }
}
