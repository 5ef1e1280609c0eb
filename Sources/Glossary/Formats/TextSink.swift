import Foundation

/// Where an export writes its text, in pieces, as UTF-8 without a
/// byte-order mark: standard output, or a file replaced atomically.
public protocol TextSink: AnyObject {
  func write(_ text: String) throws
}

/// Collects the text in memory (for tests and small outputs).
public final class StringSink: TextSink {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) { self.text += text }
}

/// Writes to an open file handle (standard output), in blocks of 64 KiB.
public final class FileHandleSink: TextSink {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  public init(_ handle: FileHandle) {
    self.handle = handle
  }

  public static var standardOutput: FileHandleSink { FileHandleSink(.standardOutput) }

  public func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Writes out what is buffered.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Writes a file atomically: the text goes to a temporary file in the same
/// directory, which `commit()` renames over the destination. Until then the
/// destination is untouched, and a sink released without `commit()` removes
/// its temporary file, so a failed export never leaves half a file. A file
/// that is replaced keeps its permissions; a symbolic link keeps pointing to
/// it. An interrupted process removes the temporary file (`InterruptCleanup`).
public final class AtomicFileSink: TextSink {
  public let destination: URL
  /// How errors name the destination (the path as the user gave it).
  private let name: String
  private let temporary: URL
  private let sink: FileHandleSink
  private let handle: FileHandle
  private var finished = false

  /// Creates the temporary file next to `destination`, which `name` (by
  /// default its path) names in errors. A destination that is a folder, or
  /// in a folder that does not exist, is an error before anything is written.
  public init(destination: URL, name: String? = nil) throws {
    // A symbolic link stays one: the file it points to is replaced.
    let destination = destination.resolvingSymlinksInPath()
    self.destination = destination
    self.name = name ?? destination.path
    let directory = destination.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw OutputFileError(path: self.name, message: "is a folder, not a file")
    }
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      let folder = ((name ?? destination.path) as NSString).deletingLastPathComponent
      throw OutputFileError(path: self.name, message: "no folder '\(folder)' to write the file in")
    }
    temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).tm-\(UUID().uuidString)")
    InterruptCleanup.register(temporary.path)
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      InterruptCleanup.unregister(temporary.path)
      throw OutputFileError(path: self.name, message: "cannot create a file in '\(directory.path)'")
    }
    // A file that is replaced keeps its permissions.
    if let permissions = try? FileManager.default.attributesOfItem(atPath: destination.path)[.posixPermissions] {
      try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
    }
    handle = try FileHandle(forWritingTo: temporary)
    sink = FileHandleSink(handle)
  }

  deinit {
    if !finished {
      try? handle.close()
      try? FileManager.default.removeItem(at: temporary)
    }
    InterruptCleanup.unregister(temporary.path)
  }

  public func write(_ text: String) throws { try sink.write(text) }

  /// Flushes, syncs and renames the temporary file over the destination.
  public func commit() throws {
    try sink.flush()
    try handle.synchronize()
    try handle.close()
    finished = true
    defer { InterruptCleanup.unregister(temporary.path) }
    guard rename(temporary.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw OutputFileError(path: name, message: "cannot replace the file: \(reason.prefix(1).lowercased() + reason.dropFirst())")
    }
  }
}

/// An output file that cannot be written.
public struct OutputFileError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var message: String

  public var description: String { "\(path): \(message)" }
}
