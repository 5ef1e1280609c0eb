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
  /// Tokens in at most this many segments have their postings for all the
  /// admissible lengths read at once.
  static let wholeWindowFrequency = 20_000

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
      MemoryMatch(score: entry.score, unit: unit, diff: WordDiff(source: unit.unit.source, query: query, tokenizer: tokenizer))
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
    var frequency: [UInt32: Int] = [:]
    for position in positions { frequency[position.id] = position.frequency }
    var windowLists: [UInt32: [Int: [UInt32]]] = [:]
    var lengthLists: [UInt32: [Int: [UInt32]]] = [:]
    for m in window.sorted(by: { (abs($0 - n), $0) < (abs($1 - n), $1) }) {
      let threshold = ranking.threshold
      guard MatchScore.lengthWindow(queryLength: n, minimum: threshold).contains(m) else { continue }
      let lost = MatchScore.maximumLostPositions(queryLength: n, candidateLength: m, minimum: threshold)
      func postings(_ token: UInt32) throws -> [UInt32] {
        if let lists = windowLists[token] { return lists[m] ?? [] }
        if let list = lengthLists[token]?[m] { return list }
        // A rare token's lists for the whole window come in one read; a
        // common token's only for the lengths that need them.
        if (frequency[token] ?? 0) <= Self.wholeWindowFrequency {
          let lists = try reader.postings(token: token, lengths: window)
          windowLists[token] = lists
          return lists[m] ?? []
        }
        let list = try reader.postings(token: token, lengths: m...m)[m] ?? []
        lengthLists[token, default: [:]][m] = list
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
    var unit: UInt32
    /// The source text, once fetched.
    var source: String?
    /// The character similarity, computed only when a tie needs it.
    var similarity: Int?
  }

  let query: String
  let comparableQuery: String
  let tokens: [UInt32]
  let minimum: Int
  let limit: Int
  let target: Language?
  let reader: any MemoryReader
  /// Best first: by score, then character similarity, then the older unit.
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
    var entry = Entry(score: 0, unit: segment.unit)
    var identical = false
    if distance == 0 {
      entry.source = try reader.source(of: segment.unit)
      identical = entry.source.map { MatchScore.comparableText($0) == comparableQuery } ?? false
      // Identical text is as similar as can be.
      if identical { entry.similarity = 10000 }
    }
    entry.score = MatchScore.score(distance: distance, queryLength: n, candidateLength: m, identical: identical)
    guard entry.score >= threshold else { return }
    if entries.count == limit {
      guard try isBetter(&entry, than: entries.count - 1) else { return }
      entries.removeLast()
    }
    var index = entries.count
    while index > 0, try isBetter(&entry, than: index - 1) { index -= 1 }
    entries.insert(entry, at: index)
  }

  /// Whether `entry` ranks before the entry at `index`; similarities are
  /// computed (and kept) only when the scores are equal.
  private mutating func isBetter(_ entry: inout Entry, than index: Int) throws -> Bool {
    let other = entries[index].score
    guard entry.score == other else { return entry.score > other }
    let otherSimilarity = try similarity(of: &entries[index], atLeast: 0) ?? 0
    guard let similarity = try similarity(of: &entry, atLeast: otherSimilarity) else { return false }
    return similarity > otherSimilarity || (similarity == otherSimilarity && entry.unit < entries[index].unit)
  }

  /// The entry's character similarity, or nil when it is below `floor`
  /// (then computed within a bound, and not kept).
  private func similarity(of entry: inout Entry, atLeast floor: Int) throws -> Int? {
    if let similarity = entry.similarity { return similarity >= floor ? similarity : nil }
    if entry.source == nil { entry.source = try reader.source(of: entry.unit) ?? "" }
    guard let similarity = MatchScore.characterSimilarity(entry.source!, query, atLeast: floor) else { return nil }
    entry.similarity = similarity
    return similarity
  }
}
