/// A check `tm check` runs over a document. A check is a value that returns
/// findings; it may keep caches, so a check is used from one thread.
public protocol QualityCheck {
  var kind: Finding.Kind { get }
  func findings(in document: CheckedDocument) -> [Finding]
}

/// A decoded text file, split into lines, as the checks read it.
public struct CheckedDocument: Sendable {
  /// The name findings carry (the path as given, or joined to its folder).
  public let file: String
  public let text: String
  /// The UTF-8 byte range of each line in `text`, without its line end.
  public let lines: [Range<Int>]

  public init(file: String, text: String) {
    self.file = file
    self.text = text
    var text = text
    self.lines = text.withUTF8 { bytes in
      var lines: [Range<Int>] = []
      var start = 0
      for offset in 0..<bytes.count where bytes[offset] == 0x0A {
        lines.append(start..<offset)
        start = offset + 1
      }
      if start < bytes.count { lines.append(start..<bytes.count) }
      return lines
    }
  }

  /// The text of line `index` (0-based).
  public func line(_ index: Int) -> Substring {
    let utf8 = text.utf8
    let range = lines[index]
    return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
  }

  /// The 1-based column, in characters, of a byte offset within line `index`.
  /// (For many places in one line, a `ColumnCounter` counts each from the last.)
  public func column(ofByte offset: Int, inLine index: Int) -> Int {
    var columns = ColumnCounter(line(index))
    return columns.column(ofByte: offset)
  }

  /// The text of a byte range within line `index`.
  public func text(_ range: Range<Int>, inLine index: Int) -> String {
    let line = line(index)
    let utf8 = line.utf8
    return String(line[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
  }
}
