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
  public static func split(_ text: Substring, firstLine: Int = 1) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    var current: Paragraph?
    for (offset, rawLine) in TextLines(text).enumerated() {
      let lineNumber = firstLine + offset
      let line = rawLine.trimmingEdges()
      guard let first = line.unicodeScalars.first else {
        if let finished = current { paragraphs.append(finished) }
        current = nil
        continue
      }
      if current != nil, first.properties.isLowercase {
        current!.append(line, line: lineNumber)
      } else {
        if let finished = current { paragraphs.append(finished) }
        current = Paragraph(text: String(line), line: lineNumber)
      }
    }
    if let finished = current { paragraphs.append(finished) }
    return paragraphs
  }

  public static func split(_ text: String, firstLine: Int = 1) -> [Paragraph] {
    split(text[...], firstLine: firstLine)
  }
}

/// The lines of a text, split at line feeds (a text that ends with one has
/// an empty last line), found by byte rather than by character.
struct TextLines: Sequence, IteratorProtocol {
  private let text: Substring
  private var start: String.Index?

  init(_ text: Substring) {
    self.text = text
    start = text.startIndex
  }

  mutating func next() -> Substring? {
    guard let lineStart = start else { return nil }
    if let end = text.utf8[lineStart...].firstIndex(of: 0x0A) {
      start = text.utf8.index(after: end)
      return text[lineStart..<end]
    }
    start = nil
    return text[lineStart...]
  }

  /// Where the line after the current one starts, or nil after the last.
  var rest: Substring? { start.map { text[$0...] } }
}

extension Substring {
  /// Without leading and trailing white space (spaces, tabs, CR, no-break spaces).
  func trimmingEdges() -> Substring {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return self[endIndex...] }
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return self[start...end]
  }
}
