/// The language of a line, as `tm check` reports a stray one.
public struct LineLanguage: Hashable, Sendable {
  /// ISO 639-1 code: "ru", "kk", "zh", "fr" … ("und" when only the script is known).
  public let language: String
  /// ISO 15924 code of the line's main script: "Cyrl", "Latn", "Hani" …
  public let script: String
}

/// Decides which language a line of text is in.
///
/// The line's main script comes first, from its letters (Han characters count
/// three times, letters of capitalised words half, letters inside a short
/// quotation «…», “…” or "…" a third, so that an English line quoting
/// «Нұрлы жол» stays English). A Han, Greek or
/// other line is in that script's language. Cyrillic and Latin lines are
/// scored with the character n-gram model (`LanguageProfiles`), word by word:
///
/// - whitespace-separated tokens that are URLs, e-mail addresses, paths,
///   identifiers or options (with `/ @ _ = \ #`, an inner dot, or a digit in
///   ASCII) are left out;
/// - a capitalised or all-capital word weighs a tenth (names, acronyms and
///   headings say little about the language around them), a quoted word a
///   third;
/// - a Latin line is decided only when it has at least two lowercase,
///   unquoted words with `minimumLetters` letters between them; otherwise it
///   is *weak* (a byline, a list of names, a heading) and decided, if at all,
///   together with its neighbours in the paragraph;
/// - another language wins over the expected one only when it scores better
///   by more than `margin + shortLinePenalty / letters` nats per n-gram.
///
/// Keeps a cache of word scores, so it is not thread-safe.
public final class LanguageIdentifier {
  public let profiles: LanguageProfiles
  /// Lowercase unquoted letters a Latin line needs to be decided.
  public var minimumLetters = 8
  /// Nats per n-gram by which a language must beat the expected one …
  public var margin: Float = 0.05
  /// … plus this many divided by the line's lowercase unquoted letters, so
  /// that short lines need clearer evidence.
  public var shortLinePenalty: Float = 2.5
  /// Letters a line in another script needs to be reported.
  public var minimumForeignLetters: Float = 3

  private let latinLanguages: [Int]
  private let cyrillicLanguages: [Int]
  private let english: Int?
  private let russian: Int?
  let width: Int
  /// The word cache, moved out while a line is read.
  var state: WordScoreCache

  public init(profiles: LanguageProfiles = .shipped) {
    self.profiles = profiles
    latinLanguages = profiles.profiles.indices.filter { profiles.profiles[$0].script == .latin }
    cyrillicLanguages = profiles.profiles.indices.filter { profiles.profiles[$0].script == .cyrillic }
    english = profiles.index(of: "en")
    russian = profiles.index(of: "ru")
    width = profiles.profiles.count
    state = WordScoreCache(width: profiles.profiles.count)
  }

  /// Weighted letters per script.
  struct LetterCounts {
    var latin: Float = 0
    var cyrillic: Float = 0
    var greek: Float = 0
    var han: Float = 0
    /// Letters of other scripts, and the first of those scripts.
    var other: Float = 0
    var otherScript: Script?

    subscript(script: LetterScript) -> Float {
      get {
        switch script {
        case .latin: latin
        case .cyrillic: cyrillic
        case .greek: greek
        case .han: han
        case .other: other
        }
      }
      set {
        switch script {
        case .latin: latin = newValue
        case .cyrillic: cyrillic = newValue
        case .greek: greek = newValue
        case .han: han = newValue
        case .other(let script):
          other = newValue
          if otherScript == nil { otherScript = script }
        }
      }
    }

    /// The script with the most weighted letters; nil without letters.
    var dominant: LetterScript? {
      var best: (script: LetterScript, count: Float)? = nil
      for (script, count) in [(LetterScript.latin, latin), (.cyrillic, cyrillic), (.han, han), (.greek, greek)]
      where count > (best?.count ?? 0) {
        best = (script, count)
      }
      if let otherScript, other > (best?.count ?? 0) { return .other(otherScript) }
      return best?.script
    }
  }

  /// What the words of one script in a line say.
  struct ScriptEvidence {
    /// The summed, weighted scores of the words in each language.
    var scores: [Float]
    /// Weighted n-grams scored.
    var grams: Float = 0
    /// Letters in lowercase, unquoted words, and those words.
    var plainLetters = 0
    var plainWords = 0

    init(width: Int) { scores = Array(repeating: 0, count: width) }

    /// Adds a word's cached row of scores (then its n-gram count).
    mutating func add(_ row: UnsafeBufferPointer<Float>, weight: Float, letters: Int, plain: Bool) {
      let width = scores.count
      scores.withUnsafeMutableBufferPointer { total in
        for language in 0..<width { total[language] += weight * row[language] }
      }
      grams += weight * row[width]
      if plain {
        plainLetters += letters
        plainWords += 1
      }
    }
  }

  /// What the letters of a line say.
  struct Evidence {
    var letters = LetterCounts()
    /// What the Latin words and what the Cyrillic words say.
    var latin: ScriptEvidence
    var cyrillic: ScriptEvidence
    var hasKana = false

    var dominant: LetterScript? { letters.dominant }
  }

  /// A line's verdict.
  enum Verdict: Equatable {
    /// No letters to speak of (numbers, dates, URLs, punctuation).
    case none
    /// Latin letters, but too few in plain words to decide.
    case weak
    case expected
    case foreign(LineLanguage)
  }

  /// The language of `line` when it is not `expected`, else nil.
  public func strayLanguage(of line: String, expecting expected: Language) -> LineLanguage? {
    var line = line
    let verdict = line.withUTF8 { decide(evidence(of: $0), expecting: expected) }
    if case .foreign(let language) = verdict { return language }
    return nil
  }

  func decide(_ evidence: Evidence, expecting expected: Language) -> Verdict {
    guard let dominant = evidence.dominant else { return .none }
    switch dominant {
    case .latin:
      guard evidence.latin.plainLetters >= minimumLetters, evidence.latin.plainWords >= 2, evidence.latin.grams > 0 else {
        return .weak
      }
      return decideLatin(evidence, expecting: expected)
    case .cyrillic:
      guard evidence.letters.cyrillic >= minimumForeignLetters, evidence.cyrillic.grams > 0 else {
        return .none
      }
      let best = bestCyrillic(evidence)
      let tag = profiles.profiles[best]
      if tag.language == expected.rawValue { return .expected }
      // In a Russian or Kazakh document, the other language must win as a
      // Latin language must win over English.
      if let own = profiles.index(of: expected.rawValue), profiles.profiles[own].script == .cyrillic {
        guard evidence.cyrillic.plainWords >= 2, evidence.cyrillic.plainLetters >= minimumLetters else { return .expected }
        let required = margin + shortLinePenalty / Float(evidence.cyrillic.plainLetters)
        guard (evidence.cyrillic.scores[best] - evidence.cyrillic.scores[own]) / evidence.cyrillic.grams > required else {
          return .expected
        }
      }
      return .foreign(LineLanguage(language: tag.language, script: "Cyrl"))
    case .han:
      guard evidence.letters.han >= minimumForeignLetters else { return .none }
      return .foreign(LineLanguage(language: evidence.hasKana ? "ja" : "zh", script: "Hani"))
    case .greek, .other:
      guard evidence.letters[dominant] >= minimumForeignLetters else { return .none }
      if case .other(let script) = dominant, ["Hira", "Kana"].contains(script.shortName) {
        return .foreign(LineLanguage(language: "ja", script: script.shortName))
      }
      return .foreign(LineLanguage(language: dominant.language, script: dominant.code))
    }
  }

  /// Lowercase unquoted letters under which a Latin line is decided together
  /// with its neighbours in the paragraph.
  public var contextLetters = 20

  /// The verdict on a line in the context of the lines just before and after
  /// it in the same paragraph (nil at a paragraph's edge). A short Latin
  /// line is decided on its own evidence plus half of the scores of its
  /// Latin neighbours that have `contextLetters` of their own: the last
  /// words of a wrapped French paragraph are French, a short line inside an
  /// English paragraph is English.
  func decide(_ evidence: Evidence, previous: Evidence?, next: Evidence?, expecting expected: Language) -> Verdict {
    let own = decide(evidence, expecting: expected)
    guard own != .none, evidence.dominant == .latin, evidence.latin.plainLetters < contextLetters else { return own }
    // Only neighbours with evidence of their own lend it: a line of a code
    // listing does not make the next one French.
    let neighbours = [previous, next].compactMap { $0 }.filter {
      $0.dominant == .latin && $0.latin.plainLetters >= contextLetters && $0.latin.plainWords >= 3
    }
    guard !neighbours.isEmpty else { return own }
    var merged = evidence
    for neighbour in neighbours {
      for language in 0..<width { merged.latin.scores[language] += 0.5 * neighbour.latin.scores[language] }
      merged.latin.grams += 0.5 * neighbour.latin.grams
      merged.latin.plainLetters += neighbour.latin.plainLetters
      merged.latin.plainWords += neighbour.latin.plainWords
    }
    guard merged.latin.plainLetters >= minimumLetters, merged.latin.grams > 0 else { return own }
    return decideLatin(merged, expecting: expected)
  }

  /// The best Latin language against the expected one; in a Russian or
  /// Kazakh document, against English, the language Latin lines are most
  /// often in there.
  func decideLatin(_ evidence: Evidence, expecting expected: Language) -> Verdict {
    let scores = evidence.latin.scores
    let expectedLatin = profiles.index(of: expected.rawValue).flatMap { profiles.profiles[$0].script == .latin ? $0 : nil }
    guard let own = expectedLatin ?? english else { return .weak }
    var best = -1
    for index in latinLanguages where index != own && (best < 0 || scores[index] > scores[best]) { best = index }
    let required = margin + shortLinePenalty / Float(evidence.latin.plainLetters)
    let winner = best >= 0 && (scores[best] - scores[own]) / evidence.latin.grams > required ? best : own
    let language = profiles.profiles[winner].language
    return language == expected.rawValue ? .expected : .foreign(LineLanguage(language: language, script: "Latn"))
  }

  /// The Cyrillic language that scores best; Ukrainian, Bulgarian and
  /// Macedonian must beat Russian by the margin, since short Russian lines
  /// often read as well in them.
  func bestCyrillic(_ evidence: Evidence) -> Int {
    let scores = evidence.cyrillic.scores
    var best = russian ?? cyrillicLanguages[0]
    for index in cyrillicLanguages where scores[index] > scores[best] {
      let tag = profiles.profiles[index].tag
      if tag == "ru" || tag == "kk" || best != russian {
        best = index
      } else if (scores[index] - scores[best]) / max(evidence.cyrillic.grams, 1) > 3 * margin {
        best = index
      }
    }
    return best
  }
}
