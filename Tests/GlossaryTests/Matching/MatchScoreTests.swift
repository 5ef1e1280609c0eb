import Testing
@testable import Glossary

@Suite struct MatchScoreTests {
  let tokenizer = try! SegmentTokenizer()

  /// Scores `query` against `source` as the memory does.
  func score(_ source: String, _ query: String) -> Int {
    let a = tokenizer.keys(in: source)
    let b = tokenizer.keys(in: query)
    var ids: [String: UInt32] = [:]
    func id(_ key: String) -> UInt32 {
      if let id = ids[key] { return id }
      ids[key] = UInt32(ids.count + 1)
      return ids[key]!
    }
    let distance = TokenDistance.distance(a.map(id), b.map(id))
    return MatchScore.score(
      distance: distance, queryLength: b.count, candidateLength: a.count,
      identical: MatchScore.comparableText(source) == MatchScore.comparableText(query))
  }

  @Test func theSeedSentenceScoresInTheEighties() {
    // 22 tokens, 3 substituted: 100 × 19 / 22 = 86.4.
    let seed = "Last year, bilateral trade reached $19.88 billion, and this year it is expected to cross $20 billion."
    let query = "Last year, bilateral trade reached $21.3 billion, and this year it is expected to exceed $22 billion."
    #expect(score(seed, query) == 86)
    let diff = WordDiff(source: seed, query: query, tokenizer: tokenizer)
    let changes = diff.operations.filter { $0.kind != .equal }
    #expect(changes.map(\.kind) == [.replace, .replace, .replace])
    #expect(changes.map(\.source) == ["19.88", "cross", "20"])
    #expect(changes.map(\.query) == ["21.3", "exceed", "22"])
  }

  @Test(arguments: [
    // Identical text, and white space runs, score 100.
    ("Open the file.", "Open the file.", 100),
    ("Open the  file.", " Open the file. ", 100),
    // The same tokens written differently score 99.
    ("Open the file.", "open the FILE.", 99),
    ("Open the file .", "Open the file.", 99),
    ("Say “hello”", "Say \"hello\"", 99),
    // One of 4 tokens replaced: 100 × 3 / 4.
    ("Open the file.", "Open a file.", 75),
    // One token inserted into 4: 100 × 4 / 5.
    ("Open the file.", "Open the new file.", 80),
    // Two of 10 tokens changed.
    // Two of 9 tokens replaced: 100 × 7 / 9 = 77.8.
    ("Could not open the file %s for reading.", "Could not open the folder %s for writing.", 77),
    ("Save", "Load", 0),
  ])
  func pinnedScores(source: String, query: String, expected: Int) {
    #expect(score(source, query) == expected)
  }

  @Test func theBoundsAreExactForEveryLength() {
    // score ≥ minimum exactly when the distance is within maximumDistance,
    // and lengths outside the window can never reach the minimum.
    var failures: [String] = []
    for minimum in [1, 50, 70, 75, 86, 99, 100] {
      for n in 1...40 {
        let window = MatchScore.lengthWindow(queryLength: n, minimum: minimum)
        for m in 1...120 {
          let bound = MatchScore.maximumDistance(queryLength: n, candidateLength: m, minimum: minimum)
          for d in max(1, abs(n - m))...max(n, m) {
            let reaches = MatchScore.score(distance: d, queryLength: n, candidateLength: m, identical: false) >= minimum
            if reaches != (d <= bound) { failures.append("distance: n \(n) m \(m) d \(d) minimum \(minimum)") }
          }
          let reachable = n == m || MatchScore.bestPossible(queryLength: n, candidateLength: m) >= minimum
          if window.contains(m) != reachable { failures.append("window: n \(n) m \(m) minimum \(minimum)") }
          let lost = MatchScore.maximumLostPositions(queryLength: n, candidateLength: m, minimum: minimum)
          if window.contains(m) && !(0..<n).contains(lost) { failures.append("lost: n \(n) m \(m) minimum \(minimum)") }
        }
      }
    }
    #expect(failures == [])
  }

  @Test func characterSimilarityBreaksTies() {
    #expect(MatchScore.characterSimilarity("Open File", "Open File") == 10000)
    #expect(MatchScore.characterSimilarity("Open File", "open file") == 7777)
    #expect(
      MatchScore.characterSimilarity("Open the file", "Open a file")
        < MatchScore.characterSimilarity("Open the file", "Open thy file"))
  }
}
