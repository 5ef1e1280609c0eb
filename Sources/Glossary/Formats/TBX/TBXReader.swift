import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a TBX file in either form, 2008 (`<martif>`, termEntry / langSet /
/// tig or ntig) or 2019 (`<tbx>`, conceptEntry / langSec / termSec, DCA or
/// DCT style), as `tm` and other tools write it, with a streaming parser:
/// the file is never held in memory as a tree, and it passes the checks of
/// `XMLInputGuard` (no entity declarations, bounded depth and sizes).
///
/// Languages are mapped by their BCP 47 tags (en-GB → en, kk-Cyrl-KZ → kk,
/// kk-Latn → kk-Latn); sections in other languages are skipped and counted.
/// A term without a type is a full form, one without a status is admitted.
/// Text is read with its runs of white space made one space.
///
/// What lands where:
/// - `subjectField` → subject (a second one becomes a note); `definition`
///   on the entry, or on the English section → definition (others become
///   notes, such as "definition (ru): …"); `admin type="source"` on the
///   entry or a section → sources; `note` on the entry or a section → notes;
///   other `descrip` types → notes ("explanation: …").
/// - On a term: `termType`, `administrativeStatus` (or
///   `normativeAuthorization`), `partOfSpeech` (the concept takes the first
///   English term's); `context` → a context, cited by the `admin
///   type="source"` of its `descripGrp` ("file.txt:11", or any text), else
///   by this file and line; `note`, other `termNote`s and sources → the
///   term's note, joined by "; ".
/// - Transactions, references, cross-references, customer and project
///   subsets are not kept.
public struct TBXReader: Sendable {
  /// What a file held.
  public struct Result: Sendable {
    public var version: TBXVersion
    /// The entries, in file order, with only en, ru, kk and kk-Latn terms.
    public var entries: [ImportedConcept]
    /// Sections skipped because `tm` does not hold their language, by tag.
    public var skippedLanguages: [String: Int]
  }

  /// The largest TBX file read: 64 MiB. Every entry is held in memory to be
  /// merged (about seven times the file's size), and lookups load the whole
  /// term base.
  public static let maximumSize = 64 << 20

  public init() {}

  /// Reads the file at `url`; `file` names it in errors and in the entries.
  public func read(_ url: URL, file: String) throws -> Result {
    try parse(XMLInputStream(file: url, name: file, maximumSize: Self.maximumSize), file: file)
  }

  /// Reads TBX from memory; `file` names it in errors.
  public func read(data: Data, file: String) throws -> Result {
    try parse(XMLInputStream(data: data, name: file), file: file)
  }

  private func parse(_ stream: XMLInputStream, file: String) throws -> Result {
    let parser = stream.parser(processingNamespaces: true)
    let handler = TBXParserDelegate(file: file)
    parser.delegate = handler
    // Foundation's parser can report success after an error, or after input
    // that stops inside an element: the guard's and the delegate's records
    // are what count.
    _ = parser.parse()
    if let violation = stream.violation { throw violation }
    if let error = handler.error { throw error }
    let location = SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
    if let error = parser.parserError {
      let what = LibXML2Error.describe(error, openElement: handler.stack.last)
      throw InputError(location, "not well-formed XML: \(what)")
    }
    guard let version = handler.version else { throw InputError(location, "no TBX root element (martif or tbx)") }
    if let open = handler.stack.last { throw InputError(location, "the file ends inside '\(open)'") }
    return Result(version: version, entries: handler.entries, skippedLanguages: handler.skippedLanguages)
  }
}

/// The parser's callbacks: a small state machine over entry, language
/// section and term, collecting text for the data categories.
private final class TBXParserDelegate: NSObject, XMLParserDelegate {
  let file: String
  /// The file's name without folders, to cite contexts by.
  let fileName: String
  var version: TBXVersion?
  var entries: [ImportedConcept] = []
  var skippedLanguages: [String: Int] = [:]
  var error: InputError?

  /// The element names the two forms use for the same structure.
  static let entryNames: Set<String> = ["termEntry", "conceptEntry"]
  static let sectionNames: Set<String> = ["langSet", "langSec"]
  static let termNames: Set<String> = ["tig", "ntig", "termSec"]
  /// Inline elements whose text is native markup, not part of the text.
  static let codeElements: Set<String> = ["bpt", "ept", "ph", "sc", "ec"]
  /// DCT-style (2019) data categories, by element name.
  static let dctTermNotes: Set<String> = [
    "termType", "administrativeStatus", "normativeAuthorization", "partOfSpeech", "grammaticalGender",
    "geographicalUsage", "termLocation",
  ]
  static let dctDescrips: Set<String> = ["definition", "context", "subjectField"]
  static let dctAdmins: Set<String> = ["source", "customerSubset", "projectSubset"]

  /// The entry being read.
  struct EntryState {
    var concept = Concept(id: "", definition: "")
    var contexts: [Occurrence] = []
    var location: SourceLocation
    var partOfSpeech: (english: PartOfSpeech?, any: PartOfSpeech?) = (nil, nil)
  }

  /// The language section being read: its tag, or nil when skipped.
  struct SectionState {
    var tag: LanguageTag?
  }

  /// The term being read.
  struct TermState {
    var text: String?
    var type: TermType?
    var status: TermStatus?
    var notes: [String] = []
    var contexts: [(sentence: String, source: String?, location: SourceLocation)] = []
    var location: SourceLocation
  }

  /// A data category whose text is being collected.
  struct Capture {
    var element: String
    var type: String
    var location: SourceLocation
    var text = ""
    /// How deep inside the captured element the parser is.
    var depth = 0
    /// > 0 while inside an inline code element, whose text is skipped.
    var skipping = 0
  }

  /// A `descripGrp` being read: its descrip and its sources.
  struct Group {
    var descrip: (type: String, text: String, location: SourceLocation)?
    var sources: [String] = []
  }

  var entry: EntryState?
  var section: SectionState?
  var term: TermState?
  var capture: Capture?
  var group: Group?
  var stack: [String] = []
  /// The namespace of the root element: elements in it are TBX structure,
  /// elements in any other are DCT-style data categories.
  var rootNamespace = ""

  init(file: String) {
    self.file = file
    fileName = URL(fileURLWithPath: file).lastPathComponent
  }

  func location(_ parser: XMLParser) -> SourceLocation {
    SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber)
  }

  func isForeign(_ namespace: String?) -> Bool {
    (namespace ?? "") != rootNamespace
  }

  func fail(_ parser: XMLParser, _ error: InputError) {
    guard self.error == nil else { return }
    self.error = error
    parser.abortParsing()
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    let what = LibXML2Error.describe(parseError, openElement: stack.last)
    fail(parser, InputError(location(parser), "not well-formed XML: \(what)"))
  }

  // MARK: Elements

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let here = location(parser)
    defer { stack.append(name) }
    if stack.isEmpty {
      rootNamespace = namespaceURI ?? ""
      switch (name, rootNamespace) {
      case ("martif", _): version = .v2008
      case ("tbx", TBXWriter.namespace2019): version = .v2019
      case ("tbx", let other):
        fail(parser, InputError(here, "the tbx element is in the namespace '\(other)', not '\(TBXWriter.namespace2019)'"))
      default:
        fail(parser, InputError(here, "the root element is '\(name)', not a TBX root (martif or tbx)"))
      }
      return
    }
    if var current = capture {
      current.depth += 1
      if Self.codeElements.contains(name) || current.skipping > 0 { current.skipping += 1 }
      capture = current
      return
    }
    if entry != nil, section?.tag == nil, section != nil { return }  // inside a skipped language
    let foreign = isForeign(namespaceURI)
    switch name {
    case _ where Self.entryNames.contains(name) && !foreign:
      entry = EntryState(location: here)
      entry!.concept.id = attributes["id"] ?? ""
    case _ where Self.sectionNames.contains(name) && !foreign && entry != nil:
      guard let lang = attributes["xml:lang"] ?? attributes["lang"], !lang.isEmpty else {
        fail(parser, InputError(here, "\(name) has no xml:lang"))
        return
      }
      let tag = LanguageTag(bcp47: lang)
      if tag == nil { skippedLanguages[lang, default: 0] += 1 }
      section = SectionState(tag: tag)
    case _ where Self.termNames.contains(name) && !foreign && section != nil:
      term = TermState(location: here)
    case "descripGrp" where !foreign:
      group = Group()
    case "term" where !foreign && term != nil,
      "termNote" where !foreign, "descrip" where !foreign, "admin" where !foreign, "note" where !foreign:
      capture = Capture(element: name, type: attributes["type"] ?? "", location: here)
    case _ where foreign && Self.dctTermNotes.contains(name):
      capture = Capture(element: "termNote", type: name, location: here)
    case _ where foreign && Self.dctDescrips.contains(name):
      capture = Capture(element: "descrip", type: name, location: here)
    case _ where foreign && Self.dctAdmins.contains(name):
      capture = Capture(element: "admin", type: name, location: here)
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard var current = capture, current.skipping == 0 else { return }
    guard current.text.utf8.count + string.utf8.count <= XMLInputGuard.maximumTextLength else {
      let limit = TextFile.describe(size: XMLInputGuard.maximumTextLength)
      let message = "the text of \(current.element) is longer than \(limit), the most tm reads"
      return fail(parser, InputError(current.location, message))
    }
    current.text += string
    capture = current
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    stack.removeLast()
    if var current = capture {
      if current.depth > 0 {
        if current.skipping > 0 { current.skipping -= 1 }
        current.depth -= 1
        capture = current
        return
      }
      capture = nil
      finish(current, parser)
      return
    }
    guard !isForeign(namespaceURI) else { return }
    if Self.termNames.contains(name), let done = term, section != nil {
      term = nil
      finishTerm(done, parser)
    } else if Self.sectionNames.contains(name), entry != nil {
      section = nil
    } else if Self.entryNames.contains(name), let done = entry {
      entry = nil
      var concept = done.concept
      concept.partOfSpeech = done.partOfSpeech.english ?? done.partOfSpeech.any
      entries.append(
        ImportedConcept(
          concept: concept, contexts: done.contexts, file: file, line: done.location.line,
          column: done.location.column ?? 1))
    } else if name == "descripGrp", let done = group {
      group = nil
      finishGroup(done)
    }
  }

  // MARK: Data categories

  /// Where a data category sits.
  enum Level { case entry, section, term, none }

  var level: Level {
    if term != nil { return .term }
    if section != nil { return .section }
    if entry != nil { return .entry }
    return .none
  }

  func finish(_ capture: Capture, _ parser: XMLParser) {
    let text = Self.collapsed(capture.text)
    if let bad = text.unicodeScalars.first(where: { $0.isControl }) {
      fail(parser, InputError(capture.location, "\(capture.element) holds the control character \(bad.codePoint)"))
      return
    }
    if capture.element == "term" {
      guard !text.isEmpty else {
        fail(parser, InputError(capture.location, "the term is empty"))
        return
      }
      if term?.text == nil { term?.text = text }
      return
    }
    guard !text.isEmpty else { return }
    if group != nil, capture.element == "descrip", group?.descrip == nil {
      group?.descrip = (capture.type, text, capture.location)
      return
    }
    if group != nil, capture.element == "admin", capture.type == "source" {
      group?.sources.append(text)
      return
    }
    switch (capture.element, capture.type) {
    case ("termNote", "termType"):
      guard let type = TBXDataCategories.termType(reading: text) else {
        return fail(
          parser,
          InputError(capture.location, "unknown termType '\(text)' (expected \(TBXDataCategories.termTypeValues))"))
      }
      if term?.type == nil { term?.type = type }
    case ("termNote", "administrativeStatus"), ("termNote", "normativeAuthorization"):
      guard let status = TBXDataCategories.status(reading: text) else {
        return fail(
          parser,
          InputError(
            capture.location, "unknown administrativeStatus '\(text)' (expected \(TBXDataCategories.statusValues))"))
      }
      if term?.status == nil { term?.status = status }
    case ("termNote", "partOfSpeech"):
      guard let partOfSpeech = TBXDataCategories.partOfSpeech(reading: text) else {
        return fail(
          parser,
          InputError(
            capture.location, "unknown partOfSpeech '\(text)' (expected \(TBXDataCategories.partOfSpeechValues))"))
      }
      if section?.tag == .en, entry?.partOfSpeech.english == nil { entry?.partOfSpeech.english = partOfSpeech }
      if entry?.partOfSpeech.any == nil { entry?.partOfSpeech.any = partOfSpeech }
    case ("descrip", let type):
      addDescrip(type: type, text: text, location: capture.location, sources: [])
    case ("admin", "source"):
      switch level {
      case .term: appendOnce("source: \(text)", to: &term!.notes)
      case .entry, .section: appendOnce(text, to: &entry!.concept.sources)
      case .none: break
      }
    case ("note", _):
      switch level {
      case .term: appendOnce(text, to: &term!.notes)
      case .entry, .section: appendOnce(text, to: &entry!.concept.notes)
      case .none: break
      }
    case ("termNote", let type) where level == .term:
      appendOnce("\(type): \(text)", to: &term!.notes)
    default:
      break
    }
  }

  func finishGroup(_ group: Group) {
    guard let descrip = group.descrip else { return }
    addDescrip(type: descrip.type, text: descrip.text, location: descrip.location, sources: group.sources)
    if descrip.type != "context", level == .entry || level == .section {
      for source in group.sources { appendOnce(source, to: &entry!.concept.sources) }
    }
  }

  func addDescrip(type: String, text: String, location: SourceLocation, sources: [String]) {
    guard entry != nil else { return }
    switch (type, level) {
    case ("context", .term):
      term?.contexts.append((text, sources.first, location))
    case ("definition", .entry) where entry!.concept.definition.isEmpty,
      ("definition", .section) where section?.tag == .en && entry!.concept.definition.isEmpty:
      entry!.concept.definition = text
    case ("definition", .section):
      appendOnce("definition (\(section?.tag?.rawValue ?? "?")): \(text)", to: &entry!.concept.notes)
    case ("subjectField", _) where entry!.concept.subject == nil:
      entry!.concept.subject = text
    case (_, .term):
      appendOnce("\(type): \(text)", to: &term!.notes)
    default:
      appendOnce("\(type): \(text)", to: &entry!.concept.notes)
    }
  }

  func finishTerm(_ done: TermState, _ parser: XMLParser) {
    guard let text = done.text else {
      return fail(parser, InputError(done.location, "the term section has no term"))
    }
    guard let tag = section?.tag, entry != nil else { return }
    let note = done.notes.isEmpty ? nil : done.notes.joined(separator: "; ")
    entry!.concept.terms.append(
      Term(text: text, tag: tag, type: done.type ?? .full, status: done.status ?? .admitted, note: note))
    for context in done.contexts {
      let (citedFile, citedLine) = Self.citation(context.source) ?? (fileName, context.location.line)
      entry!.contexts.append(Occurrence(file: citedFile, line: citedLine, sentence: context.sentence, matched: text))
    }
  }

  func appendOnce(_ text: String, to list: inout [String]) {
    if !list.contains(text) { list.append(text) }
  }

  /// "000_9d24610990cee87c.txt:11" → (file, 11); another text → (text, 0).
  static func citation(_ source: String?) -> (String, Int)? {
    guard let source else { return nil }
    if let colon = source.lastIndex(of: ":"), let line = Int(source[source.index(after: colon)...]), line > 0,
      colon > source.startIndex
    {
      return (String(source[..<colon]), line)
    }
    return (source, 0)
  }

  /// Runs of XML white space made one space, and trimmed.
  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      .joined(separator: " ")
  }
}
