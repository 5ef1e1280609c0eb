/// `tm check`: the checker, with the term base of the workspace's store.
extension Workspace {
  /// A checker for documents in `language`, with every check, the
  /// non-preferred terms of the store's term base included.
  public func documentChecker(expecting language: Language) throws -> DocumentChecker {
    try DocumentChecker(expected: language, concepts: termIndex().concepts)
  }
}
