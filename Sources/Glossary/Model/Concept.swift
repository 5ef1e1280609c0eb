/// What kind of designation a term is (TBX `termType`).
public enum TermType: String, CaseIterable, Codable, Sendable {
  case full, acronym, short, variant
}

/// Whether translators should use a term (TBX `administrativeStatus`).
public enum TermStatus: String, CaseIterable, Codable, Sendable, Comparable {
  case preferred, admitted, deprecated

  public static func < (lhs: TermStatus, rhs: TermStatus) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One designation of a concept in one language.
public struct Term: Hashable, Codable, Sendable {
  public var text: String
  public var tag: LanguageTag
  public var type: TermType
  public var status: TermStatus
  /// A terminologist's note on this term, e.g. that a form is uncertain.
  public var note: String?

  public init(text: String, tag: LanguageTag, type: TermType, status: TermStatus, note: String? = nil) {
    self.text = text
    self.tag = tag
    self.type = type
    self.status = status
    self.note = note
  }
}

/// A concept: one meaning, with its terms in every language (TBX `termEntry`).
public struct Concept: Identifiable, Hashable, Codable, Sendable {
  /// A stable, human-chosen id ("sco", "nurly-zhol").
  public var id: String
  public var definition: String
  public var subject: String?
  /// The part of speech of the concept's terms, when the curated data or an
  /// imported file says it; exports derive it otherwise.
  public var partOfSpeech: PartOfSpeech?
  public var notes: [String]
  /// Files in `seeds/` where the concept is mentioned, as curated.
  public var sources: [String]
  public var terms: [Term]

  public init(
    id: String, definition: String, subject: String? = nil, partOfSpeech: PartOfSpeech? = nil, notes: [String] = [],
    sources: [String] = [], terms: [Term] = []
  ) {
    self.id = id
    self.definition = definition
    self.subject = subject
    self.partOfSpeech = partOfSpeech
    self.notes = notes
    self.sources = sources
    self.terms = terms
  }

  /// The terms written in `tag`, in their curated order.
  public func terms(in tag: LanguageTag) -> [Term] {
    terms.filter { $0.tag == tag }
  }

  /// The term to show as the concept's name in a language: the preferred full
  /// form, else the first preferred term, else the first term.
  public func headTerm(in tag: LanguageTag) -> Term? {
    let candidates = terms(in: tag)
    return candidates.first { $0.status == .preferred && $0.type == .full }
      ?? candidates.first { $0.status == .preferred } ?? candidates.first
  }
}

/// Where a concept's term occurs in the source articles.
public struct Occurrence: Hashable, Codable, Sendable {
  /// The file name in `seeds/`.
  public var file: String
  /// The 1-based line of the file.
  public var line: Int
  /// The sentence that contains the term.
  public var sentence: String
  /// The text as it appears in the sentence ("Tokayev's").
  public var matched: String

  public init(file: String, line: Int, sentence: String, matched: String) {
    self.file = file
    self.line = line
    self.sentence = sentence
    self.matched = matched
  }
}
