/// The match keys of one term, computed once when the store is built so that
/// no lookup ever runs a transliterator over the term base.
public struct TermKeys: Hashable, Codable, Sendable {
  /// `MatchKey.normalized` of the term.
  public var normalized: String
  /// `MatchKey.latin` of the term, or of each romanization of a Cyrillic term
  /// (BGN, and for Kazakh also the 2021 alphabet); duplicates removed.
  public var latin: [String]
  /// `MatchKey.cyrillic` of a term with Cyrillic letters, else nil.
  public var cyrillic: String?

  public init(normalized: String, latin: [String], cyrillic: String?) {
    self.normalized = normalized
    self.latin = latin
    self.cyrillic = cyrillic
  }
}

/// Computes `TermKeys`, holding the transliterators it needs.
public final class TermKeyMaker {
  private let russianBGN: Transliterator
  private let kazakhBGN: Transliterator
  private let kazakh2021: Transliterator

  public init() throws(ICUError) {
    russianBGN = try Transliterator(.russianBGN)
    kazakhBGN = try Transliterator(.kazakhBGN)
    kazakh2021 = try Transliterator(.kazakh2021)
  }

  /// The keys of `text` written in `language`.
  public func keys(for text: String, language: Language) throws(ICUError) -> TermKeys {
    let normalized = MatchKey.normalized(text)
    guard Script.scripts(in: text).contains(.cyrillic) else {
      return TermKeys(normalized: normalized, latin: [MatchKey.latin(text)], cyrillic: nil)
    }
    let romanizations: [String] =
      switch language {
      case .kk: [try kazakhBGN.transliterate(text), try kazakh2021.transliterate(text)]
      case .ru, .en: [try russianBGN.transliterate(text), try kazakhBGN.transliterate(text)]
      }
    var latin: [String] = []
    for key in romanizations.map(MatchKey.latin) where !latin.contains(key) { latin.append(key) }
    return TermKeys(normalized: normalized, latin: latin, cyrillic: MatchKey.cyrillic(text))
  }

  /// The Kazakh 2021 Latin form of a Kazakh term (unchanged if it has no
  /// Cyrillic letters).
  public func kazakhLatin(_ text: String) throws(ICUError) -> String {
    try kazakh2021.transliterate(text)
  }
}
