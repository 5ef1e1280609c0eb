import Foundation

/// Reads the curated term base in `data/termbase/*.tsv` (format described in
/// data/README.md): one fact per tab-separated row.
///
/// Every problem is reported as an `InputError` with file and line, and the
/// first one stops the read: nothing half-read ever reaches the store.
public struct TermBaseReader: Sendable {
  /// The header row every file starts with.
  public static let header = ["concept", "field", "text", "type", "status", "note"]

  /// The article file names a `source` row may cite; nil accepts any.
  public var knownSources: Set<String>?

  public init(knownSources: Set<String>? = nil) {
    self.knownSources = knownSources
  }

  /// Reads every `*.tsv` file of `directory`, in name order.
  public func read(directory: URL) throws -> [Concept] {
    let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "tsv" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    var concepts: [Concept] = []
    var seen: [String: SourceLocation] = [:]
    for file in files {
      let name = "data/termbase/\(file.lastPathComponent)"
      let text = try TextFile.read(file, displayName: name)
      for (concept, location) in try parse(text, file: name) {
        if let first = seen[concept.id] {
          throw InputError(location, "concept '\(concept.id)' is already defined at \(first)")
        }
        seen[concept.id] = location
        concepts.append(concept)
      }
    }
    return concepts
  }

  /// Parses one file's text; `file` names it in errors.
  public func parse(_ text: String, file: String) throws(InputError) -> [(Concept, SourceLocation)] {
    var result: [(Concept, SourceLocation)] = []
    var current: ConceptBuilder?
    var sawHeader = false
    var closed: Set<String> = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let location = SourceLocation(file: file, line: lineNumber)
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if !sawHeader {
        guard fields == Self.header else {
          throw InputError(location, "expected the header row '\(Self.header.joined(separator: "\\t"))'")
        }
        sawHeader = true
        continue
      }
      guard fields.count >= 3 else {
        throw InputError(location, "expected at least 3 tab-separated fields (concept, field, text), found \(fields.count)")
      }
      guard fields.count <= 6 else {
        throw InputError(location, "expected at most 6 tab-separated fields, found \(fields.count)")
      }
      for (index, value) in fields.enumerated() {
        if value != value.trimmingCharacters(in: .whitespaces) {
          throw InputError(location, "\(Self.header[index]) '\(value)' has leading or trailing spaces")
        }
        if let control = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
          let code = String(control.value, radix: 16, uppercase: true)
          throw InputError(
            location, "\(Self.header[index]) contains the control character U+\(String(repeating: "0", count: 4 - code.count))\(code)")
        }
      }
      let id = fields[0]
      guard Self.isValidID(id) else {
        throw InputError(location, "concept id '\(id)' must be lowercase ASCII letters, digits and '-'")
      }
      if current?.id != id {
        if let finished = current {
          result.append((try finished.build(), finished.location))
          closed.insert(finished.id)
        }
        guard !closed.contains(id) else {
          throw InputError(location, "rows of concept '\(id)' must stay together")
        }
        current = ConceptBuilder(id: id, location: location, knownSources: knownSources)
      }
      try current!.add(fields, at: location)
    }
    if !sawHeader && lineNumber > 0 {
      throw InputError(SourceLocation(file: file, line: 1), "the file has no header row")
    }
    if let finished = current { result.append((try finished.build(), finished.location)) }
    return result
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
  }
}

/// Collects the rows of one concept and checks the per-concept rules.
private struct ConceptBuilder {
  let id: String
  let location: SourceLocation
  let knownSources: Set<String>?
  var definition: String?
  var subject: String?
  var partOfSpeech: PartOfSpeech?
  var notes: [String] = []
  var sources: [String] = []
  var terms: [Term] = []

  init(id: String, location: SourceLocation, knownSources: Set<String>?) {
    self.id = id
    self.location = location
    self.knownSources = knownSources
  }

  mutating func add(_ fields: [String], at location: SourceLocation) throws(InputError) {
    let field = fields[1]
    let text = fields[2]
    guard !text.isEmpty else { throw InputError(location, "'\(field)' of concept '\(id)' has no text") }
    if let tag = LanguageTag(rawValue: field), tag != .kkLatn {
      try addTerm(fields, tag: tag, at: location)
      return
    }
    if field == LanguageTag.kkLatn.rawValue {
      throw InputError(location, "kk-Latn terms are derived from the kk terms; do not type them")
    }
    guard fields.count == 3 else {
      throw InputError(location, "field '\(field)' takes only a text, found \(fields.count) fields")
    }
    switch field {
    case "definition":
      guard definition == nil else { throw InputError(location, "concept '\(id)' has a second definition") }
      definition = text
    case "subject":
      guard subject == nil else { throw InputError(location, "concept '\(id)' has a second subject") }
      subject = text
    case "pos":
      guard partOfSpeech == nil else { throw InputError(location, "concept '\(id)' has a second pos") }
      guard let value = PartOfSpeech(rawValue: text) else {
        throw InputError(location, "unknown pos '\(text)' (expected noun, properNoun, verb, adjective, adverb or other)")
      }
      partOfSpeech = value
    case "note": notes.append(text)
    case "source":
      if let knownSources, !knownSources.contains(text) {
        throw InputError(location, "source '\(text)' of concept '\(id)' is not a file in seeds/")
      }
      sources.append(text)
    default:
      throw InputError(
        location, "unknown field '\(field)' (expected en, ru, kk, definition, subject, pos, note or source)")
    }
  }

  private mutating func addTerm(_ fields: [String], tag: LanguageTag, at location: SourceLocation) throws(InputError) {
    guard fields.count >= 5 else {
      throw InputError(location, "term '\(fields[2])' needs a type and a status")
    }
    guard let type = TermType(rawValue: fields[3]) else {
      throw InputError(location, "unknown term type '\(fields[3])' (expected full, acronym, short or variant)")
    }
    guard let status = TermStatus(rawValue: fields[4]) else {
      throw InputError(location, "unknown status '\(fields[4])' (expected preferred, admitted or deprecated)")
    }
    let text = TextNormalizer.nfc(fields[2])
    guard !terms.contains(where: { $0.tag == tag && $0.text == text }) else {
      throw InputError(location, "term '\(text)' is listed twice for '\(tag.rawValue)' in concept '\(id)'")
    }
    if tag == .kk, Script.scripts(in: text).contains(.latin), Script.scripts(in: text).contains(.cyrillic) {
      throw InputError(location, "kk term '\(text)' mixes Latin and Cyrillic letters")
    }
    let note = fields.count > 5 && !fields[5].isEmpty ? fields[5] : nil
    terms.append(Term(text: text, tag: tag, type: type, status: status, note: note))
  }

  func build() throws(InputError) -> Concept {
    guard let definition else { throw InputError(location, "concept '\(id)' has no definition") }
    for language in Language.allCases where !terms.contains(where: { $0.tag.language == language }) {
      throw InputError(location, "concept '\(id)' has no \(language.rawValue) term")
    }
    return Concept(
      id: id, definition: definition, subject: subject, partOfSpeech: partOfSpeech, notes: notes, sources: sources,
      terms: terms)
  }
}
