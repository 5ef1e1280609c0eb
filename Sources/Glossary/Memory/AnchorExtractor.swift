/// Finds the anchors of sentences: the things a sentence and its translation
/// share whatever their lengths.
///
/// - numbers, as `NumberAnchors` keys ("19.88" ~ "19,88", "$20 billion" ~
///   "20 млрд");
/// - concepts of the term base: an English sentence with one of a concept's
///   English terms (found by `OccurrenceFinder`: case, plurals, possessives)
///   and a Russian or Kazakh sentence with one of its terms in that language
///   (found by `InflectedTermFinder`: inflected forms) share an anchor, so
///   "SCO" attracts "ШОС" and "ШЫҰ-ға";
/// - words a Cyrillic translation keeps in Latin letters: a capitalized
///   source word ("GT", "Global", "CCTV") and the same word in Latin letters
///   in the target;
/// - question marks, exclamation marks and opening brackets, which
///   translations keep: in an interview, a question is translated by a
///   question.
///
/// Anchors are interned as small integers; the same anchor gets the same
/// integer on both sides.
final class AnchorExtractor {
  enum Kind { case number, concept, word, punctuation }

  private var ids: [String: Int] = [:]
  private(set) var kinds: [Kind] = []
  private let sourceLanguage: Language
  private let targetLanguage: Language
  private let englishFinder: OccurrenceFinder?
  private let sourceFinder: InflectedTermFinder?
  private let targetFinder: InflectedTermFinder

  init(concepts: [Concept], sourceLanguage: Language, targetLanguage: Language) throws(ICUError) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    englishFinder = sourceLanguage == .en && !concepts.isEmpty ? try OccurrenceFinder(concepts: concepts) : nil
    sourceFinder = sourceLanguage == .en ? nil : InflectedTermFinder(concepts: concepts, language: sourceLanguage)
    targetFinder = InflectedTermFinder(concepts: concepts, language: targetLanguage)
  }

  /// The anchors of a source sentence (an anchor may occur twice).
  func sourceAnchors(_ sentence: String) throws(ICUError) -> [Int] {
    let concepts =
      if let englishFinder { try englishFinder.matches(in: sentence).map(\.0) } else {
        sourceFinder?.concepts(in: sentence) ?? []
      }
    return anchors(sentence, language: sourceLanguage, concepts: concepts)
      + words(in: sentence, keeping: { $0.contains(where: \.isUppercase) })
  }

  /// The anchors of a target sentence.
  func targetAnchors(_ sentence: String) -> [Int] {
    anchors(sentence, language: targetLanguage, concepts: targetFinder.concepts(in: sentence))
      + words(in: sentence, keeping: { Script.dominant(in: $0) == .latin })
  }

  /// Anchors for the Latin-letter words of a sentence that `keep` accepts,
  /// when the other side is written in another script.
  private func words(in sentence: String, keeping keep: (Substring) -> Bool) -> [Int] {
    guard (sourceLanguage == .en) != (targetLanguage == .en) else { return [] }
    var result: [Int] = []
    for word in InflectedTermFinder.words(in: sentence) where word.count >= 2 && keep(word) {
      guard word.unicodeScalars.allSatisfy({ $0.value < 0x80 }), word.contains(where: \.isLetter) else { continue }
      result.append(id("w" + word.lowercased(), .word))
    }
    return result
  }

  private func anchors(_ sentence: String, language: Language, concepts: [Int]) -> [Int] {
    var result = NumberAnchors.keys(in: sentence, language: language).map { id("n" + $0, .number) }
    for character in sentence where character == "?" || character == "!" || character == "(" {
      result.append(id("p" + String(character), .punctuation))
    }
    var seen: Set<Int> = []
    for concept in concepts where seen.insert(concept).inserted { result.append(id("c\(concept)", .concept)) }
    return result
  }

  private func id(_ key: String, _ kind: Kind) -> Int {
    if let id = ids[key] { return id }
    ids[key] = kinds.count
    kinds.append(kind)
    return kinds.count - 1
  }
}
