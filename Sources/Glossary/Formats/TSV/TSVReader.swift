import Foundation

/// Reads tab-separated translation units.
///
/// The first line is a header. Columns named by a language tag (`en`, `ru`,
/// `kk`, or `en-GB`, `kk-Cyrl` …) hold segments, and an `en` column and a
/// `ru` or `kk` column are required; any other column is kept as a property
/// of the unit under its header's name. Fields are taken as written (no
/// quoting or escapes), so they cannot hold tabs or line breaks. Empty lines
/// are skipped, and a row without English or without any translation is
/// left out.
public enum TSVReader: MemoryImporter {
  public static let formatName = "tsv"
  public static let fileExtensions = ["tsv", "tab"]

  private enum Column {
    case segment(LanguageCode)
    case property(String)
  }

  public static func read(
    _ file: URL, name: String, options: ImportOptions, progress: (Int) -> Void,
    unit: (TranslationUnit) throws -> Void
  ) throws -> [String] {
    let lines = try LineReader(file, name: name)
    guard let header = try lines.next() else {
      throw InputError(SourceLocation(file: name, line: 1), "the file is empty (expected a header such as 'en<TAB>ru')")
    }
    let columns: [Column] = header.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
      let title = cell.trimmingCharacters(in: .whitespaces)
      return LanguageCode(title).map(Column.segment) ?? .property(title)
    }
    let codes = columns.map { column -> LanguageCode? in
      if case .segment(let code) = column { return code }
      return nil
    }
    // Two columns of one language ("en" and "en-US") would leave one unread.
    for (index, code) in codes.enumerated() {
      guard let code, let first = codes[..<index].firstIndex(of: code) else { continue }
      throw InputError(
        SourceLocation(file: name, line: 1),
        "the header names '\(code.language.rawValue)' twice (columns \(first + 1) and \(index + 1)): "
          + "a language takes one column")
    }
    let languages = Set(codes.compactMap { $0?.language })
    let hasTarget = languages.contains(.ru) || languages.contains(.kk)
    guard languages.contains(.en), hasTarget else {
      let missing =
        !languages.contains(.en) && !hasTarget ? "'en' column and 'ru' or 'kk' column"
        : languages.contains(.en) ? "'ru' or 'kk' column" : "'en' column"
      throw InputError(
        SourceLocation(file: name, line: 1),
        "the header '\(header)' names no \(missing) (columns are separated by tabs)")
    }
    let originName = ImportFormats.originName(name)
    var skipped = 0
    while let line = try lines.next() {
      if lines.lineNumber % 4096 == 0 { progress(lines.bytesRead) }
      if line.isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == columns.count else {
        throw InputError(
          SourceLocation(file: name, line: lines.lineNumber),
          "expected \(columns.count) tab-separated fields as in the header, found \(fields.count)")
      }
      var choice = LanguageChoice()
      var properties: [String: String] = [:]
      for (column, field) in zip(columns, fields) {
        switch column {
        case .segment(let code): choice.offer(String(field), code)
        case .property(let title): if !field.isEmpty { properties[title] = String(field) }
        }
      }
      guard let source = choice.source, !choice.targets.isEmpty else {
        skipped += 1
        continue
      }
      try unit(
        TranslationUnit(
          source: source, targets: choice.targets, origin: "\(originName):\(lines.lineNumber)",
          created: options.date, properties: properties))
    }
    progress(lines.bytesRead)
    return skipped == 0 ? [] : ["\(name): left out \(skipped) rows without English or without a translation"]
  }
}
