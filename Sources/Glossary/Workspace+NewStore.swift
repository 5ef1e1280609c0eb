extension Workspace {
  /// Runs `body` (an import); when it throws and `open` created the store,
  /// removes the store again, so that a failed import into a new `--db`
  /// store leaves no empty store behind.
  public func removingNewStoreOnFailure<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      if createdStore, let store = store as? SQLiteStore { store.closeAndRemove() }
      throw error
    }
  }
}
