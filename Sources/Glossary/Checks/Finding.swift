/// Something `tm check` found in a document: where, what kind, and what to
/// do about it.
public struct Finding: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Sendable {
    case strayLine = "stray-line"
    case mixedScript = "mixed-script"
    case nonPreferredTerm = "non-preferred-term"
  }

  /// The file as the user named it, or joined to the folder they named.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, in characters (grapheme clusters) of the line.
  public var column: Int
  public var kind: Kind
  /// The line (stray-line), the word (mixed-script) or the term as written
  /// (non-preferred-term).
  public var text: String
  /// For stray lines: the line's language and script.
  public var language: LineLanguage?
  /// For mixed-script words and non-preferred terms: what to write instead.
  public var suggestion: String?
  /// The human-readable explanation, without location or kind.
  public var message: String
  /// The UTF-8 byte range of `text` in its line, for `--fix`.
  public var byteRange: Range<Int>

  public init(
    file: String, line: Int, column: Int, kind: Kind, text: String, language: LineLanguage? = nil,
    suggestion: String? = nil, message: String, byteRange: Range<Int>
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.kind = kind
    self.text = text
    self.language = language
    self.suggestion = suggestion
    self.message = message
    self.byteRange = byteRange
  }
}
