import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TMX 1.4b translation memories with a streaming SAX parser, so memory
/// stays flat however large the file.
///
/// - Each `<tu>` gives one unit: the English `<tuv>` is the source, the
///   Russian and Kazakh ones the targets; other languages are ignored, and a
///   `<tu>` without English or without a translation is left out. Languages
///   are matched by their primary subtag (`en-GB` → en, `kk-Cyrl-KZ` → kk);
///   Kazakh in Latin letters (`kk-Latn`) is used only when there is no
///   Cyrillic Kazakh.
/// - Level 2 inline codes become numbered placeholders that fuzzy matching
///   treats as single tokens: `<bpt i="1">`/`<ept i="1">` → `<1>`/`</1>`,
///   `<ph>`, `<ut>` and an isolated `<it>` → `<2/>` (or `<2>`/`</2>` by the
///   `<it pos>`); their native code is dropped, and `<hi>` keeps its text.
/// - `creationdate` and `changedate` (`YYYYMMDDThhmmssZ`) of the `<tu>`, else
///   of the header, date the unit; `<prop type="…">`, `<note>` and `tuid`
///   become its properties, named without the "x-" prefix of user-defined
///   types (`x-status` → status), as `TMXWriter` writes them back.
/// - `<prop type="x-origin">` (which `tm export --format tmx` writes) is the
///   unit's origin; without one, the origin is the file and line of the `<tu>`.
/// - The file passes the checks of `XMLInputGuard` (no entity declarations,
///   bounded depth and sizes); a segment, property or note holds at most
///   `XMLInputGuard.maximumTextLength` bytes of text.
public enum TMXReader: MemoryImporter {
  public static let formatName = "tmx"
  public static let fileExtensions = ["tmx"]

  public static func read(
    _ file: URL, name: String, options: ImportOptions, progress: (Int) -> Void,
    unit: (TranslationUnit) throws -> Void
  ) throws -> [String] {
    let stream = try XMLInputStream(file: file, name: name)
    let parser = stream.parser(processingNamespaces: false)
    return try withoutActuallyEscaping(unit) { unit in
      try withoutActuallyEscaping(progress) { progress in
        let handler = TMXHandler(name: name, options: options, emit: unit)
        stream.onRead = { progress($0) }
        parser.delegate = handler
        let finished = parser.parse()
        stream.onRead = nil
        if let violation = stream.violation { throw violation }
        if let failure = handler.failure { throw failure }
        if !finished || !handler.sawRoot {
          let location = SourceLocation(file: name, line: max(parser.lineNumber, 1), column: parser.columnNumber)
          throw InputError(location, handler.sawRoot ? "malformed XML" : "not a TMX file (no <tmx> element)")
        }
        return handler.notes()
      }
    }
  }
}

/// The SAX delegate: builds units from `<tu>` elements as they end.
private final class TMXHandler: NSObject, XMLParserDelegate {
  let name: String
  let originName: String
  let options: ImportOptions
  let emit: (TranslationUnit) throws -> Void
  var failure: Error?
  var sawRoot = false
  private var headerCreated: Date?
  private var headerChanged: Date?

  // The <tu> being read.
  private var inUnit = false
  private var unitLine = 0
  private var unitCreated: Date?
  private var unitChanged: Date?
  private var properties: [String: String] = [:]
  /// The bytes of text in `properties`, held to the limit of one element's.
  private var propertiesSize = 0
  private var unitOrigin: String?
  private var choice = LanguageChoice()
  // The <tuv>, <seg>, <prop> or <note> being read.
  private var variantLanguage: LanguageCode?
  private var variantTagged = false
  private var inSegment = false
  private var segment = ""
  private var codeDepth = 0
  private var placeholder = 0
  private var propertyType: String?
  private var text: String?

  /// The elements open, innermost last.
  private var open: [String] = []

  private var leftOut = 0
  /// The language tags seen so far (a file uses a handful, thousands of times).
  private var languages: [String: LanguageCode?] = [:]

  init(name: String, options: ImportOptions, emit: @escaping (TranslationUnit) throws -> Void) {
    self.name = name
    originName = ImportFormats.originName(name)
    self.options = options
    self.emit = emit
  }

  func notes() -> [String] {
    leftOut == 0 ? [] : ["\(name): left out \(leftOut) <tu> without English or without a Russian or Kazakh translation"]
  }

  private func fail(_ parser: XMLParser, _ message: String) {
    guard failure == nil else { return }
    failure = InputError(
      SourceLocation(file: name, line: parser.lineNumber, column: parser.columnNumber), message)
    parser.abortParsing()
  }

  private func date(_ value: String?, _ attribute: String, _ parser: XMLParser) -> Date? {
    guard let value else { return nil }
    guard let date = TMXDate.parse(value) else {
      fail(parser, "invalid \(attribute) '\(value)' (expected YYYYMMDDThhmmssZ)")
      return nil
    }
    return date
  }

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    guard failure == nil else { return }
    open.append(element)
    if !sawRoot {
      guard element == "tmx" else { return fail(parser, "not a TMX file (the root element is <\(element)>)") }
      sawRoot = true
      return
    }
    if inSegment {
      switch element {
      case "bpt", "ept", "ph", "it", "ut":
        if codeDepth == 0 {
          let number = attributes["i"] ?? attributes["x"]
          let label = number ?? { placeholder += 1; return String(placeholder) }()
          if let n = Int(label), n > placeholder { placeholder = n }
          switch element {
          case "bpt": segment += "<\(label)>"
          case "ept": segment += "</\(label)>"
          case "it": segment += attributes["pos"] == "end" ? "</\(label)>" : "<\(label)>"
          default: segment += "<\(label)/>"
          }
        }
        codeDepth += 1
      default: break  // <hi>, <sub>: their text is read where it is
      }
      return
    }
    switch element {
    case "header":
      headerCreated = date(attributes["creationdate"], "creationdate", parser)
      headerChanged = date(attributes["changedate"], "changedate", parser)
    case "tu":
      inUnit = true
      unitLine = parser.lineNumber
      choice = LanguageChoice()
      properties = [:]
      propertiesSize = 0
      unitOrigin = nil
      if let id = attributes["tuid"] { properties["tuid"] = id }
      unitCreated = date(attributes["creationdate"], "creationdate", parser)
      unitChanged = date(attributes["changedate"], "changedate", parser)
    case "tuv" where inUnit:
      guard let tag = attributes["xml:lang"] ?? attributes["lang"] else {
        return fail(parser, "<tuv> without xml:lang")
      }
      variantTagged = true
      if let known = languages[tag] {
        variantLanguage = known
      } else {
        variantLanguage = LanguageCode(tag)
        languages[tag] = variantLanguage
      }
    case "seg" where variantTagged:
      inSegment = true
      segment = ""
      codeDepth = 0
      placeholder = 0
    case "prop" where inUnit && !variantTagged:
      propertyType = attributes["type"] ?? "prop"
      text = ""
    case "note" where inUnit && !variantTagged:
      propertyType = "note"
      text = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inSegment {
      if codeDepth == 0 {
        guard withinLimit(segment, string, parser) else { return }
        segment += string
      }
    } else if text != nil {
      guard withinLimit(text!, string, parser) else { return }
      text! += string
    }
  }

  /// Whether `text` may grow by `more`; else the read fails.
  private func withinLimit(_ text: String, _ more: String, _ parser: XMLParser) -> Bool {
    guard text.utf8.count + more.utf8.count > XMLInputGuard.maximumTextLength else { return true }
    let element = inSegment ? "seg" : propertyType == "note" ? "note" : "prop"
    let limit = TextFile.describe(size: XMLInputGuard.maximumTextLength)
    fail(parser, "the text of <\(element)> is longer than \(limit), the most tm reads")
    return false
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
  }

  func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
    guard failure == nil else { return }
    _ = open.popLast()
    if inSegment {
      switch element {
      case "seg":
        inSegment = false
        if let code = variantLanguage { choice.offer(segment, code) }
      case "bpt", "ept", "ph", "it", "ut": codeDepth -= 1
      default: break
      }
      return
    }
    switch element {
    case "tuv":
      variantTagged = false
      variantLanguage = nil
    case "prop", "note":
      if propertyType == "x-origin", let value = text {
        unitOrigin = value
      } else if let type = propertyType, let value = text {
        let name = type.hasPrefix("x-") ? String(type.dropFirst(2)) : type
        propertiesSize += name.utf8.count + value.utf8.count + 1
        guard propertiesSize <= XMLInputGuard.maximumTextLength else {
          let limit = TextFile.describe(size: XMLInputGuard.maximumTextLength)
          return fail(parser, "the properties and notes of a <tu> hold more than \(limit), the most tm reads")
        }
        properties[name] = properties[name].map { $0 + "\n" + value } ?? value
      }
      propertyType = nil
      text = nil
    case "tu":
      inUnit = false
      guard let source = choice.source, !choice.targets.isEmpty else {
        leftOut += 1
        return
      }
      let created = unitCreated ?? headerCreated ?? options.date
      let unit = TranslationUnit(
        source: source, targets: choice.targets, origin: unitOrigin ?? "\(originName):\(unitLine)",
        created: created, changed: unitChanged ?? headerChanged ?? created, properties: properties)
      do {
        try emit(unit)
      } catch {
        failure = error
        parser.abortParsing()
      }
    default: break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
    fail(parser, "malformed XML (\(LibXML2Error.describe(error, openElement: open.last)))")
  }
}

/// TMX dates: `20240131T235959Z` (UTC).
enum TMXDate {
  static func parse(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
      let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    // Days from the civil date (proleptic Gregorian), after Howard Hinnant.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146097 + dayOfEra - 719468
    return Date(timeIntervalSince1970: Double(days * 86400 + hour * 3600 + minute * 60 + second))
  }
}
