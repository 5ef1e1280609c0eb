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

  /// Reads the files at `paths`; a folder stands for the `.txt` files in it
  /// and its subfolders, in name order.
  ///
  /// - Throws: `ExtractionError` for a path that does not exist or a folder
  ///   without `.txt` files; `InputError` (file, line, byte offset) for a file
  ///   that is not UTF-8.
  public static func read(paths: [String], relativeTo directory: URL) throws -> [SourceDocument] {
    var documents: [SourceDocument] = []
    var seen: Set<String> = []
    for path in paths {
      let url = URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        throw ExtractionError.noSuchPath(path)
      }
      var files: [(name: String, url: URL)] = [(path, url)]
      if isDirectory.boolValue {
        files = textFiles(in: url).map { relative in
          ((path.hasSuffix("/") ? path : path + "/") + relative, url.appendingPathComponent(relative))
        }
        guard !files.isEmpty else { throw ExtractionError.noTextFiles(path) }
      }
      for file in files where seen.insert(file.url.path).inserted {
        documents.append(SourceDocument(name: file.name, text: try TextFile.read(file.url, displayName: file.name)))
      }
    }
    return documents
  }

  /// The `.txt` files under `folder`, as paths relative to it, sorted.
  static func textFiles(in folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var names: [String] = []
    while let name = enumerator.nextObject() as? String {
      if name.hasSuffix(".txt") { names.append(name) }
    }
    return names.sorted()
  }
}

/// A path given to `tm extract` that cannot be used.
public enum ExtractionError: Error, CustomStringConvertible, Sendable, Equatable {
  case noSuchPath(String)
  case noTextFiles(String)

  public var description: String {
    switch self {
    case .noSuchPath(let path): "\(path): no such file or folder"
    case .noTextFiles(let path): "\(path): the folder has no .txt files"
    }
  }
}
