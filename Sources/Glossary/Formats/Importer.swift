import Foundation

/// A file format `tm import` reads. Each format is one type; `ImportFormats`
/// finds it by `--format` name or by file name extension.
public protocol Importer {
  /// The name `--format` takes ("tmx").
  static var formatName: String { get }
  /// The file name extensions it claims, lowercase, without the dot.
  static var fileExtensions: [String] { get }
}

/// An importer of translation units into the memory.
public protocol MemoryImporter: Importer {
  /// Reads `file` as a stream, passing each unit to `unit`.
  ///
  /// - Parameters:
  ///   - name: how errors and origins name the file.
  ///   - progress: receives the number of bytes read so far, now and then.
  /// - Returns: notes for the user, such as entries left out and why.
  /// - Throws: `InputError` naming the file, line (and column) of bad input.
  static func read(
    _ file: URL, name: String, options: ImportOptions, progress: (Int) -> Void,
    unit: (TranslationUnit) throws -> Void
  ) throws -> [String]
}

/// Choices an import makes that the file may not settle.
public struct ImportOptions: Sendable {
  /// The target language of formats that hold one (PO), overriding the
  /// file's own header.
  public var targetLanguage: Language?
  /// Whether to import PO entries marked fuzzy (left out by default).
  public var includeFuzzy: Bool
  /// The creation date of units whose file gives none.
  public var date: Date

  public init(targetLanguage: Language? = nil, includeFuzzy: Bool = false, date: Date = Date()) {
    self.targetLanguage = targetLanguage
    self.includeFuzzy = includeFuzzy
    self.date = date
  }
}

/// The formats `tm import` knows.
public enum ImportFormats {
  /// Every importer; add a format by adding its type here.
  public static var all: [any Importer.Type] { [TMXReader.self, POReader.self, TSVReader.self] }

  /// The importer `--format` names.
  public static func named(_ name: String) -> (any Importer.Type)? {
    all.first { $0.formatName == name.lowercased() }
  }

  /// The importer for a file, by its extension.
  public static func forFile(_ path: String) -> (any Importer.Type)? {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    return all.first { $0.fileExtensions.contains(ext) }
  }

  /// "tmx, po or tsv", for messages.
  public static var names: String {
    let names = all.map { $0.formatName }
    return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
  }

  /// How units' origins name a file: its last path component ("tm.tmx",
  /// for origins such as "tm.tmx:12").
  static func originName(_ path: String) -> String {
    URL(fileURLWithPath: path).lastPathComponent
  }
}
