/// A language tag from a file reduced to what `tm` keeps: the language, by its
/// primary subtag (BCP 47 "en-GB", "kk-Cyrl-KZ", POSIX "ru_RU.UTF-8",
/// ISO 639-2 "rus"), and whether it names an unusual script.
struct LanguageCode: Hashable {
  var language: Language
  /// Kazakh in another script than Cyrillic ("kk-Latn", "kk@latin"): such
  /// text never replaces Cyrillic Kazakh, which `tm` keeps (and romanizes
  /// itself).
  var isOtherScript: Bool

  init?(_ tag: String) {
    let parts = tag.lowercased().split(whereSeparator: { "-_.@".contains($0) })
    guard let primary = parts.first else { return nil }
    switch primary {
    case "en", "eng": language = .en
    case "ru", "rus": language = .ru
    case "kk", "kaz": language = .kk
    default: return nil
    }
    let script = parts.dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isLetter) } ?? (tag.contains("@latin") ? "latn" : nil)
    isOtherScript = language == .kk && script != nil && script != "cyrl"
  }
}

/// Chooses one text per language from several tagged ones: the first with
/// the usual script, else the first in another script.
struct LanguageChoice {
  private var chosen: [Language: (text: String, otherScript: Bool)] = [:]

  mutating func offer(_ text: String, _ code: LanguageCode) {
    guard !text.allSatisfy(\.isWhitespace) else { return }
    if let current = chosen[code.language], !current.otherScript || code.isOtherScript { return }
    chosen[code.language] = (text, code.isOtherScript)
  }

  var source: String? { chosen[.en]?.text }

  var targets: [Language: String] {
    var result: [Language: String] = [:]
    for (language, choice) in chosen where language != .en { result[language] = choice.text }
    return result
  }
}
