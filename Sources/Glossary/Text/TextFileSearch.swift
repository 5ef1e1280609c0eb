import Foundation

/// The text files a user means by the paths given to `tm check` and `tm
/// extract`: a file as given; for a folder, the regular `.txt` files in it
/// and its subfolders (hidden files and folders left out), sorted, each named
/// by joining its path to the folder as given; `-` is standard input, named
/// `<stdin>`, so that text can be piped in (`pbpaste | tm check -`).
public enum TextFileSearch {
  /// A file found: how messages name it, and where it is.
  public struct File: Sendable {
    public var name: String
    public var url: URL
  }

  /// The path that means standard input, which can be read (once) but not written.
  public static let standardInputPath = "-"

  /// The files of each path, in the order given, or why the path cannot be
  /// used, so that a command can go on with the others.
  public static func files(for paths: [String], relativeTo directory: URL) -> [Result<[File], PathError>] {
    var readsStandardInput = false
    return paths.map { path in
      guard path == standardInputPath else { return files(for: path, relativeTo: directory) }
      // A second read of standard input would find it empty.
      defer { readsStandardInput = true }
      guard !readsStandardInput else { return .failure(PathError(path: path, message: "standard input is given twice")) }
      return .success([File(name: "<stdin>", url: TextFile.standardInput)])
    }
  }

  static func files(for path: String, relativeTo directory: URL) -> Result<[File], PathError> {
    let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path))
      .standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return .failure(PathError(path: path, message: "no such file or folder"))
    }
    guard isDirectory.boolValue else { return .success([File(name: path, url: url)]) }
    guard let enumerator = FileManager.default.enumerator(
      at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return .failure(PathError(path: path, message: "cannot read the folder")) }
    var found: [File] = []
    let base = url.path.hasSuffix("/") ? url.path : url.path + "/"
    let prefix = path.hasSuffix("/") ? path : path + "/"
    for case let file as URL in enumerator where file.pathExtension == "txt" {
      guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      found.append(File(name: prefix + String(file.standardizedFileURL.path.dropFirst(base.count)), url: file))
    }
    guard !found.isEmpty else { return .failure(PathError(path: path, message: "no .txt files in the folder")) }
    return .success(found.sorted { $0.name < $1.name })
  }
}

/// A path given on the command line that cannot be used: it does not exist,
/// or it is a folder without `.txt` files.
public struct PathError: Error, CustomStringConvertible, Sendable, Equatable {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
