import Foundation
import Testing
@testable import Glossary

/// The index filter is lossless: for every query, threshold, limit and
/// target the index returns exactly what scoring every segment returns.
@Suite struct FuzzyMatcherTests {

  /// Words with a skewed frequency, placeholders and punctuation, as in
  /// software messages: a few tokens are in most segments.
  static let vocabulary =
    ["%s", "the", ":", "%s", ".", "file", "%d", "not", "could", "open", "{0}", "of", "in", ",", "a", "to"]
    + (0..<120).map { "w\($0)" }

  static func words(_ count: Int, _ random: inout SeededGenerator) -> [String] {
    (0..<count).map { _ in
      let skewed = Int(pow(Double.random(in: 0..<1, using: &random), 2.5) * Double(vocabulary.count))
      return vocabulary[min(skewed, vocabulary.count - 1)]
    }
  }

  static func edited(_ words: [String], edits: Int, _ random: inout SeededGenerator) -> [String] {
    var words = words
    for _ in 0..<edits {
      let position = Int.random(in: 0...words.count, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0 where position < words.count: words.remove(at: position)
      case 1 where position < words.count: words[position] = Self.words(1, &random)[0]
      default: words.insert(Self.words(1, &random)[0], at: position)
      }
    }
    return words.isEmpty ? ["x"] : words
  }

  @Test func indexedResultsEqualTheExhaustiveScan() throws {
    var random = SeededGenerator(state: 20_240_601)
    let scratch = try ScratchMemory()
    var sources: [[String]] = []
    for _ in 0..<400 { sources.append(Self.words(Int.random(in: 1...24, using: &random), &random)) }
    for _ in 0..<600 {
      let base = sources[Int.random(in: 0..<sources.count, using: &random)]
      sources.append(Self.edited(base, edits: Int.random(in: 1...4, using: &random), &random))
    }
    // Two batches: the second one extends the index in place.
    for batch in [sources[..<700], sources[700...]] {
      _ = try scratch.memory.add(
        batch.enumerated().map { (i, words) in
          ScratchMemory.unit(words.joined(separator: " "), ru: "ru \(i)", kk: i % 3 == 0 ? "kk \(i)" : nil)
        })
    }
    var queries: [String] = []
    for _ in 0..<40 {
      let base = sources[Int.random(in: 0..<sources.count, using: &random)]
      queries.append(Self.edited(base, edits: Int.random(in: 0...5, using: &random), &random).joined(separator: " "))
    }
    queries.append(Self.words(30, &random).joined(separator: " "))
    queries.append("%s %s %s %s")
    queries.append("never seen words only")
    var compared = 0
    try scratch.memory.withMatcher { matcher in
      for query in queries {
        for (minimum, limit, target) in [(30, 1000, nil), (60, 3, nil), (75, 5, Language.kk), (90, 1000, nil), (100, 5, nil)]
        {
          var options = MatchOptions(minimum: minimum, limit: limit, target: target)
          let indexed = try matcher.match(query, options: options)
          options.exhaustive = true
          let exhaustive = try matcher.match(query, options: options)
          #expect(
            indexed.map { [$0.unit.id, Int64($0.score)] } == exhaustive.map { [$0.unit.id, Int64($0.score)] },
            "query '\(query)' minimum \(minimum) limit \(limit)")
          compared += exhaustive.count
        }
      }
    }
    #expect(compared > 300, "the comparison covers many matches")
  }
}
