/// A term or name `tm extract` proposes for the term base, with the evidence
/// a terminologist needs to decide: how it was found, how often and where.
public struct TermCandidate: Hashable, Sendable {
  /// How a candidate was found, from the strongest evidence to the weakest.
  public enum Kind: String, CaseIterable, Sendable, Comparable {
    /// A long form defined with its acronym: "Belt and Road Initiative (BRI)".
    case acronym
    /// A name explained by a gloss in parentheses: "Nurly Zhol (Bright Path)".
    case gloss
    /// Words the author put in quotation marks: "Shanghai Spirit".
    case quoted
    /// A capitalised multiword or recurring name: "Kassym-Jomart Tokayev".
    case name
    /// A recurrent phrase of content words: "strategic partnership".
    case phrase

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// A sentence where the candidate occurs.
  public struct Context: Hashable, Sendable {
    /// The document, as it was named on the command line.
    public var file: String
    /// The 1-based line of the document.
    public var line: Int
    /// The whole sentence.
    public var sentence: String
    /// The candidate as written there ("Tokayev's").
    public var matched: String
  }

  /// The form to propose: the most frequent spelling seen.
  public var text: String
  /// The key candidates are merged by (`MatchKey.normalized`, singular).
  public var key: String
  public var kind: Kind
  /// The acronym defined with the long form `text`, for `.acronym`.
  public var acronym: String?
  /// The parenthesised gloss of `text`, for `.gloss`.
  public var gloss: String?
  /// Every spelling seen, most frequent first (case, hyphens, quotes, plurals).
  public var variants: [String]
  /// The number of sentences that contain the candidate (or its acronym).
  public var frequency: Int
  /// The documents it occurs in, in the order they were given.
  public var documents: [String]
  /// The first sentences it occurs in, in document and line order.
  public var contexts: [Context]
  /// Termhood: higher is more likely a term (see `TermScorer`).
  public var score: Double
  /// The concept of the term base that already has this term, if any.
  public var conceptID: String?

  /// The words of `text` (hyphenated parts count one each).
  var wordCount: Int { TermCandidate.wordCount(text) }

  static func wordCount(_ text: String) -> Int {
    text.split(whereSeparator: { $0 == " " || $0 == "-" }).count
  }
}
