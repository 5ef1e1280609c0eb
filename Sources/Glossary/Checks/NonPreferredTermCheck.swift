/// non-preferred-term: a term of the term base, in the document's language,
/// whose status is `deprecated`, or `admitted` where its concept has a
/// preferred term in that language. The suggestion is the preferred term of
/// the same type ("SCO" for an acronym), else the preferred full form.
///
/// Terms are found as `OccurrenceFinder` finds them (word by word, whatever
/// the case, hyphens or quotes, with English plurals and possessives). Where
/// terms overlap, the longest one that starts first wins, so "Tokayev" inside
/// "Kassym-Jomart Tokayev" is not reported on its own. Lines are first
/// scanned for the first word of a non-preferred term, without ICU, so that
/// most lines cost one pass over their bytes.
public struct NonPreferredTermCheck: QualityCheck {
  public let kind = Finding.Kind.nonPreferredTerm
  public let language: Language
  private let concepts: [Concept]
  private let finder: OccurrenceFinder
  /// Hashes of the lowercase first words of the non-preferred terms.
  private let triggers: Set<UInt64>

  public init(concepts: [Concept], language: Language) throws(ICUError) {
    self.concepts = concepts
    self.language = language
    finder = try OccurrenceFinder(concepts: concepts)
    let tokenizer = try WordTokenizer(locale: "en")
    var triggers: Set<UInt64> = []
    for concept in concepts {
      for term in concept.terms where Self.preferredInstead(of: term, in: concept, language: language) != nil {
        let words = try OccurrenceFinder.words(of: term.text, tokenizer: tokenizer, caseSensitive: false)
        if let first = words.first { triggers.insert(Self.hash(Array(first.lowercased().utf8)[...])) }
      }
    }
    self.triggers = triggers
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
    guard !triggers.isEmpty else { return [] }
    var findings: [Finding] = []
    var text = document.text
    var lowered: [UInt8] = []
    for (index, range) in document.lines.enumerated() {
      let triggered = text.withUTF8 { bytes in
        mayContainTrigger(UnsafeBufferPointer(rebasing: bytes[range]), buffer: &lowered)
      }
      guard triggered else { continue }
      let line = String(document.line(index))
      guard let matches = try? finder.termMatches(in: line) else { continue }
      var taken = 0
      for match in matches.sorted(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }) {
        let concept = concepts[match.concept]
        let term = concept.terms[match.term]
        guard term.tag == LanguageTag(language), match.range.lowerBound >= taken else { continue }
        taken = match.range.upperBound
        guard let preferred = Self.preferredInstead(of: term, in: concept, language: language) else { continue }
        let written = document.text(match.range, inLine: index)
        findings.append(
          Finding(
            file: document.file, line: index + 1, column: document.column(ofByte: match.range.lowerBound, inLine: index),
            kind: kind, text: written, suggestion: preferred.text,
            message: .nonPreferred(written, term: term, preferred: preferred), byteRange: match.range))
      }
    }
    return findings
  }

  /// Whether a word of the line, lowercased, with or without an English
  /// possessive or plural ending, is the first word of a non-preferred term.
  private func mayContainTrigger(_ line: UnsafeBufferPointer<UInt8>, buffer: inout [UInt8]) -> Bool {
    var i = 0
    let n = line.count
    while i < n {
      buffer.removeAll(keepingCapacity: true)
      var ascii = true
      while i < n {
        let byte = line[i]
        if byte < 0x80 {
          let folded = byte | 0x20
          if (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
            buffer.append(byte >= 0x41 && byte <= 0x5A ? folded : byte)
          } else if byte == 0x27 && !buffer.isEmpty {
            buffer.append(byte)
          } else {
            break
          }
          i += 1
        } else {
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
      }
      if !buffer.isEmpty {
        if !ascii { buffer = Array(TextNormalizer.caseFolded(String(decoding: buffer, as: UTF8.self)).utf8) }
        if isTrigger(buffer[...]) { return true }
      }
      i += 1
    }
    return false
  }

  private func isTrigger(_ word: ArraySlice<UInt8>) -> Bool {
    var word = word
    while word.last == 0x27 { word = word.dropLast() }
    if triggers.contains(Self.hash(word)) { return true }
    if word.count > 2, word.suffix(2).elementsEqual([0x27, 0x73]) {
      word = word.dropLast(2)
      if triggers.contains(Self.hash(word)) { return true }
    }
    guard word.count > 3, word.last == 0x73 else { return false }  // plural "s"
    if triggers.contains(Self.hash(word.dropLast())) || triggers.contains(Self.hash(word.dropLast(2))) { return true }
    if word.suffix(3).elementsEqual([0x69, 0x65, 0x73]) {  // "ies" → "y"
      return triggers.contains(Self.hash(word.dropLast(3) + [0x79]))
    }
    return false
  }

  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}

extension String {
  fileprivate static func nonPreferred(_ written: String, term: Term, preferred: Term) -> String {
    "'\(written)' is \(term.status.rawValue); use '\(preferred.text)'"
  }
}
