/// A concept read from an exchange file (a TBX `termEntry` or
/// `conceptEntry`), before it is merged into the term base.
///
/// The store keeps these as they were read, so that every rebuild of the
/// term base can merge them again over the curated concepts.
public struct ImportedConcept: Hashable, Codable, Sendable {
  /// The concept as the file gives it: `id` is the file's id ("" when the
  /// entry has none), `definition` is "" when it has none. kk-Latn terms are
  /// kept as read; the merge checks them against the derived forms.
  public var concept: Concept
  /// Context sentences of the terms, as occurrences whose `matched` is the
  /// term they illustrate, and whose `file` and `line` are the citation of
  /// the context ("000_9d24610990cee87c.txt", 11), or else where it was read.
  public var contexts: [Occurrence]
  /// The file the entry was read from, and where the entry starts in it.
  public var file: String
  public var line: Int
  public var column: Int

  public init(concept: Concept, contexts: [Occurrence] = [], file: String, line: Int, column: Int) {
    self.concept = concept
    self.contexts = contexts
    self.file = file
    self.line = line
    self.column = column
  }

  public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
}
