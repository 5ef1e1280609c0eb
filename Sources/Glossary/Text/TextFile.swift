import Foundation

/// Reads text files the way every `tm` input is read: UTF-8 only, with a clear
/// error naming the file and the byte offset of the first invalid sequence.
/// A UTF-8 byte-order mark is skipped; CRLF and CR line ends become LF.
public enum TextFile {
  public static func read(_ url: URL, displayName: String? = nil) throws -> String {
    let name = displayName ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw InputError(SourceLocation(file: name, line: 0), "cannot read the file: \(describe(error))")
    }
    return try decode(data, file: name)
  }

  /// Decodes UTF-8 bytes; `file` names them in errors.
  public static func decode(_ data: Data, file: String) throws(InputError) -> String {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw InputError(SourceLocation(file: file, line: 1), "the file is UTF-16; convert it to UTF-8")
    }
    if let offset = firstInvalidUTF8(bytes) {
      let line = bytes[bytes.startIndex..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw InputError(
        SourceLocation(file: file, line: line),
        "invalid UTF-8 at byte offset \(offset - data.startIndex)")
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

  static func describe(_ error: Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError { return "no such file" }
    return nsError.localizedDescription
  }
}
