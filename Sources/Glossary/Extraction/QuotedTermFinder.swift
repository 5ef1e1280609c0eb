/// Finds short stretches the author put in quotation marks: «...», “...”,
/// „...“, "..." and '...' ("the "Shanghai Spirit"", 'Global South').
///
/// Straight quotes open only after a space, a bracket or the start of the
/// text and before a letter, and close only before a space, punctuation or
/// the end, so apostrophes ("China's", "countries' concerns") are not
/// quotes. A quoted term has one to six words and a letter, does not start
/// or end with a function word (that is quoted speech), and loses the
/// punctuation English puts inside the closing quote ("Shanghai Spirit,").
enum QuotedTermFinder {
  static let pairs: [Character: Set<Character>] = [
    "«": ["»"], "“": ["”", "„"], "„": ["“", "”"], "\"": ["\""], "'": ["'", "’"], "‘": ["’"],
  ]

  static func terms(in sentence: String) -> [String] {
    let characters = Array(sentence)
    var result: [String] = []
    var index = 0
    while index < characters.count {
      let c = characters[index]
      guard let closers = pairs[c], opens(at: index, characters) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count && !(closers.contains(characters[end]) && closes(at: end, characters)) {
        end += 1
      }
      guard end < characters.count else { break }
      if let term = accepted(String(characters[(index + 1)..<end])) { result.append(term) }
      index = end + 1
    }
    return result
  }

  static func opens(at index: Int, _ characters: [Character]) -> Bool {
    guard characters[index] == "\"" || characters[index] == "'" else { return true }
    let before = index == 0 ? " " : characters[index - 1]
    let after = index + 1 < characters.count ? characters[index + 1] : " "
    return (before.isWhitespace || "([{–—-".contains(before)) && (after.isLetter || after.isNumber)
  }

  static func closes(at index: Int, _ characters: [Character]) -> Bool {
    guard characters[index] == "\"" || characters[index] == "'" || characters[index] == "’" else { return true }
    let before = characters[index - 1]
    let after = index + 1 < characters.count ? characters[index + 1] : " "
    return !before.isWhitespace && (after.isWhitespace || after.isPunctuation)
  }

  static func accepted(_ quoted: String) -> String? {
    let text = quoted.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: closingPunctuation)
    let words = text.split(separator: " ")
    guard (1...6).contains(words.count), text.contains(where: \.isLetter),
      let first = words.first, let last = words.last,
      !EnglishWords.functionWords.contains(first.lowercased()), !EnglishWords.functionWords.contains(last.lowercased())
    else { return nil }
    return text
  }

  static let closingPunctuation = CharacterSet(charactersIn: ".,;:!?")
}

import Foundation
