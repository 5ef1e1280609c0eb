/// An acronym defined in the text, with its long form.
public struct AcronymDefinition: Hashable, Sendable {
  public enum Order: String, Sendable {
    /// "Belt and Road Initiative (BRI)"
    case longFormFirst
    /// "SCO (Shanghai Cooperation Organisation)"
    case shortFormFirst
  }

  public var shortForm: String
  public var longForm: String
  public var order: Order
}

/// Finds acronym definitions in a sentence with the algorithm of Schwartz and
/// Hearst ("A simple algorithm for identifying abbreviation definitions in
/// biomedical text", PSB 2003), in both orders.
///
/// 1. Each parenthesis gives a pair: the short form is the text inside
///    (up to a ", " or "; ") and the long form candidate the text before it.
///    When the text inside has more than two words, or is longer than the
///    text before, the order is reversed: the short form is the last word
///    before the parenthesis and the long form is inside.
/// 2. A short form has 2 to 10 characters, starts with a letter or digit, and
///    has a letter and at least one capital (the capital is our addition: it
///    keeps "(cf)" and "(and)" out).
/// 3. The long form has at most min(|SF| + 5, 2·|SF|) words, |SF| counting the
///    short form's letters and digits (hyphens separate words).
/// 4. The characters of the short form are matched from right to left against
///    the long form, case-insensitively, each to the left of the previous one;
///    the first character must start a word. The long form starts at the word
///    holding that first match.
/// 5. It is rejected if it is not longer than the short form, or contains the
///    short form as a word (a short name, as in "Zhang Xiao (Zhang)").
///
/// One refinement: when the last word of the long form does not begin with
/// the short-form character matched in it ("Global Times reporters (GT)",
/// where the t of "reporters" was matched), the match is tried again without
/// that word, and kept if it still succeeds ("Global Times").
/// "Shanghai Cooperation Organisation (SCO)" keeps its last word, which
/// begins with o.
public enum AcronymDefinitionMatcher {
  /// The definitions in `sentence`, in text order.
  public static func definitions(in sentence: String) -> [AcronymDefinition] {
    let characters = Array(sentence)
    var result: [AcronymDefinition] = []
    var segmentStart = 0
    var index = 0
    while index < characters.count {
      guard characters[index] == "(" else {
        index += 1
        continue
      }
      guard let close = characters[(index + 1)...].firstIndex(of: ")") else { break }
      let before = String(characters[segmentStart..<index]).trimmingCharacters(in: .whitespaces)
      var inside = String(characters[(index + 1)..<close]).trimmingCharacters(in: .whitespaces)
      if let cut = [", ", "; "].compactMap({ inside.range(of: $0)?.lowerBound }).min() {
        inside = String(inside[..<cut])
      }
      if let definition = pair(before: before, inside: inside) { result.append(definition) }
      segmentStart = close + 1
      index = close + 1
    }
    return result
  }

  /// The definition made by a parenthesis, if any.
  static func pair(before: String, inside: String) -> AcronymDefinition? {
    guard !inside.isEmpty, !before.isEmpty else { return nil }
    let insideWords = words(inside)
    if insideWords.count > 2 || inside.count > before.count {
      guard let last = before.split(separator: " ").last else { return nil }
      let shortForm = String(last).trimmingCharacters(in: trailingPunctuation)
      guard isShortForm(shortForm), let longForm = longForm(for: shortForm, in: inside) else { return nil }
      return AcronymDefinition(shortForm: shortForm, longForm: longForm, order: .shortFormFirst)
    }
    guard isShortForm(inside), let longForm = longForm(for: inside, in: before) else { return nil }
    return AcronymDefinition(shortForm: inside, longForm: longForm, order: .longFormFirst)
  }

  /// Whether `text` can be a short form (rule 2).
  public static func isShortForm(_ text: String) -> Bool {
    guard (2...10).contains(text.count), let first = text.first, first.isLetter || first.isNumber else {
      return false
    }
    return text.contains(where: \.isLetter) && text.contains(where: \.isUppercase)
      && !text.contains(where: \.isWhitespace)
  }

  /// The long form of `shortForm` at the end of `text` (rules 3 to 5).
  public static func longForm(for shortForm: String, in text: String) -> String? {
    let size = shortForm.filter { $0.isLetter || $0.isNumber }.count
    let window = min(size + 5, 2 * size)
    var candidate = lastWords(window, of: text)
    guard var match = match(shortForm, in: candidate) else { return nil }
    // The refinement: drop a trailing word that only lends inner letters.
    while !match.lastWordBeginsWithItsMatch, let shorter = dropLastWord(candidate),
      let retry = Self.match(shortForm, in: shorter)
    {
      candidate = shorter
      match = retry
    }
    let longForm = match.longForm.trimmingCharacters(in: trailingPunctuation)
    guard longForm.count > shortForm.count, words(longForm).count <= window,
      !words(longForm).contains(shortForm)
    else { return nil }
    return longForm
  }

  struct Match {
    var longForm: String
    /// Whether the last word begins with the leftmost character matched in
    /// it (false when nothing was matched in it).
    var lastWordBeginsWithItsMatch: Bool
  }

  /// Rule 4: the right-to-left character match.
  static func match(_ shortForm: String, in text: String) -> Match? {
    let short = Array(shortForm.lowercased())
    let long = Array(text)
    let lower = long.map { Character($0.lowercased()) }
    let lastWordStart = (long.lastIndex(where: isSeparator) ?? -1) + 1
    var leftmostInLastWord: Character?
    var l = long.count - 1
    var s = short.count - 1
    while s >= 0 {
      let c = short[s]
      guard c.isLetter || c.isNumber else {
        s -= 1
        continue
      }
      while l >= 0 && (lower[l] != c || (s == 0 && l > 0 && (long[l - 1].isLetter || long[l - 1].isNumber))) {
        l -= 1
      }
      guard l >= 0 else { return nil }
      if l >= lastWordStart { leftmostInLastWord = c }
      l -= 1
      s -= 1
    }
    let start = (long[...max(l, 0)].lastIndex(of: " ").map { $0 + 1 }) ?? 0
    let beginsWithMatch = lastWordStart < lower.count && leftmostInLastWord == lower[lastWordStart]
    return Match(longForm: String(long[(l < 0 ? 0 : start)...]), lastWordBeginsWithItsMatch: beginsWithMatch)
  }

  static func isSeparator(_ c: Character) -> Bool { c == " " || c == "-" }

  /// The words of `text`, split at spaces and hyphens.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: isSeparator).map(String.init)
  }

  /// The last `count` words of `text` (hyphenated parts counting one each),
  /// as written.
  static func lastWords(_ count: Int, of text: String) -> String {
    let characters = Array(text)
    var seen = 0
    var index = characters.count
    var inWord = false
    while index > 0 {
      let c = characters[index - 1]
      if isSeparator(c) {
        if inWord {
          seen += 1
          if seen == count { break }
        }
        inWord = false
      } else {
        inWord = true
      }
      index -= 1
    }
    return String(characters[index...]).trimmingCharacters(in: .whitespaces)
  }

  static func dropLastWord(_ text: String) -> String? {
    guard let space = text.lastIndex(of: " ") else { return nil }
    let rest = text[..<space].trimmingCharacters(in: .whitespaces)
    return rest.isEmpty ? nil : rest
  }

  static let trailingPunctuation = CharacterSet(charactersIn: ".,;:!?\"'“”«»’‘")
}

import Foundation
