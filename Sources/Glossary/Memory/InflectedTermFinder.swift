/// Finds the concepts whose Russian or Kazakh terms occur in a sentence,
/// inflected as the sentence needs them: "Шанхайской организации
/// сотрудничества", "Пояса и пути", "Шанхай ынтымақтастық ұйымының",
/// "ШЫҰ-ға".
///
/// Text and terms are cut into words at every character that is not a letter
/// or a digit (so hyphens, quotes and dashes separate words), and compared
/// word by word after `MatchKey.normalized` (case folding, ё → е):
/// - a word written in capitals ("ШОС", "ШЫҰ", "КНР", "CCTV") must appear in
///   capitals, as it is; so must a word of one or two letters ("и", "Си");
/// - any other word matches a word of the text that starts with its stem: the
///   word without up to two final vowels, й, ь or ъ ("шанхайская" →
///   "шанхайск", "путь" → "пут", "ұйымы" → "ұйым"), and for Kazakh also
///   without a final қ, к or п, which turn into ғ, г, б before a suffix
///   ("ынтымақтастық" → "ынтымақтасты"). A stem keeps at least four letters
///   (three for a four-letter word), so "Китай" is "кита", never "кит".
///
/// It is a stem-ish prefix test, not a morphological analysis: it finds
/// nearly every inflected form and accepts a few derived words too ("кита"
/// in "китаист"), which is good enough for alignment anchors.
final class InflectedTermFinder {
  private enum Word: Hashable {
    /// A word in capitals, compared as written.
    case capitals(String)
    /// A short word, compared whole after folding.
    case whole(String)
    /// A stem the text's folded word must start with.
    case stem(String)
  }

  private struct Pattern {
    let concept: Int
    let words: [Word]
  }

  /// Patterns by the first three letters of their first word's folded form.
  private var patterns: [String: [Pattern]] = [:]

  /// Prepares the `language` terms of `concepts`.
  init(concepts: [Concept], language: Language) {
    for (index, concept) in concepts.enumerated() {
      for term in concept.terms where term.tag == LanguageTag(language) {
        let words = Self.words(in: term.text).map { Self.pattern(for: $0, language: language) }
        guard let first = words.first else { continue }
        let pattern = Pattern(concept: index, words: words)
        switch first {
        case .capitals(let word): patterns[Self.key(MatchKey.normalized(word)), default: []].append(pattern)
        case .whole(let word), .stem(let word): patterns[Self.key(word), default: []].append(pattern)
        }
      }
    }
  }

  /// The indices of the concepts found in `sentence`, each once, in the
  /// order they first occur.
  func concepts(in sentence: String) -> [Int] {
    let words = Self.words(in: sentence)
    let folded = words.map { MatchKey.normalized(String($0)) }
    var found: [Int] = []
    for start in words.indices {
      for pattern in patterns[Self.key(folded[start])] ?? [] where !found.contains(pattern.concept) {
        guard start + pattern.words.count <= words.count else { continue }
        var matches = true
        for (k, word) in pattern.words.enumerated() {
          switch word {
          case .capitals(let text): matches = words[start + k] == text
          case .whole(let text): matches = folded[start + k] == text
          case .stem(let stem): matches = folded[start + k].hasPrefix(stem)
          }
          if !matches { break }
        }
        if matches { found.append(pattern.concept) }
      }
    }
    return found
  }

  private static func key(_ folded: String) -> String { String(folded.prefix(3)) }

  /// The words of `text`: runs of letters, digits and combining marks.
  static func words(in text: String) -> [Substring] {
    text.split { !($0.isLetter || $0.isNumber) }
  }

  private static func pattern(for word: Substring, language: Language) -> Word {
    let letters = word.filter(\.isLetter)
    if letters.count >= 2 && letters.allSatisfy(\.isUppercase) { return .capitals(String(word)) }
    if letters.count <= 2 { return .whole(MatchKey.normalized(String(word))) }
    return .stem(stem(MatchKey.normalized(String(word)), language: language))
  }

  private static let endings: Set<Character> = [
    "а", "е", "и", "о", "у", "ы", "э", "ю", "я", "й", "ь", "ъ", "ә", "ө", "ұ", "ү", "і",
  ]

  /// The folded word without the endings inflection changes (see the type).
  static func stem(_ word: String, language: Language) -> String {
    var stem = Substring(word)
    let minimum = word.count <= 4 ? 3 : 4
    var removed = 0
    while removed < 2, stem.count > minimum, let last = stem.last, endings.contains(last) {
      stem = stem.dropLast()
      removed += 1
    }
    if language == .kk, removed == 0, stem.count > 5, let last = stem.last, "қкп".contains(last) {
      stem = stem.dropLast()
    }
    return String(stem)
  }
}
