/// Merges concepts read from exchange files (TBX) into a term base, so that
/// an entry that is already there adds to it instead of duplicating it.
///
/// An imported entry goes into:
/// 1. the concept with the same id, if the two share a term (same language,
///    same `MatchKey.normalized` key): ids are stable, and `tm` exports
///    write them, but two files from other tools may both call an entry "c1";
/// 2. else the concept that shares the most full forms, short forms or
///    variants with it (acronyms are too ambiguous to merge on alone); on a
///    tie, the one that comes first;
/// 3. else a new concept, whose id is the file's id made a `tm` id
///    (see `tmID`), or else made from its head term, with "-2", "-3", …
///    when that id is taken.
///
/// Merging adds what the concept lacks and never changes what it says: new
/// terms are appended, a term that is already there (same language, same
/// `spelling`) only gets the imported note when it has none, and the
/// definition and subject are filled only when missing; notes and sources
/// are added once. The part of speech is
/// taken only for new concepts. kk-Latn terms are not stored: `tm` derives
/// them from the kk terms, so an imported one that is not such a form is
/// reported and skipped. Merging the same entries again changes nothing.
public final class TermBaseImporter {
  private let kazakhLatin: Transliterator
  private let slugger: Transliterator

  public init() throws(ICUError) {
    kazakhLatin = try Transliterator(.kazakh2021)
    slugger = try Transliterator(.latinASCII)
  }

  /// The result of a merge.
  public struct Merge: Sendable {
    /// The term base with the entries merged in, kk-Latn terms left out.
    public var concepts: [Concept]
    /// The contexts of the imported entries, by the id of the concept they
    /// went to.
    public var contexts: [String: [Occurrence]]
    public var report: TermBaseImportReport
  }

  /// Merges `imported`, in order, into `base`.
  public func merge(_ imported: [ImportedConcept], into base: [Concept]) throws -> Merge {
    var state = State(concepts: base.map { concept in
      var concept = concept
      concept.terms.removeAll { $0.tag == .kkLatn }
      return concept
    })
    var contexts: [String: [Occurrence]] = [:]
    var report = TermBaseImportReport()
    for entry in imported.map(Self.normalized) {
      report.entries += 1
      var terms: [Term] = []
      var spellings: Set<[String]> = []
      for term in entry.concept.terms
      where term.tag != .kkLatn && spellings.insert([term.tag.rawValue, Self.spelling(term.text)]).inserted {
        terms.append(term)
      }
      guard !terms.isEmpty else {
        report.skippedEntries += 1
        report.warnings.append(ImportWarning(entry.location, "the entry has no en, ru or kk term; skipped"))
        continue
      }
      let id = try tmID(entry.concept.id)
      let index: Int
      if let target = state.target(id: id, terms: terms) {
        index = target
        let added = state.merge(entry.concept, terms: terms, into: target)
        report.termsAdded += added
        if !report.mergedConcepts.contains(state.concepts[target].id) { report.mergedConcepts.append(state.concepts[target].id) }
      } else {
        var concept = entry.concept
        concept.id = state.unusedID(id.isEmpty ? try slug(terms) : id)
        concept.terms = terms
        index = state.add(concept)
        report.termsAdded += terms.count
        report.newConcepts.append(concept.id)
      }
      let concept = state.concepts[index]
      for context in entry.contexts {
        if !(contexts[concept.id] ?? []).contains(where: { $0.file == context.file && $0.line == context.line && $0.sentence == context.sentence }) {
          contexts[concept.id, default: []].append(context)
        }
      }
      let latin = entry.concept.terms.filter { $0.tag == .kkLatn }
      guard !latin.isEmpty else { continue }
      let derived = try Set(concept.terms(in: .kk).map { term throws(ICUError) in try kazakhLatin.transliterate(term.text) })
      for term in latin where !derived.contains(term.text) {
        report.warnings.append(
          ImportWarning(
            entry.location,
            "kk-Latn term '\(term.text)' is not the Kazakh Latin form of a kk term of concept '\(concept.id)'; "
              + "skipped (tm derives kk-Latn from kk)"))
      }
    }
    return Merge(concepts: state.concepts, contexts: contexts, report: report)
  }

  /// The concepts being merged into, with their ids and term keys indexed.
  private struct State {
    var concepts: [Concept]
    var byID: [String: Int] = [:]
    /// (tag, normalized key) → the concepts that have such a term.
    var byKey: [TermKey: [Int]] = [:]

    struct TermKey: Hashable {
      var tag: LanguageTag
      var key: String
    }

    init(concepts: [Concept]) {
      self.concepts = []
      for concept in concepts { add(concept) }
    }

    @discardableResult
    mutating func add(_ concept: Concept) -> Int {
      let index = concepts.count
      concepts.append(concept)
      byID[concept.id] = index
      for term in concept.terms { self.index(term, in: index) }
      return index
    }

    mutating func index(_ term: Term, in concept: Int) {
      let key = TermKey(tag: term.tag, key: MatchKey.normalized(term.text))
      if !(byKey[key] ?? []).contains(concept) { byKey[key, default: []].append(concept) }
    }

    /// The concept the entry goes into (rules 1 and 2), if any.
    func target(id: String, terms: [Term]) -> Int? {
      let keys = terms.map { TermKey(tag: $0.tag, key: MatchKey.normalized($0.text)) }
      if let same = byID[id], keys.contains(where: { byKey[$0]?.contains(same) == true }) { return same }
      var shared: [Int: Int] = [:]
      for (term, key) in zip(terms, keys) where term.type != .acronym {
        for concept in byKey[key] ?? [] { shared[concept, default: 0] += 1 }
      }
      return shared.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
    }

    /// Adds what `concept[index]` lacks; returns the number of terms added.
    mutating func merge(_ imported: Concept, terms: [Term], into index: Int) -> Int {
      var added = 0
      let spellings = concepts[index].terms.map { [$0.tag.rawValue, TermBaseImporter.spelling($0.text)] }
      for term in terms {
        if let existing = spellings.firstIndex(of: [term.tag.rawValue, TermBaseImporter.spelling(term.text)]) {
          if concepts[index].terms[existing].note == nil { concepts[index].terms[existing].note = term.note }
        } else {
          concepts[index].terms.append(term)
          self.index(term, in: index)
          added += 1
        }
      }
      if concepts[index].definition.isEmpty { concepts[index].definition = imported.definition }
      if concepts[index].subject == nil { concepts[index].subject = imported.subject }
      for note in imported.notes where !concepts[index].notes.contains(note) { concepts[index].notes.append(note) }
      for source in imported.sources where !concepts[index].sources.contains(source) {
        concepts[index].sources.append(source)
      }
      return added
    }

    /// `id`, or `id-2`, `id-3`, … if it is taken.
    func unusedID(_ id: String) -> String {
      guard byID[id] != nil else { return id }
      var n = 2
      while byID["\(id)-\(n)"] != nil { n += 1 }
      return "\(id)-\(n)"
    }
  }

  /// What makes two terms of a language the same term: the text without
  /// guillemets and double quotes, runs of spaces made one («Нұрлы жол» is
  /// Нұрлы жол). Case, hyphens and dashes count: the curated data keeps
  /// "new energy" and "new-energy" as two spellings.
  static func spelling(_ text: String) -> String {
    text.filter { !"«»“”„\"".contains($0) }.split(separator: " ").joined(separator: " ")
  }

  /// Every text of the entry in NFC, as the term base keeps it.
  static func normalized(_ entry: ImportedConcept) -> ImportedConcept {
    var entry = entry
    let nfc = TextNormalizer.nfc
    entry.concept.definition = nfc(entry.concept.definition)
    entry.concept.subject = entry.concept.subject.map(nfc)
    entry.concept.notes = entry.concept.notes.map(nfc)
    entry.concept.sources = entry.concept.sources.map(nfc)
    entry.concept.terms = entry.concept.terms.map { term in
      var term = term
      term.text = nfc(term.text)
      term.note = term.note.map(nfc)
      return term
    }
    entry.contexts = entry.contexts.map { context in
      var context = context
      context.sentence = nfc(context.sentence)
      context.matched = nfc(context.matched)
      return context
    }
    return entry
  }

  /// `text` made a `tm` id: romanized (Cyrillic with Kazakh or Russian
  /// BGN/PCGN, by its letters, then everything to ASCII), lowercase letters
  /// and digits with other runs of characters made one '-', starting with a
  /// letter ("C-SCO" → "c-sco", "Term 12" → "term-12", "Ц1" → "ts1",
  /// "12" → "id-12").
  func tmID(_ text: String) throws -> String {
    var latin = text
    if Script.scripts(in: latin).contains(.cyrillic) {
      latin = try Romanizer.romanizations(of: latin, from: nil, schemes: [.bgn]).results[0].text
    }
    let id = Self.sanitized(try slugger.transliterate(latin))
    return id.first.map { $0.isNumber ? "id-" + id : id } ?? ""
  }

  /// Lowercase ASCII letters and digits kept, other runs made one '-'.
  static func sanitized(_ text: String) -> String {
    var out = ""
    for scalar in text.lowercased().unicodeScalars {
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty && !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }

  /// An id made from the entry's head term, the English one if it has one.
  private func slug(_ terms: [Term]) throws -> String {
    let head = terms.first { $0.tag == .en && $0.status == .preferred } ?? terms.first { $0.tag == .en } ?? terms[0]
    let id = try tmID(head.text)
    return id.isEmpty ? "concept" : id
  }
}

/// What an import did.
public struct TermBaseImportReport: Sendable {
  /// Entries read.
  public var entries = 0
  /// Ids of the concepts the import created, and of those it merged into.
  public var newConcepts: [String] = []
  public var mergedConcepts: [String] = []
  public var termsAdded = 0
  /// Entries without a term in en, ru or kk.
  public var skippedEntries = 0
  /// Sections skipped because `tm` does not hold their language, by tag.
  public var skippedLanguages: [String: Int] = [:]
  /// What was skipped, and where.
  public var warnings: [ImportWarning] = []

  public init() {}
}

/// Something an import skipped, and where: printed as
/// `FILE:LINE:COLUMN: warning: message`.
public struct ImportWarning: CustomStringConvertible, Sendable {
  public var location: SourceLocation
  public var message: String

  public init(_ location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): warning: \(message)" }
}
