import Foundation

/// A sentence of a source document, split into words, the unit every
/// extractor works on.
struct TokenizedSentence {
  /// A word or number, with what separates it from the previous one.
  struct Word {
    /// The word as written ("China’s").
    var text: String
    var isNumber: Bool
    /// Everything between the previous word and this one (" ", "-", ", (").
    var gapBefore: String
    /// Its UTF-8 byte range in the sentence.
    var range: Range<Int>

    /// Starts with a capital letter ("Kazakhstan", "SCO", "Xi").
    var isCapitalised: Bool { text.first?.isUppercase == true }
    /// The word without a possessive ending ("China’s" → "China").
    var stem: String { OccurrenceFinder.stripPossessive(OccurrenceFinder.unifyApostrophes(text)) }
    var isPossessive: Bool { stem.count != text.count }
    /// Lowercased, without a possessive ending.
    var folded: String { stem.lowercased() }
    /// Two to ten capitals and digits, a capital first ("SCO", "G20").
    var isAcronym: Bool {
      AcronymDefinitionMatcher.isShortForm(stem) && stem.first?.isUppercase == true && stem == stem.uppercased()
    }
    /// Joined to the previous word by a hyphen, without spaces ("Kassym-Jomart").
    var isHyphenated: Bool { gapBefore == "-" || gapBefore == "‐" || gapBefore == "‑" }
  }

  var document: Int
  var line: Int
  var text: String
  var words: [Word]
  /// Whether the sentence is a headline or a caption: no full stop at the
  /// end and at least three content words in four capitalised. Its capitals
  /// say nothing about names.
  var isTitleCase: Bool

  /// The text between the start of word `from` and the end of word `to`
  /// (inclusive), as written.
  func text(from: Int, to: Int) -> String {
    let utf8 = Array(text.utf8)
    return String(decoding: utf8[words[from].range.lowerBound..<words[to].range.upperBound], as: UTF8.self)
  }

  /// Whether the word at `index` stands where English capitalises any word:
  /// first in the sentence, after a colon ("GT: Kazakhstan is") or after a
  /// full stop the segmenter kept inside the sentence, or in a title-case line.
  func isUninformative(_ index: Int) -> Bool {
    isTitleCase || index == 0 || words[index].gapBefore.contains(where: { ":.!?•»\"“«".contains($0) })
  }
}

/// Words found in a sentence: a name or a phrase.
struct FoundSpan {
  /// The index of the sentence.
  var sentence: Int
  /// Its first and last word.
  var words: ClosedRange<Int>
  /// As written, without a possessive ending.
  var text: String
}

/// Splits documents into tokenized sentences, line by line as
/// `OccurrenceFinder` does, so that line numbers agree.
struct SentenceReader {
  private let segmenter: SentenceSegmenter
  private let tokenizer: WordTokenizer

  init() throws(ICUError) {
    segmenter = try SentenceSegmenter(language: .en)
    tokenizer = try WordTokenizer(locale: "en")
  }

  func sentences(of documents: [SourceDocument]) throws(ICUError) -> [TokenizedSentence] {
    var result: [TokenizedSentence] = []
    for (index, document) in documents.enumerated() {
      var lineNumber = 0
      for line in document.text.split(separator: "\n", omittingEmptySubsequences: false) {
        lineNumber += 1
        guard line.contains(where: { !$0.isWhitespace }) else { continue }
        for sentence in try segmenter.sentences(in: String(line)) {
          let words = try self.words(of: sentence.text)
          guard !words.isEmpty else { continue }
          result.append(
            TokenizedSentence(
              document: index, line: lineNumber, text: sentence.text, words: words,
              isTitleCase: Self.isTitleCase(sentence.text, words)))
        }
      }
    }
    return result
  }

  func words(of sentence: String) throws(ICUError) -> [TokenizedSentence.Word] {
    var words: [TokenizedSentence.Word] = []
    var gap = ""
    for token in try tokenizer.tokens(in: sentence) {
      switch token.kind {
      case .word, .number:
        words.append(.init(text: token.text, isNumber: token.kind == .number, gapBefore: gap, range: token.range))
        gap = ""
      case .space, .punctuation:
        gap += token.text
      }
    }
    return words
  }

  /// No final full stop, question or exclamation mark, and two or more
  /// content words, at least three in four of them capitalised.
  static func isTitleCase(_ sentence: String, _ words: [TokenizedSentence.Word]) -> Bool {
    let end = sentence.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’»)] "))
    if let last = end.last, ".!?".contains(last) { return false }
    let content = words.filter { !$0.isNumber && !$0.isHyphenated && !EnglishWords.isOrdinary($0.folded) }
    guard content.count >= 2 else { return false }
    return content.filter(\.isCapitalised).count * 4 >= content.count * 3
  }
}
