import Foundation

extension SQLiteStore: ExclusiveWriting {
  public func writingExclusively<T>(wait: Bool, _ body: () throws -> T) throws -> T? {
    try writeLock.withLock(
      wait: wait,
      onWait: {
        onWriteWait("tm: another tm process is writing to '\(path)' (an import or a rebuild); waiting for it to finish")
      }, body)
  }

  /// Runs `body` as the only writer, waiting for any other.
  func writingExclusively<T>(_ body: () throws -> T) throws -> T {
    try writingExclusively(wait: true, body)!
  }
}
