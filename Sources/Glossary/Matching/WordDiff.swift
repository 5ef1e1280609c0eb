/// What differs between a memory segment and a query, word by word: the
/// operations that turn the segment's source into the query.
public struct WordDiff: Hashable, Sendable {
  public enum Kind: String, Sendable {
    /// The same words (perhaps in another case or with other quotes).
    case equal
    /// Words of the query that the source lacks.
    case insert
    /// Words of the source that the query lacks.
    case delete
    /// Words of the source that the query has in their place.
    case replace
  }

  public struct Operation: Hashable, Sendable {
    public var kind: Kind
    /// The source's text (empty for `insert`).
    public var source: String
    /// The query's text (empty for `delete`).
    public var query: String
  }

  public var operations: [Operation]

  /// Aligns the tokens of `source` and `query` with a least-cost Levenshtein
  /// alignment and groups it into runs.
  ///
  /// Runs alternate between `equal` and the others, and the white space
  /// between two tokens belongs to the adjacent `equal` run, so joining the
  /// `source` texts of all operations gives back the source (trimmed), and
  /// likewise for the query.
  public init(source: String, query: String, tokenizer: SegmentTokenizer) {
    let a = tokenizer.tokens(in: source)
    let b = tokenizer.tokens(in: query)
    let steps = Self.alignment(a.map(\.key), b.map(\.key))
    // Group the steps into runs of equal and unequal steps, as token ranges.
    var runs: [(equal: Bool, a: Range<Int>, b: Range<Int>)] = []
    var i = 0
    var j = 0
    for step in steps {
      let equal = step == .match
      let (di, dj) =
        switch step {
        case .match, .substitute: (1, 1)
        case .delete: (1, 0)
        case .insert: (0, 1)
        }
      if let last = runs.last, last.equal == equal {
        runs[runs.count - 1].a = last.a.lowerBound..<(i + di)
        runs[runs.count - 1].b = last.b.lowerBound..<(j + dj)
      } else {
        runs.append((equal, i..<(i + di), j..<(j + dj)))
      }
      i += di
      j += dj
    }
    let equal = runs.map(\.equal)
    let sourceTexts = Self.texts(of: runs.map(\.a), equal: equal, tokens: a, in: source)
    let queryTexts = Self.texts(of: runs.map(\.b), equal: equal, tokens: b, in: query)
    operations = runs.indices.map { index in
      let run = runs[index]
      let kind: Kind = run.equal ? .equal : run.a.isEmpty ? .insert : run.b.isEmpty ? .delete : .replace
      return Operation(kind: kind, source: sourceTexts[index], query: queryTexts[index])
    }
  }

  /// The text of each run on one side. The white space between two runs goes
  /// to the first when it is `equal`, else to the second (runs alternate, so
  /// one of two neighbours on a side is always `equal`).
  private static func texts(of runs: [Range<Int>], equal: [Bool], tokens: [MatchToken], in text: String) -> [String] {
    var spans: [Range<Int>?] = runs.map { run in
      run.isEmpty ? nil : tokens[run.lowerBound].range.lowerBound..<tokens[run.upperBound - 1].range.upperBound
    }
    var previous: Int? = nil
    for index in spans.indices {
      guard let span = spans[index] else { continue }
      if let p = previous, let before = spans[p] {
        if equal[p] {
          spans[p] = before.lowerBound..<span.lowerBound
        } else {
          spans[index] = before.upperBound..<span.upperBound
        }
      }
      previous = index
    }
    let bytes = Array(text.utf8)
    return spans.map { $0.map { String(decoding: bytes[$0], as: UTF8.self) } ?? "" }
  }

  enum Step { case match, substitute, delete, insert }

  /// A least-cost alignment of `a` (source) to `b` (query) that, among the
  /// least-cost ones, keeps the most tokens equal, so that a changed word
  /// pairs up with its replacement and a moved word shows as such.
  static func alignment(_ a: [String], _ b: [String]) -> [Step] {
    let n = a.count
    let m = b.count
    // Each cell holds (distance, −matches), compared as a tuple.
    var cost = [Int](repeating: 0, count: (n + 1) * (m + 1))
    var matches = [Int](repeating: 0, count: (n + 1) * (m + 1))
    func index(_ i: Int, _ j: Int) -> Int { i * (m + 1) + j }
    func better(_ c1: Int, _ m1: Int, than c2: Int, _ m2: Int) -> Bool { (c1, -m1) < (c2, -m2) }
    for i in 0...n { cost[index(i, 0)] = i }
    for j in 0...m { cost[index(0, j)] = j }
    if n > 0 && m > 0 {
      for i in 1...n {
        for j in 1...m {
          let equal = a[i - 1] == b[j - 1]
          var bestCost = cost[index(i - 1, j - 1)] + (equal ? 0 : 1)
          var bestMatches = matches[index(i - 1, j - 1)] + (equal ? 1 : 0)
          for (c, k) in [(cost[index(i - 1, j)] + 1, matches[index(i - 1, j)]), (cost[index(i, j - 1)] + 1, matches[index(i, j - 1)])]
          where better(c, k, than: bestCost, bestMatches) {
            bestCost = c
            bestMatches = k
          }
          cost[index(i, j)] = bestCost
          matches[index(i, j)] = bestMatches
        }
      }
    }
    var steps: [Step] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let here = (cost[index(i, j)], matches[index(i, j)])
      if i > 0 && j > 0 {
        let equal = a[i - 1] == b[j - 1]
        let diagonal = (cost[index(i - 1, j - 1)] + (equal ? 0 : 1), matches[index(i - 1, j - 1)] + (equal ? 1 : 0))
        if diagonal == here {
          steps.append(equal ? .match : .substitute)
          i -= 1
          j -= 1
          continue
        }
      }
      if i > 0 && (cost[index(i - 1, j)] + 1, matches[index(i - 1, j)]) == here {
        steps.append(.delete)
        i -= 1
      } else {
        steps.append(.insert)
        j -= 1
      }
    }
    return steps.reversed()
  }
}
