extension Workspace {
  /// What an export wrote.
  public struct ExportSummary: Sendable {
    /// The concepts (or, for TMX, the units) written.
    public var entries: Int
    /// The units left out because they have none of the chosen translations
    /// (TMX only).
    public var leftOut = 0
  }

  /// Writes the term base (or, for formats that hold it, the memory) in
  /// `format` to `sink`.
  ///
  /// - Throws: `TermBaseExportError` when a text holds a control character,
  ///   `ExportError.empty` when there is nothing to export.
  public func export(_ format: ExportFormat, options: ExportOptions, to sink: any TextSink) throws -> ExportSummary {
    switch format.content {
    case .termBase:
      let concepts = try concepts()
      let builder = TermBaseExportBuilder(
        languages: options.sectionTags, contextsPerConcept: format == .tbx ? options.contextsPerConcept : 0)
      let export = try builder.build(
        concepts: concepts, occurrences: try store.occurrences(ofConcepts: concepts.map(\.id)))
      guard !export.entries.isEmpty else { throw ExportError.empty(options.sectionTags) }
      try format.termBaseExporter(options).write(export, to: sink)
      return ExportSummary(entries: export.entries.count)
    case .memory:
      return try exportMemory(options: options, to: sink)
    }
  }
}

/// An export that cannot be made.
public enum ExportError: Error, CustomStringConvertible, Sendable {
  /// No concept has a term in the chosen languages.
  case empty([LanguageTag])
  /// No unit of the memory has a translation in the chosen languages.
  case emptyMemory([Language])
  /// A format that does not hold the term base was asked for its writer.
  case notTermBase(ExportFormat)

  public var description: String {
    switch self {
    case .empty(let tags):
      "nothing to export: no concept has a term in \(tags.map(\.rawValue).joined(separator: ", "))"
    case .emptyMemory(let languages):
      "nothing to export: no unit of the memory has a translation in \(languages.map(\.rawValue).joined(separator: ", "))"
    case .notTermBase(let format):
      "--format \(format.rawValue) exports the translation memory, not the term base"
    }
  }
}
