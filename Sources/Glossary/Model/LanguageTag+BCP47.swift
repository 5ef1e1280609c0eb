extension LanguageTag {
  /// The tag `tm` files a BCP 47 language tag under: the primary language
  /// decides (en-GB → en, ru-RU → ru), and for Kazakh the script does too
  /// (kk, kk-KZ, kk-Cyrl-KZ → kk; kk-Latn → kk-Latn). Nil for other
  /// languages, and for Kazakh in any other script (kk-Arab).
  public init?(bcp47 tag: String) {
    let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.lowercased() }
    guard let primary = subtags.first else { return nil }
    let script = subtags.dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isLetter) }
    switch primary {
    case "en": self = .en
    case "ru": self = .ru
    case "kk":
      switch script {
      case nil, "cyrl": self = .kk
      case "latn": self = .kkLatn
      default: return nil
      }
    default: return nil
    }
  }
}
