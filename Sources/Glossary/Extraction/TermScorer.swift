import Foundation

/// Termhood scores, after the C-value of Frantzi, Ananiadou and Mima
/// ("Automatic recognition of multi-word terms: the C-value/NC-value
/// method", 2000), weighted by the kind of evidence:
///
///     C(a) = log2(|a| + 1) · f(a)                        if a is in no longer candidate
///     C(a) = log2(|a| + 1) · (f(a) − mean f(b), b ⊃ a)    otherwise
///
/// |a| is the number of words (plus one, so that single words score), f the
/// number of sentences a occurs in, and b ⊃ a the longer candidates that
/// contain a's words. A phrase only ever seen inside longer ones
/// (C ≤ 0) is not a term on its own. The score is C times a weight for the
/// evidence: 3 for a defined acronym or a gloss, 2 for quotation marks or
/// capitals (a name), 1 for a phrase. So a name seen once ranks with a phrase
/// seen twice: capitals are evidence that recurrence must make up for.
enum TermScorer {
  static func weight(_ kind: TermCandidate.Kind) -> Double {
    switch kind {
    case .acronym, .gloss: 3
    case .quoted, .name: 2
    case .phrase: 1
    }
  }

  /// C-values of candidates given as (key, word count, frequency).
  static func cValues(_ candidates: [(key: String, words: Int, frequency: Int)]) -> [Double] {
    let padded = candidates.map { " \($0.key) " }
    // Index longer candidates by each of their words, to find containers fast.
    var byWord: [Substring: [Int]] = [:]
    for (index, candidate) in candidates.enumerated() {
      for word in Set(candidate.key.split(separator: " ")) { byWord[word, default: []].append(index) }
    }
    return candidates.enumerated().map { index, candidate in
      let firstWord = candidate.key.split(separator: " ").first ?? ""
      let containers = (byWord[firstWord] ?? []).filter { other in
        other != index && candidates[other].words > candidate.words && padded[other].contains(padded[index])
      }
      let nested = containers.isEmpty
        ? 0 : Double(containers.reduce(0) { $0 + candidates[$1].frequency }) / Double(containers.count)
      return log2(Double(candidate.words) + 1) * (Double(candidate.frequency) - nested)
    }
  }
}
