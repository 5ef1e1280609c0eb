import Foundation

/// A document to extract terms from: its name (as given on the command line)
/// and its text.
public struct SourceDocument: Hashable, Sendable {
  public var name: String
  public var text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// Reads the files at `paths` (see `TextFileSearch`), each file once.
  ///
  /// - Throws: `PathError` for a path that does not exist or a folder
  ///   without `.txt` files; `InputError` (file, line, byte offset) for a file
  ///   that is not UTF-8.
  public static func read(paths: [String], relativeTo directory: URL) throws -> [SourceDocument] {
    var documents: [SourceDocument] = []
    var seen: Set<String> = []
    for result in TextFileSearch.files(for: paths, relativeTo: directory) {
      for file in try result.get() where seen.insert(file.url.path).inserted {
        documents.append(SourceDocument(name: file.name, text: try TextFile.read(file.url, displayName: file.name)))
      }
    }
    return documents
  }
}
