/// A paragraph of a text to align, with the lines it came from, so that every
/// sentence found in it can be traced back to its line.
public struct Paragraph: Hashable, Sendable {
  /// The paragraph's text: its lines joined by one space.
  public var text: String
  /// Where each joined line starts in `text`, in order.
  public var lineStarts: [LineStart]

  /// A line of the file that starts at a UTF-8 offset of `text`.
  public struct LineStart: Hashable, Sendable {
    public var offset: Int
    /// The 1-based line number in the file.
    public var line: Int
  }

  public init(text: String, line: Int) {
    self.text = text
    self.lineStarts = [LineStart(offset: 0, line: line)]
  }

  /// The first line of the paragraph.
  public var line: Int { lineStarts[0].line }

  /// The file line that holds the UTF-8 offset `offset` of `text`.
  public func line(at offset: Int) -> Int {
    var line = lineStarts[0].line
    for start in lineStarts where start.offset <= offset { line = start.line }
    return line
  }

  mutating func append(_ continuation: Substring, line: Int) {
    text += " "
    lineStarts.append(LineStart(offset: text.utf8.count, line: line))
    text += continuation
  }

  /// Splits plain text into paragraphs.
  ///
  /// A blank line ends a paragraph, and so does a line break, unless the next
  /// line starts with a lowercase letter: then the text was wrapped inside a
  /// sentence and the lines are joined. So both one-paragraph-per-line files
  /// (the seeds, headings and captions on consecutive lines) and
  /// hard-wrapped prose with blank lines between paragraphs read as a
  /// translator would read them.
  ///
  /// - Parameter firstLine: the file line number of the first line of `text`.
  public static func split(_ text: String, firstLine: Int = 1) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    var current: Paragraph?
    var lineNumber = firstLine - 1
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.trimmingEdges()
      guard let first = line.first else {
        if let finished = current { paragraphs.append(finished) }
        current = nil
        continue
      }
      if current != nil, first.isLowercase {
        current!.append(line, line: lineNumber)
      } else {
        if let finished = current { paragraphs.append(finished) }
        current = Paragraph(text: String(line), line: lineNumber)
      }
    }
    if let finished = current { paragraphs.append(finished) }
    return paragraphs
  }
}

extension Substring {
  /// Without leading and trailing white space (spaces, tabs, CR, no-break spaces).
  func trimmingEdges() -> Substring {
    var result = self
    while let first = result.first, first.isWhitespace { result = result.dropFirst() }
    while let last = result.last, last.isWhitespace { result = result.dropLast() }
    return result
  }
}
