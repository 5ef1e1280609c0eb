/// A language `tm` works in. Kazakh is `kk` (ISO 639-1), never `kz`.
public enum Language: String, CaseIterable, Codable, Sendable, Comparable {
  case en, ru, kk

  /// The English name, for messages.
  public var name: String {
    switch self {
    case .en: "English"
    case .ru: "Russian"
    case .kk: "Kazakh"
    }
  }

  public static func < (lhs: Language, rhs: Language) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// The language and script a term is written in: the three languages, plus
/// Kazakh in the 2021 Latin alphabet, which `tm` derives and never stores by hand.
public enum LanguageTag: String, CaseIterable, Codable, Sendable, Comparable {
  case en, ru, kk
  case kkLatn = "kk-Latn"

  public var language: Language {
    switch self {
    case .en: .en
    case .ru: .ru
    case .kk, .kkLatn: .kk
    }
  }

  public init(_ language: Language) {
    switch language {
    case .en: self = .en
    case .ru: self = .ru
    case .kk: self = .kk
    }
  }

  public static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
