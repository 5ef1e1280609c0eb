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
/// integer on both sides. One extractor serves every target language, and
/// keeps the anchors of the source sentences it has seen, so a text aligned
/// with two translations is searched for terms once.
final class AnchorExtractor {
  enum Kind { case number, concept, word, punctuation }

  private var ids: [String: Int] = [:]
  private(set) var kinds: [Kind] = []
  let sourceLanguage: Language
  private let concepts: [Concept]
  private let englishFinder: OccurrenceFinder?
  private var finders: [Language: InflectedTermFinder] = [:]
  private var sourceCache: [String: [Int]] = [:]

  init(concepts: [Concept], sourceLanguage: Language) throws(ICUError) {
    self.sourceLanguage = sourceLanguage
    self.concepts = concepts
    englishFinder = sourceLanguage == .en && !concepts.isEmpty ? try OccurrenceFinder(concepts: concepts) : nil
  }

  /// The anchors of a source sentence (an anchor may occur twice).
  func sourceAnchors(_ sentence: String) throws(ICUError) -> [Int] {
    if let cached = sourceCache[sentence] { return cached }
    let concepts =
      if let englishFinder { try englishFinder.matches(in: sentence).map(\.0) } else {
        finder(for: sourceLanguage).concepts(in: sentence)
      }
    let result = anchors(sentence, language: sourceLanguage, concepts: concepts)
      + latinWords(in: sentence, capitalized: true, otherLanguage: nil)
    sourceCache[sentence] = result
    return result
  }

  /// The anchors of a target sentence in `language`.
  func targetAnchors(_ sentence: String, language: Language) -> [Int] {
    anchors(sentence, language: language, concepts: finder(for: language).concepts(in: sentence))
      + latinWords(in: sentence, capitalized: false, otherLanguage: language)
  }

  private func finder(for language: Language) -> InflectedTermFinder {
    if let finder = finders[language] { return finder }
    let finder = InflectedTermFinder(concepts: concepts, language: language)
    finders[language] = finder
    return finder
  }

  /// Anchors for the words of a sentence in plain ASCII letters (with an
  /// uppercase letter if `capitalized`): the names and acronyms an English
  /// source shares with a Russian or Kazakh translation that keeps them in
  /// Latin letters. `otherLanguage` is the target's language, nil for a
  /// source sentence.
  private func latinWords(in sentence: String, capitalized: Bool, otherLanguage: Language?) -> [Int] {
    guard sourceLanguage == .en, otherLanguage != .en else { return [] }
    var result: [Int] = []
    for word in InflectedTermFinder.words(in: sentence) where word.utf8.count >= 2 {
      guard word.utf8.allSatisfy({ $0 < 0x80 }), word.utf8.contains(where: { $0 >= 0x41 }) else { continue }
      if capitalized && !word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { continue }
      result.append(id("w" + word.lowercased(), .word))
    }
    return result
  }

  private func anchors(_ sentence: String, language: Language, concepts: [Int]) -> [Int] {
    var result = NumberAnchors.keys(in: sentence, language: language).map { id("n" + $0, .number) }
    for byte in sentence.utf8 where byte == 0x3F || byte == 0x21 || byte == 0x28 {  // ? ! (
      result.append(id(byte == 0x3F ? "p?" : byte == 0x21 ? "p!" : "p(", .punctuation))
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
