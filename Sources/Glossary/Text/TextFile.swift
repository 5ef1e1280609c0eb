import Foundation

/// Reads text files the way every `tm` input is read: UTF-8, or UTF-16 with
/// a byte-order mark (which CAT tools write, and which is converted), with a
/// clear error naming the file, line and byte offset of the first invalid
/// sequence or NUL byte. A UTF-8 byte-order mark is skipped; CRLF and CR line
/// ends become LF.
///
/// A file is read whole, so at most `maximumSize` bytes: `tm check`, `tm
/// extract`, `tm align` and the data loader hold a document and what they
/// derive from it in memory (about 30 times its size for `tm extract`).
/// Larger files are refused before they are read past the limit.
public enum TextFile {
  /// The largest file read whole: 32 MiB, some thirty novels.
  public static let maximumSize = 32 << 20

  /// Stands for standard input (`-` on the command line): `open` and `read`
  /// read the process's standard input for it, whatever the system calls it.
  public static let standardInput = URL(fileURLWithPath: "/dev/stdin")

  public static func read(_ url: URL, displayName: String? = nil, maximumSize: Int = maximumSize) throws -> String {
    let name = displayName ?? url.path
    let data: Data
    let handle = try open(url, name: name)
    defer { try? handle.close() }
    do {
      // Reading one byte past the limit tells a file at the limit from a
      // larger one, also for pipes and special files, which have no size.
      data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    } catch {
      throw InputError(SourceLocation(file: name, line: 0), "cannot read the file: \(describe(error))")
    }
    guard data.count <= maximumSize else { throw tooLarge(name, maximumSize: maximumSize) }
    return try decode(data, file: name)
  }

  /// Opens a file for reading; a path that does not exist or is a folder is
  /// an `InputError` naming the file as a whole ("a.tsv: cannot read the
  /// file: it is a folder"), the same for every reader.
  public static func open(_ url: URL, name: String) throws(InputError) -> FileHandle {
    func failure(_ reason: String) -> InputError {
      InputError(SourceLocation(file: name, line: 0), "cannot read the file: \(reason)")
    }
    if url == standardInput { return FileHandle.standardInput }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw failure("no such file")
    }
    guard !isDirectory.boolValue else { throw failure("it is a folder") }
    do {
      return try FileHandle(forReadingFrom: url)
    } catch {
      throw failure(describe(error))
    }
  }

  /// The error for a file over `maximumSize`.
  static func tooLarge(_ name: String, maximumSize: Int = maximumSize) -> InputError {
    InputError(
      SourceLocation(file: name, line: 0),
      "the file is larger than \(describe(size: maximumSize)), the most tm reads at once: split it")
  }

  /// Decodes UTF-8 bytes, or UTF-16 ones after a byte-order mark; `file`
  /// names them in errors.
  public static func decode(_ data: Data, file: String) throws(InputError) -> String {
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      let utf8 = try utf8(fromUTF16: data, bigEndian: data.first == 0xFE, file: file)
      return try decode(utf8[...], file: file, offsets: .utf16)
    }
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    return try decode(bytes, file: file, offsets: .utf8(base: data.startIndex))
  }

  /// How errors give the place of a byte: its offset in the file, or (for a
  /// file converted from UTF-16) none, since it has no UTF-8 offset there.
  private enum Offsets {
    case utf8(base: Data.Index)
    case utf16
  }

  private static func decode(_ bytes: Data.SubSequence, file: String, offsets: Offsets) throws(InputError) -> String {
    func line(at offset: Data.Index) -> Int {
      bytes[bytes.startIndex..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
    func place(_ offset: Data.Index) -> String {
      switch offsets {
      case .utf8(let base): " at byte offset \(offset - base)"
      case .utf16: ""
      }
    }
    if let offset = firstInvalidUTF8(bytes) {
      throw InputError(SourceLocation(file: file, line: line(at: offset)), "invalid UTF-8\(place(offset))")
    }
    if let offset = bytes.firstIndex(of: 0) {
      throw InputError(
        SourceLocation(file: file, line: line(at: offset)),
        nulMessage(at: place(offset)))
    }
    // Line ends are unified on the bytes, and the String is made from one
    // contiguous buffer: Foundation's replacing and decoding from `Data`
    // slices cost more than checking a large file's UTF-8.
    return bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String in
      let input = buffer.bindMemory(to: UInt8.self)
      guard input.contains(0x0D) else { return String(decoding: input, as: UTF8.self) }
      var unified: [UInt8] = []
      unified.reserveCapacity(input.count)
      var i = 0
      while i < input.count {
        if input[i] == 0x0D {
          unified.append(0x0A)
          if i + 1 < input.count, input[i + 1] == 0x0A { i += 1 }
        } else {
          unified.append(input[i])
        }
        i += 1
      }
      return String(decoding: unified, as: UTF8.self)
    }
  }

  /// UTF-16 bytes after a byte-order mark, as UTF-8; an unpaired surrogate
  /// or an odd byte at the end is an error naming its line and byte offset.
  static func utf8(fromUTF16 data: Data, bigEndian: Bool, file: String) throws(InputError) -> Data {
    var transcoder = UTF16Transcoder(bigEndian: bigEndian)
    var utf8: [UInt8] = []
    utf8.reserveCapacity(data.count)
    do {
      try transcoder.convert(data.dropFirst(2), into: &utf8)
      try transcoder.finish()
    } catch {
      throw InputError(SourceLocation(file: file, line: error.line), error.message)
    }
    return Data(utf8)
  }

  /// Why a NUL byte stops a read.
  static func nulMessage(at place: String) -> String {
    "a NUL byte\(place): not a text file (or UTF-16 without a byte-order mark)"
  }

  /// The index of the first byte that does not start a valid UTF-8 sequence
  /// (overlong forms, surrogates and values past U+10FFFF are invalid).
  static func firstInvalidUTF8(_ bytes: Data.SubSequence) -> Data.Index? {
    let offset: Int? = bytes.withUnsafeBytes { buffer in
      let n = buffer.count
      var i = 0
      while i < n {
        let lead = buffer[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        let need: Int
        var scalar: UInt32
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (need, scalar, minimum) = (1, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (need, scalar, minimum) = (2, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (need, scalar, minimum) = (3, UInt32(lead & 0x07), 0x10000)
        default: return i
        }
        for k in 1...need {
          guard i + k < n else { return i }
          let byte = buffer[i + k]
          guard byte & 0xC0 == 0x80 else { return i }
          scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
        i += need + 1
      }
      return nil
    }
    return offset.map { bytes.startIndex + $0 }
  }

  /// "32 MiB", "64 KiB", "1000 bytes".
  static func describe(size bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }

  static func describe(_ error: Error) -> String {
    let nsError = error as NSError
    let posix = [nsError, nsError.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap { $0 }
      .first { $0.domain == NSPOSIXErrorDomain }
    if nsError.domain == NSCocoaErrorDomain
      && (nsError.code == NSFileReadNoSuchFileError || nsError.code == NSFileNoSuchFileError) || posix?.code == Int(ENOENT)
    {
      return "no such file"
    }
    if let posix {
      // strerror's words, lowercase as every message is: "is a directory".
      let words = String(cString: strerror(Int32(posix.code)))
      return words.prefix(1).lowercased() + words.dropFirst()
    }
    return nsError.localizedDescription
  }
}
