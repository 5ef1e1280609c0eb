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

  /// Adds aligned units to the translation memory, in one transaction.
  ///
  /// - Throws: `MemoryUnavailable` when the store holds no memory.
  public func addToMemory(_ units: [TranslationUnit]) throws {
    guard let memory = store as? TranslationUnitSink else { throw MemoryUnavailable() }
    try memory.addUnits(units)
  }
}

/// The store cannot take translation units.
public struct MemoryUnavailable: Error, CustomStringConvertible, Sendable {
  public var description: String { "this store has no translation memory to add units to" }
}
