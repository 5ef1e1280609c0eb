/// Finds the concepts whose Russian or Kazakh terms occur in a sentence,
/// inflected as the sentence needs them: "Шанхайской организации
/// сотрудничества", "Пояса и пути", "Шанхай ынтымақтастық ұйымының",
/// "ШЫҰ-ға".
///
/// Text and terms are cut into words at every character that is not a letter
/// or a digit (so hyphens, quotes and dashes separate words), and compared
/// word by word after `MatchKey.normalized` (case folding, ё → е):
/// - a word written in capitals ("ШОС", "ШЫҰ", "КНР", "CCTV") must appear in
///   capitals, as it is; a word of one or two letters ("и", "Си") must
///   appear whole;
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
struct InflectedTermFinder: Sendable {
  private enum Word: Hashable, Sendable {
    /// A word in capitals, compared as written.
    case capitals(String)
    /// A short word, compared whole after folding.
    case whole(String)
    /// A stem the text's folded word must start with.
    case stem(String)
  }

  private struct Pattern: Sendable {
    let concept: Int
    let words: [Word]
  }

  /// Patterns by the first three letters of their first word's folded form.
  private let patterns: [UInt64: [Pattern]]

  /// Prepares the `language` terms of `concepts`.
  init(concepts: [Concept], language: Language) {
    var patterns: [UInt64: [Pattern]] = [:]
    for (index, concept) in concepts.enumerated() {
      for term in concept.terms where term.tag == LanguageTag(language) {
        let words = Self.words(in: term.text).map { Self.pattern(for: $0, language: language) }
        guard let first = words.first else { continue }
        let pattern = Pattern(concept: index, words: words)
        switch first {
        case .capitals(let word): patterns[Self.key(Self.fold(Substring(word))), default: []].append(pattern)
        case .whole(let word), .stem(let word): patterns[Self.key(word), default: []].append(pattern)
        }
      }
    }
    self.patterns = patterns
  }

  /// The indices of the concepts found in `sentence`, each once, in the
  /// order they first occur.
  func concepts(in sentence: String) -> [Int] {
    let words = Self.words(in: sentence)
    let folded = words.map(Self.fold)
    var found: [Int] = []
    for start in words.indices {
      for pattern in patterns[Self.key(folded[start])] ?? [] where !found.contains(pattern.concept) {
        guard start + pattern.words.count <= words.count else { continue }
        var matches = true
        for (k, word) in pattern.words.enumerated() {
          switch word {
          case .capitals(let text): matches = words[start + k] == text
          // Both sides are folded the same way: compare bytes.
          case .whole(let text): matches = folded[start + k].utf8.elementsEqual(text.utf8)
          case .stem(let stem): matches = folded[start + k].utf8.starts(with: stem.utf8)
          }
          if !matches { break }
        }
        if matches { found.append(pattern.concept) }
      }
    }
    return found
  }

  /// The first three scalars of a folded word, packed.
  private static func key(_ folded: String) -> UInt64 {
    var key: UInt64 = 0
    for scalar in folded.unicodeScalars.prefix(3) { key = key << 21 | UInt64(scalar.value) }
    return key
  }

  /// The words of `text`: runs of letters, digits and combining marks.
  static func words(in text: String) -> [Substring] {
    var words: [Substring] = []
    var start: String.Index?
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index != scalars.endIndex {
      if isWordScalar(scalars[index]) {
        if start == nil { start = index }
      } else if let first = start {
        words.append(text[first..<index])
        start = nil
      }
      index = scalars.index(after: index)
    }
    if let first = start { words.append(text[first...]) }
    return words
  }

  /// Letters, digits and combining marks, with the Latin and Cyrillic
  /// blocks decided without a property lookup.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case 0..<0x80, 0xD7, 0xF7: false
    case 0xC0...0x24F, 0x300...0x36F, 0x400...0x481, 0x48A...0x52F: true
    default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }

  /// `MatchKey.normalized` of a word, with a fast path for Latin and
  /// Cyrillic words in NFC, where case folding is lowercasing.
  static func fold(_ word: Substring) -> String {
    let fast = word.unicodeScalars.allSatisfy {
      switch $0.value {
      case 0..<0x80, 0xC0...0x24F, 0x400...0x52F:
        // Letters whose folding or NFKC form is not their lowercase.
        ![0xDF, 0x130, 0x132, 0x133, 0x13F, 0x140, 0x149, 0x17F].contains($0.value)
      default: false
      }
    }
    guard fast else { return MatchKey.normalized(String(word)) }
    let lower = word.lowercased()
    return lower.unicodeScalars.contains("ё") ? String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "ё" ? "е" : $0 })) : lower
  }

  private static func pattern(for word: Substring, language: Language) -> Word {
    let letters = word.filter(\.isLetter)
    if letters.count >= 2 && letters.allSatisfy(\.isUppercase) { return .capitals(String(word)) }
    if letters.count <= 2 { return .whole(fold(word)) }
    return .stem(stem(fold(word), language: language))
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
