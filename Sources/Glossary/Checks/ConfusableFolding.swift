/// Rewrites a word that mixes scripts into one script, letter by letter, with
/// the look-alikes ICU's confusable skeletons define: Cyrillic "а" → Latin
/// "a", Latin "o" → Cyrillic "о", Cyrillic "Н" → Latin "H" …
///
/// The table is built once from the skeletons of the Latin, Cyrillic and
/// Greek letters, so it says exactly what the spoof checker says.
struct ConfusableFolding: Sendable {
  private let spoofChecker: SpoofChecker
  /// For each target script: a letter's skeleton → the letter of that script
  /// with that skeleton.
  private let letters: [LetterScript: [String: Character]]

  init(spoofChecker: SpoofChecker) {
    self.spoofChecker = spoofChecker
    var letters: [LetterScript: [String: Character]] = [:]
    for (script, ranges) in Self.alphabets {
      var table: [String: Character] = [:]
      for range in ranges {
        for value in range {
          guard let scalar = Unicode.Scalar(value), LetterScript(of: scalar) == script else { continue }
          let skeleton = spoofChecker.skeleton(String(scalar))
          // Keep the first letter for a skeleton: basic letters come first.
          if table[skeleton] == nil { table[skeleton] = Character(scalar) }
        }
      }
      letters[script] = table
    }
    self.letters = letters
  }

  /// The letters each target script may be written with, basic ones first.
  static let alphabets: [(LetterScript, [ClosedRange<UInt32>])] = [
    (.latin, [0x41...0x5A, 0x61...0x7A, 0xC0...0x17F]),
    (.cyrillic, [0x410...0x44F, 0x400...0x40F, 0x450...0x45F, 0x490...0x4FF]),
    (.greek, [0x391...0x3A9, 0x3B1...0x3C9]),
  ]

  /// `word` in one script with the same skeleton, trying `preferred` (the
  /// script most of its letters are in) first; nil when there is none or the
  /// spoof checker finds nothing suspicious in the word.
  func singleScript(_ word: String, preferring preferred: LetterScript) -> String? {
    guard spoofChecker.isSuspicious(word) else { return nil }
    let skeleton = spoofChecker.skeleton(word)
    let targets = [preferred] + [LetterScript.latin, .cyrillic, .greek].filter { $0 != preferred }
    for target in targets {
      guard let table = letters[target] else { continue }
      var result = ""
      var complete = true
      for scalar in word.unicodeScalars {
        guard let script = LetterScript(of: scalar), script != target else {
          result.unicodeScalars.append(scalar)
          continue
        }
        guard let replacement = table[spoofChecker.skeleton(String(scalar))] else {
          complete = false
          break
        }
        result.append(replacement)
      }
      if complete, result != word, spoofChecker.skeleton(result) == skeleton, Set(result.unicodeScalars.compactMap(LetterScript.init(of:))).count == 1 {
        return result
      }
    }
    return nil
  }
}
