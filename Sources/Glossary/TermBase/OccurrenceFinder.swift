/// Finds where the terms of a term base occur in English source text.
///
/// Text and terms are compared word by word after case folding, so a term
/// matches whatever the case, quotes (straight or curly), hyphens or spaces
/// between its words ("China-Kazakhstan", "China – Kazakhstan"), and with a
/// simple English plural or possessive on its last word ("BRI's",
/// "Kazakhstan’s", "initiatives"). Acronyms match only in their own case, so
/// "US" is never found in "us".
public final class OccurrenceFinder {
  /// A term's words, and which concept it belongs to.
  private struct Pattern {
    let conceptIndex: Int
    let termIndex: Int
    let words: [String]
    let caseSensitive: Bool
  }

  private let tokenizer: WordTokenizer
  private let segmenter: SentenceSegmenter
  /// Patterns by their first word, for a single pass over each sentence.
  private var patterns: [String: [Pattern]] = [:]

  /// Prepares the terms of `concepts` for searching.
  public init(concepts: [Concept]) throws(ICUError) {
    tokenizer = try WordTokenizer(locale: "en")
    segmenter = try SentenceSegmenter(language: .en)
    for (index, concept) in concepts.enumerated() {
      for (termIndex, term) in concept.terms.enumerated() where term.tag != .kkLatn {
        let caseSensitive = term.type == .acronym
        let words = try Self.words(of: term.text, tokenizer: tokenizer, caseSensitive: caseSensitive)
        guard let first = words.first else { continue }
        patterns[first, default: []].append(
          Pattern(conceptIndex: index, termIndex: termIndex, words: words, caseSensitive: caseSensitive))
      }
    }
    for key in patterns.keys { patterns[key]!.sort { $0.words.count > $1.words.count } }
  }

  /// The occurrences in `text` (a whole file, named `file`), at most one per
  /// concept and sentence, keyed by the index of the concept.
  public func occurrences(in text: String, file: String) throws(ICUError) -> [(conceptIndex: Int, occurrence: Occurrence)] {
    var found: [(Int, Occurrence)] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      for sentence in try segmenter.sentences(in: String(line)) {
        var seen: Set<Int> = []
        for (conceptIndex, matched) in try matches(in: sentence.text) where seen.insert(conceptIndex).inserted {
          found.append(
            (conceptIndex, Occurrence(file: file, line: lineNumber, sentence: sentence.text, matched: matched)))
        }
      }
    }
    return found
  }

  /// The concepts whose terms occur in `sentence`, with the matched text;
  /// longer terms win where matches start at the same word.
  func matches(in sentence: String) throws(ICUError) -> [(Int, String)] {
    let utf8 = Array(sentence.utf8)
    return try termMatches(in: sentence).map { ($0.concept, String(decoding: utf8[$0.range], as: UTF8.self)) }
  }

  /// A term found in a text: `concepts[concept].terms[term]` at a UTF-8 byte range.
  public struct TermMatch: Hashable, Sendable {
    public let concept: Int
    public let term: Int
    public let range: Range<Int>
  }

  /// Every place a term occurs in `text`, by start; where several terms
  /// start at the same word, longer ones come first.
  public func termMatches(in text: String) throws(ICUError) -> [TermMatch] {
    let tokens = try tokenizer.words(in: text)
    let folded = tokens.map { Self.fold($0.text) }
    let original = tokens.map { Self.stripPossessive(Self.unifyApostrophes($0.text)) }
    var result: [TermMatch] = []
    for start in tokens.indices {
      let candidates = (patterns[folded[start]] ?? []) + (patterns[original[start]] ?? [])
        + (patterns[Self.singular(folded[start])] ?? [])
      for pattern in candidates {
        let end = start + pattern.words.count
        guard end <= tokens.count else { continue }
        let words = pattern.caseSensitive ? original : folded
        var matchesAll = true
        for k in 0..<pattern.words.count {
          let word = words[start + k]
          let isLast = k == pattern.words.count - 1
          if word == pattern.words[k] { continue }
          if isLast && !pattern.caseSensitive && Self.singular(word) == pattern.words[k] { continue }
          matchesAll = false
          break
        }
        guard matchesAll else { continue }
        let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
        result.append(TermMatch(concept: pattern.conceptIndex, term: pattern.termIndex, range: range))
      }
    }
    return result
  }

  static func words(of term: String, tokenizer: WordTokenizer, caseSensitive: Bool) throws(ICUError) -> [String] {
    try tokenizer.words(in: term).map {
      caseSensitive ? stripPossessive(unifyApostrophes($0.text)) : fold($0.text)
    }
  }

  /// Case-folded, apostrophes unified, possessive ending removed.
  static func fold(_ word: String) -> String {
    stripPossessive(unifyApostrophes(TextNormalizer.caseFolded(word)))
  }

  static func unifyApostrophes(_ word: String) -> String {
    word.unicodeScalars.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word
  }

  static func stripPossessive(_ word: String) -> String {
    if word.hasSuffix("'s") || word.hasSuffix("'S") { return String(word.dropLast(2)) }
    if word.hasSuffix("'") { return String(word.dropLast()) }
    return word
  }

  /// The word without a simple English plural ending ("initiatives" →
  /// "initiative", "churches" → "church"); unchanged if it has none.
  static func singular(_ word: String) -> String {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
    return String(word.dropLast())
  }
}

import Foundation
