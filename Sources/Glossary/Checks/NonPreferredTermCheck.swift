/// non-preferred-term: a term of the term base, in the document's language,
/// whose status is `deprecated`, or `admitted` where its concept has a
/// preferred term in that language. The suggestion is the preferred term of
/// the same type ("SCO" for an acronym), else the preferred full form.
///
/// Terms are found as `OccurrenceFinder` finds them (word by word, whatever
/// the case, hyphens or quotes, with English plurals and possessives). Where
/// terms overlap, the longest one that starts first wins, so "Tokayev" inside
/// "Kassym-Jomart Tokayev" is not reported on its own. Lines are first
/// scanned for the words of a non-preferred term, without ICU, so that most
/// lines cost one pass over their bytes.
public struct NonPreferredTermCheck: QualityCheck {
  public let kind = Finding.Kind.nonPreferredTerm
  public let language: Language
  private let concepts: [Concept]
  private let finder: OccurrenceFinder
  /// The non-preferred terms as sequences of word hashes, by first word.
  private let sequences: [UInt64: [[UInt64]]]
  /// A bit per first-word hash (low 16 bits), to pass over most words at once.
  private let firstWordBits: [UInt64]

  public init(concepts: [Concept], language: Language) throws(ICUError) {
    self.concepts = concepts
    self.language = language
    finder = try OccurrenceFinder(concepts: concepts)
    var sequences: [UInt64: [[UInt64]]] = [:]
    var bits = [UInt64](repeating: 0, count: 1024)
    var words: [WordHashes] = []
    var buffer: [UInt8] = []
    for concept in concepts {
      for term in concept.terms where Self.preferredInstead(of: term, in: concept, language: language) != nil {
        var text = term.text
        text.withUTF8 { Self.words(in: $0, into: &words, buffer: &buffer) }
        guard let first = words.first else { continue }
        sequences[first.base, default: []].append(words.map(\.base))
        bits[Int(first.base & 0xFFFF) >> 6] |= 1 << (first.base & 63)
      }
    }
    self.sequences = sequences
    firstWordBits = bits
  }

  /// The term to use instead of `term`, or nil when `term` is fine (or not
  /// in `language`).
  static func preferredInstead(of term: Term, in concept: Concept, language: Language) -> Term? {
    guard term.tag == LanguageTag(language), term.status != .preferred else { return nil }
    let preferred = concept.terms(in: term.tag).filter { $0.status == .preferred }
    guard let first = preferred.first else { return nil }
    return preferred.first { $0.type == term.type } ?? preferred.first { $0.type == .full } ?? first
  }

  public func findings(in document: CheckedDocument) -> [Finding] {
    guard !sequences.isEmpty else { return [] }
    var findings: [Finding] = []
    var text = document.text
    var words: [WordHashes] = []
    var buffer: [UInt8] = []
    for (index, range) in document.lines.enumerated() {
      let candidate = text.withUTF8 { bytes in
        Self.words(in: UnsafeBufferPointer(rebasing: bytes[range]), into: &words, buffer: &buffer)
        return mayContainTerm(words)
      }
      guard candidate else { continue }
      let line = String(document.line(index))
      guard let matches = try? finder.termMatches(in: line) else { continue }
      var taken = 0
      var columns = ColumnCounter(document.line(index))
      let candidates = matches.filter { concepts[$0.concept].terms[$0.term].tag == LanguageTag(language) }
        .sorted(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) })
      for (position, match) in candidates.enumerated() {
        guard match.range.lowerBound >= taken else { continue }
        taken = match.range.upperBound
        // Where terms match the same words ("China – Central Asia Summit" and
        // "China-Central Asia Summit"), the one written exactly so wins. They
        // sort next to each other.
        let written = document.text(match.range, inLine: index)
        let rivals = candidates[position...].prefix { $0.range == match.range }
        let chosen = rivals.first { Self.spelledAlike(concepts[$0.concept].terms[$0.term].text, written) } ?? match
        let concept = concepts[chosen.concept]
        let term = concept.terms[chosen.term]
        guard let preferred = Self.preferredInstead(of: term, in: concept, language: language) else { continue }
        findings.append(
          Finding(
            file: document.file, line: index + 1, column: columns.column(ofByte: match.range.lowerBound),
            kind: kind, text: written, suggestion: preferred.text,
            message: .nonPreferred(written, term: term, preferred: preferred), byteRange: match.range))
      }
    }
    return findings
  }

  /// Whether a term is written as `text`, apart from case and apostrophes.
  static func spelledAlike(_ term: String, _ text: String) -> Bool {
    OccurrenceFinder.unifyApostrophes(term).lowercased() == OccurrenceFinder.unifyApostrophes(text).lowercased()
  }

  /// A word of a line, lowercased, as FNV-1a hashes: without a possessive
  /// ending ("BRI's" → "bri"), and the English singulars it may stand for
  /// ("forces" → "force", "forc"; "cities" → "city").
  struct WordHashes {
    var base: UInt64
    var plurals: (UInt64, UInt64, UInt64)
  }

  /// Whether the words of a line hold a non-preferred term's words in order,
  /// the last one possibly in the plural. This over-approximates the
  /// occurrence finder (which then decides), and needs no ICU.
  private func mayContainTerm(_ words: [WordHashes]) -> Bool {
    for (start, word) in words.enumerated() {
      guard firstWordBits[Int(word.base & 0xFFFF) >> 6] & (1 << (word.base & 63)) != 0,
        let candidates = sequences[word.base]
      else { continue }
      candidateLoop: for sequence in candidates where start + sequence.count <= words.count {
        for k in 1..<sequence.count {
          let text = words[start + k]
          if text.base == sequence[k] { continue }
          if k == sequence.count - 1,
            text.plurals.0 == sequence[k] || text.plurals.1 == sequence[k] || text.plurals.2 == sequence[k]
          {
            continue
          }
          continue candidateLoop
        }
        return true
      }
    }
    // A one-word term in the plural ("forces"): look the singulars up too.
    for word in words {
      for plural in [word.plurals.0, word.plurals.1, word.plurals.2]
      where plural != 0 && firstWordBits[Int(plural & 0xFFFF) >> 6] & (1 << (plural & 63)) != 0 {
        if let candidates = sequences[plural], candidates.contains(where: { $0.count == 1 }) { return true }
      }
    }
    return false
  }

  /// Splits a line into words (letters, digits and marks, with apostrophes
  /// inside), lowercased (ASCII directly, anything else with ICU case
  /// folding), and hashes them.
  static func words(in line: UnsafeBufferPointer<UInt8>, into words: inout [WordHashes], buffer: inout [UInt8]) {
    words.removeAll(keepingCapacity: true)
    var i = 0
    let n = line.count
    while i < n {
      // ASCII words, by far the most common, are hashed where they stand.
      let start = i
      while i < n, isASCIIWordByte(line[i]) || (line[i] == 0x27 && i > start) { i += 1 }
      if i == n || line[i] < 0x80 {
        if i > start { words.append(hashes(of: UnsafeBufferPointer(rebasing: line[start..<i]))) }
        i += 1
        continue
      }
      // A word with other letters: gather it, then fold it with ICU.
      i = start
      buffer.removeAll(keepingCapacity: true)
      var ascii = true
      while i < n {
        let byte = line[i]
        if byte < 0x80 {
          guard isASCIIWordByte(byte) || (byte == 0x27 && !buffer.isEmpty) else { break }
          buffer.append(byte)
          i += 1
          continue
        }
        let (scalar, length) = LanguageIdentifier.decode(line, at: i)
        if scalar == "’" || scalar == "ʼ" {
          if buffer.isEmpty { break }
          buffer.append(0x27)
        } else if LetterScript(of: scalar) != nil || scalar.properties.generalCategory == .nonspacingMark
          || scalar.properties.numericType != nil
        {
          ascii = false
          buffer.append(contentsOf: line[i..<(i + length)])
        } else {
          break
        }
        i += length
      }
      if !buffer.isEmpty {
        let folded = ascii ? buffer : Array(TextNormalizer.caseFolded(String(decoding: buffer, as: UTF8.self)).utf8)
        folded.withUnsafeBufferPointer { words.append(hashes(of: $0)) }
      }
      if i == start { i += 1 }
    }
  }

  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// The hashes of a word, lowercasing ASCII letters as it goes.
  static func hashes(of word: UnsafeBufferPointer<UInt8>) -> WordHashes {
    func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    var end = word.count
    while end > 0, word[end - 1] == 0x27 { end -= 1 }
    if end > 2, word[end - 2] == 0x27, lower(word[end - 1]) == 0x73 { end -= 2 }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var prefix: (UInt64, UInt64, UInt64) = (0, 0, 0)  // after end-1, end-2, end-3 bytes
    for k in 0..<end {
      if k == end - 3 { prefix.2 = hash }
      if k == end - 2 { prefix.1 = hash }
      if k == end - 1 { prefix.0 = hash }
      hash = (hash ^ UInt64(lower(word[k]))) &* 0x100_0000_01b3
    }
    var plurals: (UInt64, UInt64, UInt64) = (0, 0, 0)
    if end > 3, lower(word[end - 1]) == 0x73, lower(word[end - 2]) != 0x73 {
      plurals.0 = prefix.0  // "forces" → "force"
      plurals.1 = prefix.1  // "churches" → "church"
      if lower(word[end - 2]) == 0x65, lower(word[end - 3]) == 0x69 {
        plurals.2 = (prefix.2 ^ 0x79) &* 0x100_0000_01b3  // "cities" → "city"
      }
    }
    return WordHashes(base: hash, plurals: plurals)
  }
}

extension String {
  fileprivate static func nonPreferred(_ written: String, term: Term, preferred: Term) -> String {
    "'\(written)' is \(term.status.rawValue); use '\(preferred.text)'"
  }
}
