import Foundation

/// Finds names explained by a gloss in parentheses: "the Nurly Zhol (Bright
/// Path)", where the name is foreign and the gloss its English meaning.
///
/// The name is a proper name (`ProperNameFinder`) right before the
/// parenthesis; the gloss is one to four words, capitalised except for
/// connectors ("Bright Path", "Land of Fire"). Not glosses: an acronym
/// ("(BRI)", left to `AcronymDefinitionMatcher`), a short name made of the
/// name's own words ("Zhang Xiao (Zhang)"), or a description in lowercase
/// ("Bishkek (capital of Kyrgyzstan)").
enum GlossMatcher {
  struct Found {
    var name: String
    var gloss: String
  }

  /// The gloss that follows the name ending at byte `nameEnd` of `sentence`.
  static func gloss(after name: String, nameEnd: Int, in sentence: String) -> Found? {
    let rest = String(decoding: Array(sentence.utf8)[nameEnd...], as: UTF8.self)
    guard let open = rest.firstIndex(where: { !$0.isWhitespace }), rest[open] == "(",
      let close = rest[open...].firstIndex(of: ")")
    else { return nil }
    let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
    let words = inside.split(separator: " ").map(String.init)
    guard (1...4).contains(words.count), let first = words.first, let last = words.last,
      first.first?.isUppercase == true, last.first?.isUppercase == true,
      words.allSatisfy({ $0.first?.isUppercase == true || EnglishWords.connectors.contains($0) }),
      words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } })
    else { return nil }
    if words.count == 1 && AcronymDefinitionMatcher.isShortForm(first) && first == first.uppercased() { return nil }
    let nameWords = Set(name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }))
    guard !words.contains(where: { nameWords.contains($0.lowercased()[...]) }) else { return nil }
    return Found(name: name, gloss: inside)
  }
}
