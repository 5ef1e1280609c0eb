import Dispatch
import Foundation

/// Removes the temporary files of unfinished writes (`AtomicFileSink`) when
/// the process is interrupted (SIGINT, SIGTERM, SIGHUP), then lets the
/// signal end it as it would have: a Ctrl-C during `tm export --output`
/// leaves neither half a file nor a hidden temporary one.
///
/// The signals are watched only while a file is registered, and a signal the
/// process was started with ignored stays ignored.
enum InterruptCleanup {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var paths: Set<String> = []
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  static func register(_ path: String) {
    lock.withLock {
      paths.insert(path)
      if sources.isEmpty { watch() }
    }
  }

  static func unregister(_ path: String) {
    lock.withLock { _ = paths.remove(path) }
  }

  /// Must be called holding `lock`.
  private static func watch() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      // Taken over only when the signal would end the process.
      let previous = signal(signalNumber, SIG_IGN)
      guard unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_DFL, to: Int.self) else {
        signal(signalNumber, previous)
        continue
      }
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        lock.withLock {
          for path in paths { unlink(path) }
          paths.removeAll()
        }
        signal(signalNumber, SIG_DFL)
        // Dispatch threads (and a process started with signals blocked) block
        // it: unblocked here, it ends the process.
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, signalNumber)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(signalNumber)
      }
      source.resume()
      sources.append(source)
    }
  }
}
