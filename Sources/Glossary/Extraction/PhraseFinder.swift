/// Finds recurrent phrases without a part-of-speech tagger: runs of two to
/// five content words bounded by ordinary words (`EnglishWords`), numbers,
/// punctuation, possessives and -ly adverbs, seen at least `minFrequency`
/// times. "China's new economic policy" gives "new economic policy";
/// "a permanent comprehensive strategic partnership" gives every run of two
/// or more of its last four words, and `TermScorer` (C-value) keeps those
/// that also occur on their own.
///
/// A hyphenated word counts as one unit ("high-quality development"), and a
/// phrase has two units or more. Only its first unit may be capitalised, and
/// not as a lone word: "China plays" is a clause, and names are
/// `ProperNameFinder`'s job; a hyphenated compound of names may start one
/// ("China-Kazakhstan relations"). A phrase ends in a word that ends a run
/// of content words somewhere (a head, not a modifier like "economic"), that
/// the corpus does not use as a verb, and not in -ed ("consensus reached").
struct PhraseFinder {
  let profile: CapitalisationProfile
  let minFrequency: Int
  static let maxUnits = 5

  func phrases(in sentences: [TokenizedSentence]) -> [FoundSpan] {
    let chunked = sentences.map(chunks)
    let heads = Self.heads(sentences, chunked)
    let verbs = Self.verbs(sentences)
    var all: [(phrase: FoundSpan, key: String)] = []
    var counts: [String: Int] = [:]
    for (s, sentence) in sentences.enumerated() {
      for chunk in chunked[s] {
        for first in chunk.indices {
          guard startsPhrase(chunk[first], sentence) else { continue }
          for last in (first + 1)..<min(chunk.count, first + Self.maxUnits) {
            // Later units are lowercase; a past participle does not end a term.
            if sentence.words[chunk[last].lowerBound].isCapitalised { break }
            let lastWord = sentence.words[chunk[last].upperBound].folded
            guard heads.contains(lastWord), !verbs.contains(lastWord), !lastWord.hasSuffix("ed") else { continue }
            let range = chunk[first].lowerBound...chunk[last].upperBound
            let key = Self.key(sentence, range)
            counts[key, default: 0] += 1
            all.append((FoundSpan(sentence: s, words: range, text: text(sentence, range)), key))
          }
        }
      }
    }
    return all.filter { counts[$0.key]! >= minFrequency }.map(\.phrase)
  }

  /// Words that end a run of content words somewhere: English noun phrases
  /// end in their head noun, so a word always followed by another content
  /// word ("economic", "strategic", "new") is a modifier, never a head.
  static func heads(_ sentences: [TokenizedSentence], _ chunks: [[[ClosedRange<Int>]]]) -> Set<String> {
    var heads: Set<String> = []
    for (s, sentence) in sentences.enumerated() {
      for chunk in chunks[s] { if let last = chunk.last { heads.insert(sentence.words[last.upperBound].folded) } }
    }
    return heads
  }

  /// Words the corpus uses as verbs: right after "to" or a modal ("to
  /// maintain", "will continue"). They do not end a phrase ("China-Kazakhstan
  /// relations maintain").
  static func verbs(_ sentences: [TokenizedSentence]) -> Set<String> {
    let markers: Set<String> = ["to", "will", "would", "can", "could", "should", "must", "may", "might", "shall"]
    var verbs: Set<String> = []
    for sentence in sentences {
      for (index, word) in sentence.words.enumerated().dropFirst()
      where markers.contains(sentence.words[index - 1].folded) && word.gapBefore == " " && !word.isCapitalised {
        verbs.insert(word.folded)
      }
    }
    return verbs
  }

  /// The runs of content units of a sentence; a unit is a word with the
  /// words hyphenated to it.
  func chunks(_ sentence: TokenizedSentence) -> [[ClosedRange<Int>]] {
    let words = sentence.words
    var chunks: [[ClosedRange<Int>]] = []
    var current: [ClosedRange<Int>] = []
    var index = 0
    while index < words.count {
      var end = index
      while end + 1 < words.count && words[end + 1].isHyphenated { end += 1 }
      let unit = index...end
      let isContent = unit.allSatisfy { !words[$0].isNumber } && !words[end].isPossessive
        && (unit.count > 1 || (!EnglishWords.isOrdinary(words[index].folded)
          && !EnglishWords.calendarWords.contains(words[index].folded) && !profile.isAdverb(words[index].folded)))
        && words[index].text.contains(where: \.isLetter)
      if !isContent || words[index].gapBefore != " " {
        if !current.isEmpty { chunks.append(current) }
        current = []
      }
      if isContent { current.append(unit) }
      index = end + 1
    }
    if !current.isEmpty { chunks.append(current) }
    return chunks
  }

  private func startsPhrase(_ unit: ClosedRange<Int>, _ sentence: TokenizedSentence) -> Bool {
    let word = sentence.words[unit.lowerBound]
    guard word.isCapitalised else { return true }
    if unit.count > 1 { return true }
    return sentence.isUninformative(unit.lowerBound) && profile.isCommon(word.folded)
      && !profile.isEvidenced(word.folded)
  }

  /// Folded words, hyphens as spaces, the last word singular.
  static func key(_ sentence: TokenizedSentence, _ range: ClosedRange<Int>) -> String {
    var words = range.map { sentence.words[$0].folded }
    words[words.count - 1] = OccurrenceFinder.singular(words[words.count - 1])
    return words.joined(separator: " ")
  }

  /// As written, with a sentence-initial capital of a common word lowered.
  func text(_ sentence: TokenizedSentence, _ range: ClosedRange<Int>) -> String {
    let written = sentence.text(from: range.lowerBound, to: range.upperBound)
    let first = sentence.words[range.lowerBound]
    guard first.isCapitalised, sentence.isUninformative(range.lowerBound), profile.isCommon(first.folded),
      !profile.isEvidenced(first.folded)
    else { return written }
    return written.prefix(1).lowercased() + written.dropFirst()
  }
}
