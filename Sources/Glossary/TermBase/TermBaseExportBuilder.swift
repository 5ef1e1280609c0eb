/// Prepares the term base for an export: the order, the languages, the part
/// of speech and the contexts every format writes the same way.
///
/// - Entries are sorted by concept id (ids are unique, so the order is total).
/// - Within a language, terms are in that language's ICU collation order
///   (kk-Latn in the Kazakh one); terms that collate equal keep their order.
/// - A concept without a curated part of speech is a `properNoun` when every
///   word of its English head term, other than short function words, starts
///   with a capital letter or a digit ("Nurly Zhol", "Head of State"), else a
///   `noun` ("new economic policy", "SCO family").
/// - Contexts are the concept's first occurrences in the seeds, each given
///   to the English term it matched (the head term when none matches).
/// - Every exported text is checked: a control character (tab, line break,
///   U+0000–U+001F, U+007F–U+009F) or a noncharacter is an error naming the
///   concept, never silently dropped.
public struct TermBaseExportBuilder: Sendable {
  /// The language sections to write, in order.
  public var languages: [LanguageTag]
  /// The most context sentences written per concept.
  public var contextsPerConcept: Int

  public init(languages: [LanguageTag], contextsPerConcept: Int) {
    self.languages = languages
    self.contextsPerConcept = contextsPerConcept
  }

  /// The export of `concepts`, whose occurrences in the seeds are
  /// `occurrences` (by concept id, in file and line order).
  public func build(concepts: [Concept], occurrences: [String: [Occurrence]]) throws(TermBaseExportError)
    -> TermBaseExport
  {
    let collators = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Collator.forLanguage($0)) })
    var entries: [TermBaseExport.Entry] = []
    for concept in concepts.sorted(by: { $0.id < $1.id }) {
      try Self.check(concept, contexts: occurrences[concept.id] ?? [])
      var sections: [TermBaseExport.Section] = []
      for tag in languages {
        let terms = collators[tag.language]!.sorted(concept.terms(in: tag), by: \.text)
        if !terms.isEmpty { sections.append(.init(tag: tag, terms: terms.map { .init(term: $0) })) }
      }
      if let en = sections.firstIndex(where: { $0.tag == .en }) {
        let head = concept.headTerm(in: .en)
        for context in (occurrences[concept.id] ?? []).prefix(contextsPerConcept) {
          let key = Self.contextKey(context.matched)
          let index =
            sections[en].terms.firstIndex { Self.contextKey($0.term.text) == key }
            ?? sections[en].terms.firstIndex { $0.term == head } ?? 0
          sections[en].terms[index].contexts.append(context)
        }
      }
      guard !sections.isEmpty else { continue }
      var exported = concept
      exported.terms = sections.flatMap { $0.terms.map(\.term) }
      entries.append(
        .init(concept: exported, partOfSpeech: concept.partOfSpeech ?? Self.derivedPartOfSpeech(concept), sections: sections))
    }
    return TermBaseExport(languages: languages, entries: entries)
  }

  /// Words that stay lowercase inside English names ("Head of State").
  static let functionWords: Set<Substring> = ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"]

  /// `properNoun` when the English head term is written as a name, else `noun`.
  static func derivedPartOfSpeech(_ concept: Concept) -> PartOfSpeech {
    guard let head = concept.headTerm(in: .en) else { return .noun }
    let words = head.text.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !functionWords.contains($0) }
    let capitalized = words.allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber } ?? true }
    return !words.isEmpty && capitalized ? .properNoun : .noun
  }

  /// How a context's matched text and a term are compared: normalized, with
  /// an English possessive or plural ending removed ("Tokayev's", "initiatives").
  static func contextKey(_ text: String) -> String {
    MatchKey.normalized(OccurrenceFinder.singular(OccurrenceFinder.stripPossessive(OccurrenceFinder.unifyApostrophes(text))))
  }

  /// Throws when a text the export writes holds a control character or a noncharacter.
  static func check(_ concept: Concept, contexts: [Occurrence]) throws(TermBaseExportError) {
    func check(_ text: String, _ what: @autoclosure () -> String) throws(TermBaseExportError) {
      if let bad = text.unicodeScalars.first(where: isForbidden) {
        throw TermBaseExportError(concept: concept.id, what: what(), text: text, scalar: bad)
      }
    }
    try check(concept.id, "id")
    try check(concept.definition, "definition")
    if let subject = concept.subject { try check(subject, "subject") }
    for note in concept.notes { try check(note, "note") }
    for source in concept.sources { try check(source, "source") }
    for term in concept.terms {
      try check(term.text, "\(term.tag.rawValue) term")
      if let note = term.note { try check(note, "note of the \(term.tag.rawValue) term '\(term.text)'") }
    }
    for context in contexts {
      try check(context.sentence, "context sentence")
      try check(context.file, "context source")
    }
  }

  /// Control characters (Cc) and the noncharacters XML cannot carry.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isControl || scalar.value == 0xFFFE || scalar.value == 0xFFFF
  }
}

/// A text that no export may write, and the concept it belongs to.
public struct TermBaseExportError: Error, CustomStringConvertible, Sendable {
  public var concept: String
  /// Which text: "ru term", "definition", ...
  public var what: String
  public var text: String
  public var scalar: Unicode.Scalar

  public var description: String {
    let shown = text.unicodeScalars.map { TermBaseExportBuilder.isForbidden($0) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }
      .joined()
    let kind = scalar.isControl ? "control character" : "noncharacter"
    return "concept '\(concept)': \(what) '\(shown)' contains the \(kind) \(scalar.codePoint), which no export may carry"
  }
}
