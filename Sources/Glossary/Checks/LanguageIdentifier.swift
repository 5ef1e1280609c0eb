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
  private let width: Int
  private var state: WordScoreCache

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

  // MARK: - Reading a line

  /// The evidence of one line (UTF-8, no line terminator).
  func evidence(of line: UnsafeBufferPointer<UInt8>) -> Evidence {
    var evidence = Evidence(latin: ScriptEvidence(width: width), cyrillic: ScriptEvidence(width: width))
    let quoted = Self.quotedSpans(in: line)
    // The cache is moved into a local for the line, so that the hot loop
    // works on a value, without dynamic exclusivity checks on the class.
    var state = WordScoreCache(width: 0)
    swap(&state, &self.state)
    defer { swap(&state, &self.state) }
    var start = 0
    let end = line.count
    while start < end {
      while start < end, Self.isSpace(line[start]) { start += 1 }
      var tokenEnd = start
      while tokenEnd < end, !Self.isSpace(line[tokenEnd]) { tokenEnd += 1 }
      if tokenEnd > start, !Self.isSkipped(line, start..<tokenEnd) {
        let inQuote = quoted.contains { $0.contains(start) }
        readWords(line, start..<tokenEnd, quoted: inQuote, into: &evidence, state: &state)
      }
      start = tokenEnd
    }
    return evidence
  }

  /// Reads the words of one token.
  private func readWords(
    _ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, quoted: Bool, into evidence: inout Evidence,
    state: inout WordScoreCache
  ) {
    var i = range.lowerBound
    let end = range.upperBound
    let quoteWeight: Float = quoted ? 0.3 : 1
    while i < end {
      // Skip to the next letter.
      let (first, firstLength) = Self.decode(line, at: i)
      guard var script = LetterScript(of: first) else {
        i += firstLength
        continue
      }
      if case .other(let other) = script, ["Hira", "Kana"].contains(other.shortName) { evidence.hasKana = true }
      state.word.removeAll(keepingCapacity: true)
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      let capitalised = Self.isUppercase(first)
      var allCapitals = capitalised
      var letters = 0
      var latinLetters = 0
      var cyrillicLetters = 0
      // Read the word: letters, marks, and apostrophes between letters; Han
      // characters never join a word of another script.
      while i < end {
        let byte = line[i]
        if byte < 0x80 {
          // ASCII, the common case, without decoding.
          let lower = byte | 0x20
          if lower >= 0x61 && lower <= 0x7A {
            if script == .han { break }
            letters += 1
            latinLetters += 1
            if byte == lower { allCapitals = false }
            state.word.append(UInt32(lower))
            hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
            i += 1
            continue
          }
          guard byte == 0x27, Self.letterFollows(line, i + 1, end) else { break }
          state.word.append(0x27)
          hash = (hash ^ 0x27) &* 0x100_0000_01b3
          i += 1
          continue
        }
        let (scalar, length) = Self.decode(line, at: i)
        if let letterScript = LetterScript(of: scalar) {
          if (letterScript == .han) != (script == .han) { break }
          letters += 1
          if letterScript == .latin { latinLetters += 1 } else if letterScript == .cyrillic { cyrillicLetters += 1 }
          if !Self.isUppercase(scalar) { allCapitals = false }
          Self.appendLowercased(scalar, to: &state.word, hash: &hash)
        } else if (0x300...0x36F).contains(scalar.value) {
          Self.appendLowercased(scalar, to: &state.word, hash: &hash)
        } else if scalar == "’" || scalar == "ʼ" {
          guard Self.letterFollows(line, i + length, end) else { break }
          state.word.append(0x27)
          hash = (hash ^ 0x27) &* 0x100_0000_01b3
        } else {
          break
        }
        i += length
      }
      // A word that mixes Latin and Cyrillic letters (a look-alike slipped
      // in) counts in the script most of its letters are in.
      if script == .latin || script == .cyrillic {
        script = cyrillicLetters > latinLetters ? .cyrillic : .latin
      }
      let isName = capitalised || (allCapitals && letters > 1)
      let scriptWeight: Float = script == .han ? 3 : isName ? 0.5 : 1
      evidence.letters[script] += Float(letters) * quoteWeight * scriptWeight
      guard script == .latin || script == .cyrillic else { continue }
      let weight = quoteWeight * (isName ? 0.1 : 1)
      let row = state.row(ofWordWithHash: hash, profiles: profiles)
      let plain = !isName && !quoted
      state.scores.withUnsafeBufferPointer { cached in
        let scores = UnsafeBufferPointer(rebasing: cached[row...])
        if script == .latin {
          evidence.latin.add(scores, weight: weight, letters: letters, plain: plain)
        } else {
          evidence.cyrillic.add(scores, weight: weight, letters: letters, plain: plain)
        }
      }
    }
  }

  static func letterFollows(_ line: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    i < end && LetterScript(of: decode(line, at: i).scalar) != nil
  }

  // MARK: - Bytes and scalars

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

  /// Whether a token is a URL, an e-mail address, a path, an identifier, an
  /// option or a code rather than words.
  static func isSkipped(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var ascii = true
    var digit = false
    for i in range {
      let byte = line[i]
      switch byte {
      case 0x2F, 0x40, 0x5F, 0x3D, 0x5C, 0x23: return true  // / @ _ = \ #
      case 0x30...0x39: digit = true
      case 0x2E:  // a dot between two letters or digits: a domain or a file name
        if i > range.lowerBound, i + 1 < range.upperBound, isWordByte(line[i - 1]), isWordByte(line[i + 1]) {
          return true
        }
      case 0x80...: ascii = false
      default: break
      }
    }
    if digit && ascii { return true }
    if line[range.lowerBound] == 0x2D, range.count > 1, isWordByte(line[range.lowerBound + 1]) { return true }
    return false
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// Byte ranges of short quotations: «…», “…” and "…" of at most five words.
  static func quotedSpans(in line: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var i = 0
    let n = line.count
    while i < n {
      let closing: [UInt8]
      var openLength = 1
      if line[i] == 0x22 {
        closing = [0x22]
      } else if line[i] == 0xC2, i + 1 < n, line[i + 1] == 0xAB {
        closing = [0xC2, 0xBB]
        openLength = 2
      } else if line[i] == 0xE2, i + 2 < n, line[i + 1] == 0x80, line[i + 2] == 0x9C {
        closing = [0xE2, 0x80, 0x9D]
        openLength = 3
      } else {
        i += 1
        continue
      }
      var j = i + openLength
      var spaces = 0
      var found: Int?
      while j + closing.count <= n, j - i < 120 {
        if line[j] == closing[0], closing.indices.allSatisfy({ line[j + $0] == closing[$0] }) {
          found = j
          break
        }
        if line[j] == 0x20 { spaces += 1 }
        j += 1
      }
      if let found, spaces <= 4 {
        spans.append(i..<(found + closing.count))
        i = found + closing.count
      } else {
        i += openLength
      }
    }
    return spans
  }

  static func decode(_ line: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = line[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    var value: UInt32
    let length: Int
    switch lead {
    case 0xC0..<0xE0: (value, length) = (UInt32(lead & 0x1F), 2)
    case 0xE0..<0xF0: (value, length) = (UInt32(lead & 0x0F), 3)
    default: (value, length) = (UInt32(lead & 0x07), 4)
    }
    guard i + length <= line.count else { return ("\u{FFFD}", 1) }
    for k in 1..<length { value = value << 6 | UInt32(line[i + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase
  }

  static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt32], hash: inout UInt64) {
    if scalar.value < 0x80 {
      let v = scalar.value >= 0x41 && scalar.value <= 0x5A ? scalar.value | 0x20 : scalar.value
      word.append(v)
      hash = (hash ^ UInt64(v)) &* 0x100_0000_01b3
    } else if scalar.properties.changesWhenLowercased {
      for lower in scalar.properties.lowercaseMapping.unicodeScalars {
        word.append(lower.value)
        hash = (hash ^ UInt64(lower.value)) &* 0x100_0000_01b3
      }
    } else {
      word.append(scalar.value)
      hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }
  }
}

/// The scores of the words seen so far, and the word being read.
struct WordScoreCache {
  /// Word hash → offset in `scores` of the word's row of `width + 1`
  /// values: its score in each language, then its number of n-grams.
  var table = WordCache()
  var scores: [Float] = []
  /// The word being read, lowercase code points.
  var word: [UInt32] = []
  var scratch: [Float]

  init(width: Int) { scratch = Array(repeating: 0, count: width) }

  /// The offset of the row of the word in `word`, scoring it when it is new.
  mutating func row(ofWordWithHash hash: UInt64, profiles: LanguageProfiles) -> Int {
    if let index = table.find(hash) { return Int(index) }
    if table.count >= WordCache.limit {
      table.removeAll()
      scores.removeAll(keepingCapacity: true)
    }
    for language in scratch.indices { scratch[language] = 0 }
    let grams = profiles.score(word: word[...], into: &scratch)
    let row = scores.count
    scores.append(contentsOf: scratch)
    scores.append(Float(grams))
    table.insert(hash, Int32(row))
    return row
  }
}

/// An open-addressing table from a word's 64-bit hash to the row of its
/// cached scores: cheaper than a `Dictionary`, whose hashing dominated.
struct WordCache {
  static let limit = 1 << 18
  private var keys: [UInt64] = []
  private var values: [Int32] = []
  private(set) var count = 0

  func find(_ key: UInt64) -> Int32? {
    guard !keys.isEmpty else { return nil }
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  mutating func insert(_ key: UInt64, _ value: Int32) {
    if keys.isEmpty {
      keys = Array(repeating: 0, count: 2 * Self.limit)
      values = Array(repeating: -1, count: 2 * Self.limit)
    }
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
    if values[slot] < 0 { count += 1 }
    keys[slot] = key
    values[slot] = value
  }

  mutating func removeAll() {
    for i in values.indices { values[i] = -1 }
    count = 0
  }
}
