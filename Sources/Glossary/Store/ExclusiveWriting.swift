/// A store that several processes may write at once: they take turns.
public protocol ExclusiveWriting: AnyObject {
  /// Runs `body` as the store's only writer, so that what it reads is still
  /// so when it writes. While another process writes: with `wait`, waits for
  /// it; without, returns nil at once.
  func writingExclusively<T>(wait: Bool, _ body: () throws -> T) throws -> T?
}
