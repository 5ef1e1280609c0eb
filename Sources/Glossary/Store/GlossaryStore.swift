/// What `tm` needs from storage, kept narrow so that a server database for
/// teams can stand in for the embedded SQLite store later.
public protocol GlossaryStore: AnyObject {
  /// The fingerprint of the sources the term base was built from, or nil
  /// when it has never been built.
  func termBaseFingerprint() throws -> String?

  /// Replaces the whole term base in one transaction: on any error the store
  /// keeps what it had.
  func replaceTermBase(_ termBase: CompiledTermBase, fingerprint: String) throws

  /// The concepts and their match keys, for lookups in memory.
  func loadTermIndex() throws -> TermIndex

  /// The occurrences of the given concepts, in file and line order.
  func occurrences(ofConcepts ids: [String]) throws -> [String: [Occurrence]]
}
