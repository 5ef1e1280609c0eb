extension Workspace {
  /// What an export wrote.
  public struct ExportSummary: Sendable {
    /// The concepts written.
    public var entries: Int
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
    }
  }
}

/// An export that cannot be made.
public enum ExportError: Error, CustomStringConvertible, Sendable {
  /// No concept has a term in the chosen languages.
  case empty([LanguageTag])

  public var description: String {
    switch self {
    case .empty(let tags):
      "nothing to export: no concept has a term in \(tags.map(\.rawValue).joined(separator: ", "))"
    }
  }
}
