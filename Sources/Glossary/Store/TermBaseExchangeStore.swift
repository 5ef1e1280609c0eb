/// What exports and imports need from storage, beyond `GlossaryStore`.
///
/// The entries imported from exchange files (TBX) are kept as read, apart
/// from the term base, which the store rebuilds from data/: every build
/// merges them again over the curated concepts.
public protocol TermBaseExchangeStore: AnyObject {
  /// The concepts, without building the lookup index.
  func loadConcepts() throws -> [Concept]

  /// Every imported entry, in the order they were imported.
  func importedConcepts() throws -> [ImportedConcept]

  /// Replaces the term base and records `imports` in one transaction: on any
  /// error the store keeps what it had. A nil `fingerprint` keeps the one the
  /// store has (a store without a project has none to compare). An entry
  /// that is recorded already is not recorded twice.
  func replaceTermBase(_ termBase: CompiledTermBase, fingerprint: String?, recording imports: [ImportedConcept]) throws
}
