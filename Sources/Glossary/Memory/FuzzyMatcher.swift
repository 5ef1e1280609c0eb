/// What `tm match` asks for.
public struct MatchOptions: Sendable {
  /// The lowest score returned, 1...100.
  public var minimum: Int
  /// The most matches returned.
  public var limit: Int
  /// Only units with a translation into this language.
  public var target: Language?
  /// Score every segment instead of using the index (for recall checks).
  public var exhaustive: Bool

  public init(minimum: Int = 70, limit: Int = 5, target: Language? = nil, exhaustive: Bool = false) {
    self.minimum = minimum
    self.limit = limit
    self.target = target
    self.exhaustive = exhaustive
  }
}

/// A memory segment close to a query.
public struct MemoryMatch: Sendable {
  /// The CAT-style score (see `MatchScore`).
  public var score: Int
  /// Character-level similarity in hundredths of a percent, the tie-break.
  public var similarity: Int
  public var unit: StoredUnit
  /// What differs between the unit's source and the query.
  public var diff: WordDiff
}

/// Finds the memory segments closest to a query, best first.
///
/// Candidates come from the token index, and the filter never loses a
/// segment that could score at least the threshold (`MatchScore` proves the
/// bounds). For each admissible length m, nearest the query's first:
///
/// 1. Prefix filter: a segment within the allowed distance keeps all but at
///    most `lost` of the query's token positions, so it contains a token of
///    any `lost + 1` positions; the rarest ones (by document frequency; a
///    token no segment has is rarest of all and costs nothing) give the
///    candidates, read from posting lists clustered by token and length.
/// 2. Count filter: while many candidates remain, the next rarest positions'
///    lists are read too; after s positions a candidate must hold tokens of
///    at least s − lost of them.
/// 3. Verification: a banded edit distance bounded by the allowed distance,
///    most promising candidates first, into a top-N list whose worst score
///    raises the threshold (and so tightens every bound) once it is full.
///
/// Results are ordered by score, then character similarity, then unit id,
/// so the exhaustive scan (`MatchOptions.exhaustive`), which scores every
/// segment with the same code, returns exactly the same list.
public final class FuzzyMatcher {
  /// Candidates of one length that justify reading another list to prune them.
  static let pruneAbove = 32
  /// Segments fetched in one go for verification.
  static let segmentBatch = 64

  let reader: any MemoryReader
  let tokenizer: SegmentTokenizer

  init(reader: any MemoryReader, tokenizer: SegmentTokenizer) {
    self.reader = reader
    self.tokenizer = tokenizer
  }

  /// The best matches for `query`.
  public func match(_ query: String, options: MatchOptions) throws -> [MemoryMatch] {
    let keys = tokenizer.keys(in: query)
    guard !keys.isEmpty else { return [] }
    let postingKeys = SegmentTokenizer.postingKeys(keys)
    var distinct: [String: Int] = [:]
    var lookup: [String] = []
    for key in keys + postingKeys where distinct[key] == nil {
      distinct[key] = lookup.count
      lookup.append(key)
    }
    let known = try reader.tokens(forKeys: lookup)
    // Token ids start at 1, so 0 stands for a token no segment has.
    func token(_ key: String) -> MemoryToken { known[distinct[key]!] ?? MemoryToken(id: 0, frequency: 0) }
    var ranking = Ranking(query: query, tokens: keys.map { token($0).id }, options: options, reader: reader)
    if options.exhaustive {
      try reader.forEachSegment { try ranking.consider($0) }
    } else {
      try searchIndex(&ranking, positions: postingKeys.map(token))
    }
    let units = try reader.units(ranking.entries.map { Int64($0.unit) })
    return zip(ranking.entries, units).map { (entry, unit) in
      MemoryMatch(
        score: entry.score, similarity: entry.similarity, unit: unit,
        diff: WordDiff(source: unit.unit.source, query: query, tokenizer: tokenizer))
    }
  }

  /// - Parameter positions: the posting key of each query position (its
  ///   token and occurrence; see `SegmentTokenizer.postingKeys`).
  private func searchIndex(_ ranking: inout Ranking, positions: [MemoryToken]) throws {
    let tokens = positions.map(\.id)
    let n = tokens.count
    // Rarest first; a token's later occurrences are rarer than its earlier
    // ones, so for each token the highest occurrences come first, which is
    // what makes any prefix of this order a valid filter.
    let rarest = (0..<n).sorted { (positions[$0].frequency, -$0) < (positions[$1].frequency, -$1) }
    let window = MatchScore.lengthWindow(queryLength: n, minimum: ranking.minimum)
    for m in window.sorted(by: { (abs($0 - n), $0) < (abs($1 - n), $1) }) {
      let threshold = ranking.threshold
      guard MatchScore.lengthWindow(queryLength: n, minimum: threshold).contains(m) else { continue }
      let lost = MatchScore.maximumLostPositions(queryLength: n, candidateLength: m, minimum: threshold)
      var lists: [UInt32: [UInt32]] = [:]
      func postings(_ token: UInt32) throws -> [UInt32] {
        if let list = lists[token] { return list }
        let list = try reader.postings(token: token, length: m)
        lists[token] = list
        return list
      }
      var candidates: [Candidate] = []
      for position in rarest.prefix(lost + 1) where tokens[position] != 0 {
        candidates = Candidate.union(candidates, try postings(tokens[position]))
      }
      var read = lost + 1
      while candidates.count > Self.pruneAbove && read < n {
        let token = tokens[rarest[read]]
        read += 1
        if token != 0 { Candidate.count(&candidates, in: try postings(token)) }
        let needed = Int32(read - lost)
        candidates.removeAll { $0.count < needed }
      }
      candidates.sort { ($0.count, $1.unit) > ($1.count, $0.unit) }
      var next = 0
      while next < candidates.count {
        // A risen threshold loses fewer positions: drop who cannot make it.
        let threshold = ranking.threshold
        guard MatchScore.lengthWindow(queryLength: n, minimum: threshold).contains(m) else { break }
        let needed = read - MatchScore.maximumLostPositions(queryLength: n, candidateLength: m, minimum: threshold)
        let batch = candidates[next..<min(next + Self.segmentBatch, candidates.count)].prefix { $0.count >= needed }
        if batch.isEmpty { break }
        for segment in try reader.segments(batch.map(\.unit)) { try ranking.consider(segment) }
        next += batch.count
      }
    }
  }
}

/// A unit sharing tokens with the query, and how many of the query positions
/// read so far its source has a token of.
struct Candidate {
  var unit: UInt32
  var count: Int32

  /// `candidates` (by unit) with every unit of `list` (ascending) counted once more.
  static func union(_ candidates: [Candidate], _ list: [UInt32]) -> [Candidate] {
    var result: [Candidate] = []
    result.reserveCapacity(candidates.count + list.count)
    var i = 0
    var j = 0
    while i < candidates.count || j < list.count {
      if j == list.count || (i < candidates.count && candidates[i].unit < list[j]) {
        result.append(candidates[i])
        i += 1
      } else if i == candidates.count || list[j] < candidates[i].unit {
        result.append(Candidate(unit: list[j], count: 1))
        j += 1
      } else {
        result.append(Candidate(unit: list[j], count: candidates[i].count + 1))
        i += 1
        j += 1
      }
    }
    return result
  }

  /// Counts the candidates that `list` (ascending) holds, without adding any.
  static func count(_ candidates: inout [Candidate], in list: [UInt32]) {
    guard !list.isEmpty else { return }
    var low = 0
    for index in candidates.indices {
      // Galloping search from the last position: lists are often far longer.
      let unit = candidates[index].unit
      var step = 1
      var high = low
      while high < list.count && list[high] < unit {
        low = high + 1
        high += step
        step *= 2
      }
      high = min(high, list.count)
      while low < high {
        let middle = (low + high) / 2
        if list[middle] < unit { low = middle + 1 } else { high = middle }
      }
      if low < list.count && list[low] == unit { candidates[index].count += 1 }
    }
  }
}

/// The best matches found so far, best first, and the score a new one needs.
struct Ranking {
  struct Entry {
    var score: Int
    var similarity: Int
    var unit: UInt32

    /// Score, then character similarity, then the older unit.
    func isBetter(than other: Entry) -> Bool {
      (score, similarity, other.unit) > (other.score, other.similarity, unit)
    }
  }

  let query: String
  let comparableQuery: String
  let tokens: [UInt32]
  let minimum: Int
  let limit: Int
  let target: Language?
  let reader: any MemoryReader
  private(set) var entries: [Entry] = []

  init(query: String, tokens: [UInt32], options: MatchOptions, reader: any MemoryReader) {
    self.query = query
    comparableQuery = MatchScore.comparableText(query)
    self.tokens = tokens
    minimum = options.minimum
    limit = options.limit
    target = options.target
    self.reader = reader
  }

  /// The lowest score that can still enter the list (a tie may still win on
  /// character similarity).
  var threshold: Int { entries.count < limit ? minimum : entries[entries.count - 1].score }

  /// Scores `segment` and keeps it if it is among the best.
  mutating func consider(_ segment: MemorySegment) throws {
    if let target, !segment.targets.contains(target) { return }
    let n = tokens.count
    let m = segment.tokens.count
    let threshold = self.threshold
    guard MatchScore.lengthWindow(queryLength: n, minimum: threshold).contains(m) else { return }
    let bound = MatchScore.maximumDistance(queryLength: n, candidateLength: m, minimum: threshold)
    let found = tokens.withUnsafeBufferPointer { query in
      segment.tokens.withUnsafeBufferPointer { TokenDistance.bounded(query, $0, bound: bound) }
    }
    guard let distance = found else { return }
    var source: String?
    var identical = false
    if distance == 0 {
      source = try reader.source(of: segment.unit)
      identical = source.map { MatchScore.comparableText($0) == comparableQuery } ?? false
    }
    let score = MatchScore.score(distance: distance, queryLength: n, candidateLength: m, identical: identical)
    guard score >= threshold else { return }
    guard let source = try source ?? reader.source(of: segment.unit) else { return }
    // Identical text is as similar as can be; otherwise only a similarity
    // that can still beat the worst entry of a full list is worth computing.
    let floor = entries.count == limit && score == entries[entries.count - 1].score ? entries[entries.count - 1].similarity : 0
    guard
      let similarity = identical ? 10000 : MatchScore.characterSimilarity(source, query, atLeast: floor)
    else { return }
    let entry = Entry(score: score, similarity: similarity, unit: segment.unit)
    if entries.count == limit {
      guard entry.isBetter(than: entries[entries.count - 1]) else { return }
      entries.removeLast()
    }
    let index = entries.firstIndex { entry.isBetter(than: $0) } ?? entries.count
    entries.insert(entry, at: index)
  }
}
