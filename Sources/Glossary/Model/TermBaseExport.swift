/// The term base as an export writes it, whatever the format: entries in
/// concept-id order, only the chosen languages, the terms of each language
/// in that language's collation order, and the context sentences of each
/// English term.
public struct TermBaseExport: Sendable {
  /// The language sections every entry may have, in the order written.
  public var languages: [LanguageTag]
  public var entries: [Entry]

  public init(languages: [LanguageTag], entries: [Entry]) {
    self.languages = languages
    self.entries = entries
  }

  /// One concept.
  public struct Entry: Sendable {
    /// The concept (its `terms` are those of `sections`, flattened).
    public var concept: Concept
    /// The part of speech of every term, curated or derived.
    public var partOfSpeech: PartOfSpeech
    /// The concept's terms per language, in `languages` order; languages
    /// without terms are left out.
    public var sections: [Section]

    public init(concept: Concept, partOfSpeech: PartOfSpeech, sections: [Section]) {
      self.concept = concept
      self.partOfSpeech = partOfSpeech
      self.sections = sections
    }

    /// The section of `tag`, if the entry has terms in it.
    public func section(_ tag: LanguageTag) -> Section? { sections.first { $0.tag == tag } }
  }

  /// The terms of one language.
  public struct Section: Sendable {
    public var tag: LanguageTag
    public var terms: [ExportedTerm]

    public init(tag: LanguageTag, terms: [ExportedTerm]) {
      self.tag = tag
      self.terms = terms
    }
  }

  /// A term with the sentences that illustrate it.
  public struct ExportedTerm: Sendable {
    public var term: Term
    public var contexts: [Occurrence]

    public init(term: Term, contexts: [Occurrence] = []) {
      self.term = term
      self.contexts = contexts
    }
  }
}
