import Foundation

/// A translation of a seed article as `data/translations/<seed>.<lang>.txt`
/// holds it (data/README.md): a header of `key: value` lines ended by `---`,
/// then the translated paragraphs, separated by blank lines.
public struct SeedTranslation: Sendable {
  /// The file, as named in errors and origins.
  public var file: String
  /// The seed it translates: a file name in `seeds/`.
  public var source: String
  /// Where `source` is written in the header, for errors about it.
  public var sourceLocation: SourceLocation
  public var language: Language
  /// Where `language` is written in the header.
  public var languageLocation: SourceLocation
  /// The review state ("draft"), or nil when the header has none.
  public var status: String?
  /// When the translation was delivered (`date: 2026-11-23`, UTC midnight),
  /// the creation date of its units; nil when the header has none.
  public var date: Date?
  /// Every header field in order, the known ones included.
  public var header: [(key: String, value: String)]
  /// The paragraphs after the header, with their file lines.
  public var paragraphs: [Paragraph]

  /// The header keys a translation may have.
  public static let keys = ["source", "language", "status", "translator", "date", "note"]
  /// The values `status` may take.
  public static let statuses = ["draft", "reviewed", "final"]
  /// The line that ends the header.
  public static let headerEnd = "---"

  /// Reads and parses a translation file; `displayName` names it in errors.
  public static func read(_ url: URL, displayName: String) throws -> SeedTranslation {
    try parse(TextFile.read(url, displayName: displayName), file: displayName)
  }

  /// Whether `text` starts like a translation file: a `key: value` line
  /// first, and a `---` line further on. Plain texts are aligned as they are.
  public static func hasHeader(_ text: String) -> Bool {
    var lines = TextLines(text[...])
    guard let first = lines.next(), headerField(first) != nil else { return false }
    return lines.contains { $0.trimmingEdges() == headerEnd }
  }

  /// Parses the text of a translation file; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(InputError) -> SeedTranslation {
    var lines = TextLines(text[...])
    var header: [(key: String, value: String)] = []
    var locations: [String: SourceLocation] = [:]
    var body: (text: Substring, line: Int)?
    var lineCount = 0
    while let line = lines.next() {
      lineCount += 1
      let location = SourceLocation(file: file, line: lineCount)
      if line.trimmingEdges() == headerEnd {
        body = (lines.rest ?? "", lineCount + 1)
        break
      }
      guard let (key, value) = headerField(line) else {
        throw InputError(
          location,
          header.isEmpty
            ? "expected a header of 'key: value' lines ended by '\(headerEnd)', found '\(line.trimmingEdges())'"
            : "expected a 'key: value' header line or '\(headerEnd)', found '\(line.trimmingEdges())'")
      }
      guard !value.isEmpty else { throw InputError(location, "header key '\(key)' has no value") }
      guard keys.contains(key) else {
        throw InputError(location, "unknown header key '\(key)' (expected \(Self.list(keys)))")
      }
      if let first = locations[key] {
        throw InputError(location, "header key '\(key)' is given twice (first at line \(first.line))")
      }
      locations[key] = location
      header.append((key, value))
    }
    guard let body else {
      throw InputError(SourceLocation(file: file, line: lineCount), "the header is not ended by a line '\(headerEnd)'")
    }
    let headerStart = SourceLocation(file: file, line: 1)
    func value(_ key: String) -> String? { header.first { $0.key == key }?.value }
    guard let source = value("source"), let sourceLocation = locations["source"] else {
      throw InputError(headerStart, "the header has no 'source' (the seed file this translates)")
    }
    guard let languageName = value("language"), let languageLocation = locations["language"] else {
      throw InputError(headerStart, "the header has no 'language' (ru or kk)")
    }
    guard let language = Language(rawValue: languageName), language != .en else {
      throw InputError(languageLocation, "language '\(languageName)' must be ru or kk")
    }
    let status = value("status")
    if let status, !statuses.contains(status) {
      throw InputError(locations["status"]!, "status '\(status)' must be \(Self.list(statuses))")
    }
    var date: Date?
    if let text = value("date") {
      guard let parsed = Self.parseDate(text) else {
        throw InputError(locations["date"]!, "date '\(text)' must be written YYYY-MM-DD")
      }
      date = parsed
    }
    let paragraphs = Paragraph.split(body.text, firstLine: body.line)
    guard !paragraphs.isEmpty else {
      throw InputError(SourceLocation(file: file, line: body.line - 1), "no paragraphs after the header")
    }
    return SeedTranslation(
      file: file, source: source, sourceLocation: sourceLocation, language: language,
      languageLocation: languageLocation, status: status, date: date, header: header, paragraphs: paragraphs)
  }

  /// A `YYYY-MM-DD` date at midnight UTC, or nil.
  static func parseDate(_ text: String) -> Date? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let components = DateComponents(year: year, month: month, day: day)
    guard let date = calendar.date(from: components),
      calendar.dateComponents([.year, .month, .day], from: date) == components
    else { return nil }
    return date
  }

  /// `key: value` with a lowercase key (the value may be empty); nil for
  /// any other line.
  private static func headerField(_ line: Substring) -> (String, String)? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let key = line[..<colon]
    guard let first = key.utf8.first, first >= 0x61, first <= 0x7A,
      key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
    else { return nil }
    let value = line[line.index(after: colon)...].trimmingEdges()
    return (String(key), String(value))
  }

  /// "a, b or c".
  private static func list(_ words: [String]) -> String {
    words.dropLast().joined(separator: ", ") + " or " + words.last!
  }
}
