import Foundation

/// Reads a UTF-8 text file line by line, holding only a chunk and the
/// current line in memory, whatever the file's size.
///
/// A byte-order mark is skipped and CRLF line ends lose their CR. Invalid
/// UTF-8 (or a UTF-16 file) is an `InputError` naming the line.
final class LineReader {
  static let chunkSize = 1 << 20

  let name: String
  /// The number of the line `next()` returned last (1-based).
  private(set) var lineNumber = 0
  /// Bytes of the file consumed so far.
  private(set) var bytesRead = 0
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var position = 0
  /// Where the search for the next line end resumes (bytes before it hold none).
  private var scanned = 0
  private var atEnd = false

  init(_ url: URL, name: String) throws {
    self.name = name
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw InputError(SourceLocation(file: name, line: 0), "cannot read the file: \(TextFile.describe(error))")
    }
  }

  deinit { try? handle.close() }

  /// The next line, without its line end, or nil at the end of the file.
  func next() throws -> String? {
    while true {
      if let newline = buffer[max(position, scanned)...].firstIndex(of: 0x0A) {
        return try line(position..<newline, consumed: newline + 1)
      }
      scanned = buffer.count
      if atEnd {
        guard position < buffer.count else { return nil }
        return try line(position..<buffer.count, consumed: buffer.count)
      }
      buffer.removeFirst(position)
      scanned -= position
      position = 0
      let data: Data?
      do {
        data = try handle.read(upToCount: Self.chunkSize)
      } catch {
        throw InputError(
          SourceLocation(file: name, line: lineNumber + 1), "cannot read the file: \(TextFile.describe(error))")
      }
      if let data, !data.isEmpty { buffer.append(contentsOf: data) } else { atEnd = true }
    }
  }

  private func line(_ range: Range<Int>, consumed: Int) throws -> String {
    lineNumber += 1
    var bytes = buffer[range]
    position = consumed
    defer { bytesRead += range.count + (consumed - range.upperBound) }
    if lineNumber == 1 {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        throw InputError(SourceLocation(file: name, line: 1), "the file is UTF-16; convert it to UTF-8")
      }
    }
    if bytes.last == 0x0D { bytes = bytes.dropLast() }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = TextFile.firstInvalidUTF8(Data(bytes)) ?? 0
      throw InputError(
        SourceLocation(file: name, line: lineNumber),
        "invalid UTF-8 at byte offset \(bytesRead + (bytes.startIndex - range.lowerBound) + offset)")
    }
    return text
  }
}
