/// What the whole corpus says about each word's capitals, so that a
/// capitalised word at the start of a sentence can be told from a name
/// without a dictionary.
///
/// A word is *evidenced* as a name when it is capitalised where English
/// would not capitalise an ordinary word (inside a sentence that is not a
/// headline), or is an acronym ("VCG") outside an all-capitals line. A word is *common* when it is an ordinary English word
/// (`EnglishWords`), appears in lowercase somewhere in the corpus, or is an
/// adverb in -ly whose stem is a word of the corpus ("Currently" with
/// "current"). At the start of a sentence, a capitalised word counts as part
/// of a name only if it is evidenced or not common: "Currently", "Besides",
/// "Therefore" and "Today" never are, "Kazakhstan" always is.
struct CapitalisationProfile {
  private(set) var lowercase: Set<String> = []
  private(set) var evidenced: Set<String> = []

  init(_ sentences: [TokenizedSentence]) {
    for sentence in sentences {
      let isShouting = sentence.words.allSatisfy { $0.isNumber || $0.isAcronym }
      for (index, word) in sentence.words.enumerated() where !word.isNumber {
        if word.isCapitalised {
          if !sentence.isUninformative(index) || (word.isAcronym && !isShouting) { evidenced.insert(word.folded) }
        } else {
          lowercase.insert(word.folded)
        }
      }
    }
  }

  /// Capitalised at least once where ordinary words are not.
  func isEvidenced(_ folded: String) -> Bool { evidenced.contains(folded) }

  /// An ordinary English word, or one the corpus writes in lowercase.
  func isCommon(_ folded: String) -> Bool {
    EnglishWords.isOrdinary(folded) || EnglishWords.calendarWords.contains(folded) || lowercase.contains(folded)
      || isAdverb(folded)
  }

  /// An adverb in -ly formed from a word of the corpus: "jointly" (joint),
  /// "steadily" (steady), "basically" (basic). "Family" and "supply" are not,
  /// since "fami" and "supp" are not words.
  func isAdverb(_ folded: String) -> Bool {
    guard folded.count > 4, folded.hasSuffix("ly") else { return false }
    let stem = String(folded.dropLast(2))
    var stems = [stem]
    if folded.hasSuffix("ily") { stems.append(String(folded.dropLast(3)) + "y") }
    if folded.hasSuffix("ally") { stems.append(String(folded.dropLast(4))) }
    if folded.hasSuffix("bly") { stems.append(String(folded.dropLast(1)) + "e") }
    return stems.contains { lowercase.contains($0) || evidenced.contains($0) }
  }
}
