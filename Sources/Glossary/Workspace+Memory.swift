import Foundation

extension Workspace {
  /// The translation memory kept in the store.
  public var memory: TranslationMemory { TranslationMemory(store: store) }

  /// What `importFiles` did.
  public struct ImportReport: Sendable {
    public var summary: TranslationMemory.Summary
    /// Notes from the readers, such as entries they left out.
    public var notes: [String]
  }

  /// Imports files into the memory in one transaction: on any error nothing
  /// is kept, and the error names the file and line.
  ///
  /// - Parameters:
  ///   - paths: the files, as the user named them.
  ///   - format: a `--format` name for all files; nil to go by extension.
  ///   - progress: receives the bytes read so far and the bytes of all files.
  public func importFiles(
    _ paths: [String], format: String?, options: ImportOptions, progress: (Int, Int) -> Void = { _, _ in }
  ) throws -> ImportReport {
    var files: [(path: String, url: URL, importer: any MemoryImporter.Type, size: Int)] = []
    for path in paths {
      let url = URL(fileURLWithPath: path)
      try TextFile.open(url, name: path).close()
      let attributes = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
      let importer: (any Importer.Type)? = format.map(ImportFormats.named) ?? ImportFormats.forFile(path)
      guard let importer else {
        throw ImportError(
          file: path,
          message: (format.map { "unknown format '\($0)'" } ?? "cannot tell the format from the file's extension")
            + "; use --format \(ImportFormats.names)")
      }
      guard let memoryImporter = importer as? any MemoryImporter.Type else {
        throw ImportError(file: path, message: "\(importer.formatName) files do not hold translation units")
      }
      files.append((path, url, memoryImporter, (attributes[.size] as? NSNumber)?.intValue ?? 0))
    }
    let total = files.reduce(0) { $0 + $1.size }
    var notes: [String] = []
    var done = 0
    let summary = try memory.add { add in
      for file in files {
        notes += try file.importer.read(
          file.url, name: file.path, options: options, progress: { progress(done + $0, total) }, unit: add)
        done += file.size
      }
    }
    return ImportReport(summary: summary, notes: notes)
  }
}

/// A file `tm import` cannot start on.
public struct ImportError: Error, CustomStringConvertible, Sendable {
  public var file: String
  public var message: String

  public var description: String { "\(file): \(message)" }
}
