import Foundation

/// Reads gettext PO catalogs: each translated `msgid`/`msgstr` pair becomes
/// a unit with the English msgid as source.
///
/// - The target language is `--target-lang`, else the header's `Language:`
///   (`ru`, `kk_KZ` …); the header must declare UTF-8 (or the template's
///   `CHARSET`).
/// - Strings may continue over several quoted lines, with the C escapes
///   gettext writes (`\n`, `\t`, `\"`, `\\`, octal and `\x` codes).
/// - `msgctxt` becomes the unit's `context` property.
/// - Plural entries give one unit: the singular msgid with `msgstr[0]`.
/// - Fuzzy entries are left out unless `includeFuzzy` is set (they then get
///   the property `fuzzy: yes`); untranslated and obsolete (`#~`) entries
///   are always left out.
public enum POReader: MemoryImporter {
  public static let formatName = "po"
  public static let fileExtensions = ["po", "pot"]

  public static func read(
    _ file: URL, name: String, options: ImportOptions, progress: (Int) -> Void,
    unit: (TranslationUnit) throws -> Void
  ) throws -> [String] {
    let lines = try LineReader(file, name: name)
    return try withoutActuallyEscaping(unit) { unit in
      var parser = Parser(name: name, options: options, emit: unit)
      while let line = try lines.next() {
        if lines.lineNumber % 4096 == 0 { progress(lines.bytesRead) }
        try parser.feed(line, number: lines.lineNumber)
      }
      try parser.finish()
      progress(lines.bytesRead)
      return parser.notes()
    }
  }

  /// One entry as it is being read.
  private struct Entry {
    var line = 0
    var fuzzy = false
    var context: String?
    var id: String?
    var plural: String?
    var translations: [Int: String] = [:]
    /// The field continuation lines append to.
    var last: Field?

    enum Field { case context, id, plural, translation(Int) }

    var isEmpty: Bool { id == nil && context == nil && translations.isEmpty }
  }

  private struct Parser {
    let name: String
    let originName: String
    let options: ImportOptions
    let emit: (TranslationUnit) throws -> Void
    var entry = Entry()
    var pendingFuzzy = false
    var language: Language?
    var sawHeader = false
    var sawEntry = false
    var skippedFuzzy = 0
    var skippedUntranslated = 0
    var plurals = 0

    init(name: String, options: ImportOptions, emit: @escaping (TranslationUnit) throws -> Void) {
      self.name = name
      originName = ImportFormats.originName(name)
      self.options = options
      self.emit = emit
      language = options.targetLanguage
    }

    func error(_ line: Int, _ column: Int, _ message: String) -> InputError {
      InputError(SourceLocation(file: name, line: line, column: column), message)
    }

    func error(_ line: Int, _ message: String) -> InputError {
      InputError(SourceLocation(file: name, line: line), message)
    }

    mutating func feed(_ raw: String, number: Int) throws {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      let indent = raw.count - line.count
      if line.isEmpty {
        try flush()
        return
      }
      if line.hasPrefix("#") {
        if !entry.translations.isEmpty { try flush() }
        if line.hasPrefix("#,") && line.dropFirst(2).split(separator: ",").contains(where: {
          $0.trimmingCharacters(in: .whitespaces) == "fuzzy"
        }) {
          pendingFuzzy = true
        }
        return
      }
      if line.hasPrefix("\"") {
        guard let field = entry.last else { throw error(number, indent + 1, "a string continues nothing (expected msgid first)") }
        let text = try string(line, number, column: indent + 1)
        let sofar: String? =
          switch field {
          case .context: entry.context
          case .id: entry.id
          case .plural: entry.plural
          case .translation(let index): entry.translations[index]
          }
        // Continuation lines are bounded one by one (LineReader): the string
        // they make is bounded too, as an XML element's text is.
        guard (sofar?.utf8.count ?? 0) + text.utf8.count <= XMLInputGuard.maximumTextLength else {
          let limit = TextFile.describe(size: XMLInputGuard.maximumTextLength)
          throw error(number, indent + 1, "the string is longer than \(limit), the most tm reads")
        }
        switch field {
        case .context: entry.context! += text
        case .id: entry.id! += text
        case .plural: entry.plural! += text
        case .translation(let index): entry.translations[index]! += text
        }
        return
      }
      let keyword = line.prefix { !$0.isWhitespace && $0 != "\"" }
      let rest = line.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
      let column = indent + 1 + (line.count - rest.count)
      switch keyword {
      case "msgctxt":
        if !entry.isEmpty { try flush() }
        entry.line = number
        entry.context = try string(rest, number, column: column)
        entry.last = .context
      case "msgid":
        if entry.id != nil || !entry.translations.isEmpty { try flush() }
        if entry.context == nil { entry.line = number }
        entry.id = try string(rest, number, column: column)
        entry.last = .id
      case "msgid_plural":
        guard entry.id != nil else { throw error(number, indent + 1, "msgid_plural without msgid") }
        entry.plural = try string(rest, number, column: column)
        entry.last = .plural
      default:
        guard keyword.hasPrefix("msgstr") else {
          throw error(number, indent + 1, "unexpected '\(line.prefix(30))' (expected msgid, msgstr, a string or a comment)")
        }
        guard entry.id != nil else { throw error(number, indent + 1, "msgstr without msgid") }
        var index = 0
        if keyword != "msgstr" {
          guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let n = Int(keyword.dropFirst(7).dropLast()), n >= 0
          else { throw error(number, indent + 1, "unexpected '\(keyword)' (expected msgstr or msgstr[N])") }
          index = n
        }
        entry.translations[index] = try string(rest, number, column: column)
        entry.last = .translation(index)
      }
    }

    /// Parses `"…"` with C escapes; `column` is where `text` starts.
    func string(_ text: Substring, _ number: Int, column: Int) throws -> String {
      guard text.first == "\"" else { throw error(number, column, "expected a string in double quotes") }
      var scalars = Array(text.unicodeScalars.dropFirst())
      while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
      guard scalars.last == "\"", scalars.count >= 1 else { throw error(number, column, "unterminated string") }
      scalars.removeLast()
      var out = String.UnicodeScalarView()
      var i = 0
      while i < scalars.count {
        let c = scalars[i]
        if c == "\"" {
          throw error(number, column + 1 + i, "unescaped '\"' inside a string")
        }
        guard c == "\\" else {
          out.append(c)
          i += 1
          continue
        }
        guard i + 1 < scalars.count else { throw error(number, column + 1 + i, "unterminated string") }
        let e = scalars[i + 1]
        i += 2
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "a": out.append("\u{07}")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "v": out.append("\u{0B}")
        case "\\", "\"", "'", "?": out.append(e)
        case "0"..."7":
          var value = e.value - 0x30
          var digits = 1
          while digits < 3, i < scalars.count, ("0"..."7").contains(scalars[i]) {
            value = value * 8 + scalars[i].value - 0x30
            i += 1
            digits += 1
          }
          out.append(Unicode.Scalar(value)!)
        case "x":
          var value: UInt32 = 0
          var digits = 0
          while i < scalars.count, digits < 8, let digit = Character(scalars[i]).hexDigitValue {
            value = value * 16 + UInt32(digit)
            i += 1
            digits += 1
          }
          guard digits > 0, let scalar = Unicode.Scalar(value) else {
            throw error(number, column + i - 1, "bad escape '\\x' (expected hexadecimal digits)")
          }
          out.append(scalar)
        default:
          throw error(number, column + i - 1, "unknown escape '\\\(e)'")
        }
      }
      return String(out)
    }

    mutating func flush() throws {
      defer {
        entry = Entry()
        pendingFuzzy = false
      }
      guard !entry.isEmpty else { return }
      guard let id = entry.id else { throw error(entry.line, "msgctxt without msgid") }
      guard let translation = entry.translations[0] ?? entry.translations.min(by: { $0.key < $1.key })?.value else {
        throw error(entry.line, "msgid without msgstr")
      }
      if !sawEntry && id.isEmpty && entry.context == nil {
        sawHeader = true
        sawEntry = true
        try readHeader(translation)
        return
      }
      sawEntry = true
      if pendingFuzzy && !options.includeFuzzy {
        skippedFuzzy += 1
        return
      }
      if translation.isEmpty || id.isEmpty {
        skippedUntranslated += 1
        return
      }
      guard let language else {
        throw error(entry.line, "no target language: the header has no 'Language:' line; use --target-lang ru|kk")
      }
      if entry.plural != nil { plurals += 1 }
      var properties: [String: String] = [:]
      if let context = entry.context { properties["context"] = context }
      if pendingFuzzy { properties["fuzzy"] = "yes" }
      try emit(
        TranslationUnit(
          source: id, targets: [language: translation], origin: "\(originName):\(entry.line)",
          created: options.date, properties: properties))
    }

    mutating func readHeader(_ header: String) throws {
      for field in header.split(separator: "\n") {
        guard let colon = field.firstIndex(of: ":") else { continue }
        let key = field[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        switch key {
        case "language" where options.targetLanguage == nil && !value.isEmpty:
          guard let code = LanguageCode(value), code.language != .en else {
            throw error(entry.line, "the header's language '\(value)' is not Russian or Kazakh; use --target-lang ru|kk")
          }
          language = code.language
        case "content-type":
          if let range = value.range(of: "charset=") {
            let charset = value[range.upperBound...].prefix { !$0.isWhitespace && $0 != ";" }
            guard ["utf-8", "utf8", "charset"].contains(charset.lowercased()) else {
              throw error(entry.line, "the file declares charset '\(charset)'; convert it to UTF-8 (msgconv --to-code=UTF-8)")
            }
          }
        default: break
        }
      }
    }

    mutating func finish() throws {
      try flush()
    }

    func notes() -> [String] {
      func entries(_ count: Int, _ kind: String) -> String { "\(count) \(kind) \(count == 1 ? "entry" : "entries")" }
      var parts: [String] = []
      if skippedFuzzy > 0 { parts.append(entries(skippedFuzzy, "fuzzy") + " (use --include-fuzzy)") }
      if skippedUntranslated > 0 { parts.append(entries(skippedUntranslated, "untranslated")) }
      var notes: [String] = []
      if !parts.isEmpty { notes.append("\(name): left out \(parts.joined(separator: " and "))") }
      if plurals > 0 {
        notes.append(
          "\(name): \(entries(plurals, "plural")) imported as \(plurals == 1 ? "its" : "their") singular (msgstr[0])")
      }
      return notes
    }
  }
}
