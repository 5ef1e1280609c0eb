import Foundation

/// The lock a process holds while it writes a store: an advisory `flock` on
/// a file next to it (`tm.sqlite-lock`). Writers take turns: the next one
/// waits for the one before, where SQLite alone would fail it after its busy
/// timeout ("database is locked") and would let two read-change-write
/// sequences (a TBX import, a rebuild) interleave and lose one's changes.
///
/// The kernel drops the lock when the process ends, however it ends, so a
/// killed import leaves no stale lock behind. Readers take no lock: in WAL
/// mode they read the last committed state while a write goes on.
final class StoreWriteLock {
  let path: String
  /// How many `withLock` calls of this process are running (it is reentrant).
  private var depth = 0

  init(storePath: String) {
    path = storePath + "-lock"
  }

  /// Runs `body` holding the lock. While another process holds it: with
  /// `wait`, calls `onWait` once and waits for it; without, returns nil.
  func withLock<T>(wait: Bool, onWait: () -> Void, _ body: () throws -> T) throws -> T? {
    if depth > 0 { return try held(body) }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    // Where no lock file can be made (a read-only folder), SQLite's own
    // locking is all there is.
    guard descriptor >= 0 else { return try body() }
    defer { close(descriptor) }  // which releases the lock
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK else { return try body() }
      guard wait else { return nil }
      onWait()
      while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else { return try body() }
      }
    }
    return try held(body)
  }

  private func held<T>(_ body: () throws -> T) rethrows -> T {
    depth += 1
    defer { depth -= 1 }
    return try body()
  }
}
