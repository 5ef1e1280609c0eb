/// Makes the loose Latin keys concordance finds words by, in any script.
///
/// Cyrillic text is romanized first (Kazakh BGN/PCGN for Kazakh, or for any
/// text with a letter only Kazakh has, else Russian BGN/PCGN), then every
/// text goes through `MatchKey.latin`: «Нұрлы жол», "Nurly Zhol" and
/// "Nūrly jol" all become `nurli jol`. Apostrophes split words, so that
/// "Kazakhstan's" holds the word "Kazakhstan".
///
/// The memory computes these keys when it stores a unit; a search computes
/// them for the query and for the texts it shows, never for the whole store.
/// Not thread-safe (it owns transliterators).
public final class ConcordanceKeys {
  private let russian: Transliterator
  private let kazakh: Transliterator

  public init() throws(ICUError) {
    russian = try Transliterator(.russianBGN)
    kazakh = try Transliterator(.kazakhBGN)
  }

  /// The key of `text`, written in `language` (nil: guess from the letters).
  public func key(_ text: String, language: Language?) throws(ICUError) -> String {
    var text = text
    var apostrophes = false
    var cyrillic = false
    for byte in text.utf8 {
      // ' is 27, ’ is E2 80 99, ʼ is CA BC; Cyrillic letters start with D0-D3.
      if byte == 0x27 || byte == 0xE2 || byte == 0xCA { apostrophes = true }
      if byte >= 0xD0 && byte <= 0xD3 { cyrillic = true }
    }
    if apostrophes {
      var spaced = String.UnicodeScalarView()
      for scalar in text.unicodeScalars {
        spaced.append(scalar == "'" || scalar == "’" || scalar == "ʼ" ? " " : scalar)
      }
      text = String(spaced)
    }
    if cyrillic {
      let kazakhText = language == .kk || Self.hasKazakhLetters(text)
      text = try (kazakhText ? kazakh : russian).transliterate(text)
      // BGN writes the Russian signs as primes and ё as ë: fold them here so
      // that the key stays ASCII (and fast) where it can.
      if text.unicodeScalars.contains(where: { $0 == "ʹ" || $0 == "ʺ" || $0 == "ë" || $0 == "Ë" }) {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
          switch scalar {
          case "ʹ", "ʺ": continue
          case "ë": folded.append("e")
          case "Ë": folded.append("E")
          default: folded.append(scalar)
          }
        }
        text = String(folded)
      }
    }
    return MatchKey.latin(text)
  }

  /// Whether `text` has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і), with
  /// a quick range test before the exact one.
  private static func hasKazakhLetters(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value == 0x406 || $0.value == 0x456 || (0x490...0x4E9).contains($0.value) }
      && Romanizer.hasKazakhLetters(text)
  }

  /// The words of a concordance query as the index holds them; a word the
  /// user ended with `*` stays a prefix.
  public func queryWords(_ query: String) throws(ICUError) -> [String] {
    var words: [String] = []
    for raw in query.split(whereSeparator: \.isWhitespace) {
      let prefix = raw.hasSuffix("*")
      let parts = try key(String(prefix ? raw.dropLast() : raw), language: nil).split(separator: " ").map(String.init)
      for (index, part) in parts.enumerated() {
        words.append(prefix && index == parts.count - 1 ? part + "*" : part)
      }
    }
    return words
  }
}
