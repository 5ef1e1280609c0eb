import Foundation

extension Workspace {
  /// Aligns a source file with its translation, with the term base's
  /// concepts as anchors (see `AlignedFiles.read`).
  public func align(
    source: URL, sourceName: String, target: URL, targetName: String, targetLanguage: Language?
  ) throws -> AlignedFiles {
    try AlignedFiles.read(
      source: source, sourceName: sourceName, target: target, targetName: targetName,
      targetLanguage: targetLanguage, concepts: termIndex().concepts)
  }

  /// Adds aligned units to the translation memory, in one transaction;
  /// identical units merge.
  @discardableResult
  public func addToMemory(_ units: [TranslationUnit]) throws -> TranslationMemory.Summary {
    try memory.add(units)
  }
}
