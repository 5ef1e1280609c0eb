import Foundation

/// A text output stream that writes UTF-8 to a file handle in chunks, so that
/// writers stream large exports without holding them in memory.
///
/// Call `flush()` when done; whatever is left is also written when the
/// stream is released.
public final class FileOutputStream: TextOutputStream {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  /// Bytes gathered before a write to the handle.
  private let chunkSize = 1 << 16

  public init(_ handle: FileHandle) {
    self.handle = handle
    buffer.reserveCapacity(chunkSize)
  }

  deinit { flush() }

  public func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= chunkSize { flush() }
  }

  /// Writes what is buffered.
  public func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
