/// The character columns of places in one line, asked for from left to
/// right: each is counted on from the last, so a line costs one pass however
/// many findings it has. (Counting each from the start of the line made `tm
/// check` quadratic: 8 minutes for a 10 MB line.)
struct ColumnCounter {
  private let line: Substring
  private var index: Substring.Index
  private var column = 1

  init(_ line: Substring) {
    self.line = line
    index = line.startIndex
  }

  /// The 1-based column of the character at `target`.
  mutating func column(at target: Substring.Index) -> Int {
    if target < index { (index, column) = (line.startIndex, 1) }
    column += line[index..<target].count
    index = target
    return column
  }

  /// The 1-based column of the character at a UTF-8 byte offset in the line.
  mutating func column(ofByte offset: Int) -> Int {
    column(at: line.utf8.index(line.startIndex, offsetBy: offset))
  }
}
