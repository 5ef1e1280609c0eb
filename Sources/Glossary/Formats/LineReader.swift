import Foundation

/// Reads a text file line by line, holding only a chunk and the current line
/// in memory, whatever the file's size.
///
/// The file is UTF-8 (a byte-order mark is skipped) or UTF-16 with a
/// byte-order mark (converted as it is read). LF, CRLF and CR end lines. A
/// line is at most `maximumLineLength` bytes, so a file without line breaks
/// cannot fill the memory. Invalid UTF-8 or UTF-16, a NUL byte or a longer
/// line is an `InputError` naming the line.
final class LineReader {
  static let chunkSize = 1 << 20
  /// The longest line: 1 MiB, as an XML element's text.
  static let maximumLineLength = XMLInputGuard.maximumTextLength

  let name: String
  /// The number of the line `next()` returned last (1-based).
  private(set) var lineNumber = 0
  /// Bytes of the file consumed so far (for UTF-16, read so far).
  private(set) var bytesRead = 0
  private let handle: FileHandle
  private let chunkSize: Int
  /// UTF-8 bytes read but not yet returned.
  private var buffer: [UInt8] = []
  private var position = 0
  /// Where the search for the next line end resumes (bytes before it hold none).
  private var scanned = 0
  private var atEnd = false
  private var started = false
  /// The first bytes, until there are enough to look for a byte-order mark.
  private var head: [UInt8] = []
  /// Set for a UTF-16 file once its byte-order mark is read.
  private var utf16: UTF16Transcoder?

  init(_ url: URL, name: String, chunkSize: Int = LineReader.chunkSize) throws {
    self.name = name
    self.chunkSize = chunkSize
    handle = try TextFile.open(url, name: name)
  }

  deinit { try? handle.close() }

  /// The next line, without its line end, or nil at the end of the file.
  func next() throws -> String? {
    while true {
      if let end = buffer[max(position, scanned)...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
        // A CR at the end of the buffer may be half a CRLF: read on first.
        if buffer[end] == 0x0D, end + 1 == buffer.count, !atEnd {
          scanned = end
        } else {
          let crlf = buffer[end] == 0x0D && end + 1 < buffer.count && buffer[end + 1] == 0x0A
          return try line(position..<end, consumed: end + (crlf ? 2 : 1))
        }
      } else {
        scanned = buffer.count
      }
      if buffer.count - position > Self.maximumLineLength {
        throw InputError(
          SourceLocation(file: name, line: lineNumber + 1),
          "the line is longer than \(TextFile.describe(size: Self.maximumLineLength)), the most tm reads")
      }
      if atEnd {
        guard position < buffer.count else { return nil }
        return try line(position..<buffer.count, consumed: buffer.count)
      }
      try readChunk()
    }
  }

  private func readChunk() throws {
    buffer.removeFirst(position)
    scanned -= position
    position = 0
    let data: Data?
    do {
      data = try handle.read(upToCount: chunkSize)
    } catch {
      throw InputError(
        SourceLocation(file: name, line: lineNumber + 1), "cannot read the file: \(TextFile.describe(error))")
    }
    guard let chunk = data, !chunk.isEmpty else {
      atEnd = true
      if !started { try take(head) }
      do {
        try utf16?.finish()
      } catch {
        throw InputError(SourceLocation(file: name, line: error.line), error.message)
      }
      return
    }
    if started { return try take(chunk[...]) }
    // The first bytes tell the encoding: wait for three of them.
    head.append(contentsOf: chunk)
    if head.count >= 3 { try take(head) }
  }

  /// Takes bytes of the file into the buffer, the first ones after a look at
  /// their byte-order mark.
  private func take(_ bytes: some Collection<UInt8>) throws {
    var chunk = Data(bytes)[...]
    if !started {
      started = true
      head = []
      if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
        chunk = chunk.dropFirst(3)
        bytesRead = 3
      } else if chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
        utf16 = UTF16Transcoder(bigEndian: chunk.first == 0xFE)
        chunk = chunk.dropFirst(2)
      }
    }
    guard var transcoder = utf16 else {
      buffer.append(contentsOf: chunk)
      return
    }
    do {
      try transcoder.convert(chunk, into: &buffer)
    } catch {
      throw InputError(SourceLocation(file: name, line: error.line), error.message)
    }
    utf16 = transcoder
    bytesRead = transcoder.offset
  }

  private func line(_ range: Range<Int>, consumed: Int) throws -> String {
    lineNumber += 1
    let bytes = buffer[range]
    position = consumed
    let start = bytesRead
    if utf16 == nil { bytesRead += consumed - range.lowerBound }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = TextFile.firstInvalidUTF8(Data(bytes)) ?? 0
      throw InputError(SourceLocation(file: name, line: lineNumber), "invalid UTF-8 at byte offset \(start + offset)")
    }
    if let nul = bytes.firstIndex(of: 0) {
      let place = utf16 == nil ? " at byte offset \(start + nul - range.lowerBound)" : ""
      throw InputError(SourceLocation(file: name, line: lineNumber), TextFile.nulMessage(at: place))
    }
    return text
  }
}
