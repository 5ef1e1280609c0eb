/// How a lookup query met a term, from strictest to loosest.
public enum MatchKind: String, Codable, Sendable {
  /// The query is the term, character for character.
  case exact
  /// Equal after case folding, quote, hyphen, space and ё/е normalization.
  case normalized
  /// Equal after romanization or Kazakh/Russian letter folding (Toqaev, Tokayev).
  case transliterated
  /// The term is an acronym and the query is it (SCO, ШОС, ШЫҰ).
  case acronym
  /// Within a few typos of the term.
  case fuzzy
  /// The term occurs inside the longer query.
  case contained
}

/// One concept found by a lookup.
public struct LookupHit: Sendable {
  public var concept: Concept
  /// 0–100: how close the query is to the matched term.
  public var score: Int
  public var kind: MatchKind
  /// The term that matched.
  public var matched: Term
  /// Where the concept occurs in the source articles.
  public var occurrences: [Occurrence]
}

/// The answer to `tm lookup`.
public struct LookupResult: Sendable {
  public var query: String
  public var hits: [LookupHit]
}
