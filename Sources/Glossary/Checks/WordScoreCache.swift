/// The scores of the words seen so far, and the word being read.
struct WordScoreCache {
  /// Word hash → offset in `scores` of the word's row of `width + 1`
  /// values: its score in each language, then its number of n-grams.
  var table = WordCache()
  var scores: [Float] = []
  /// The word being read, lowercase code points.
  var word: [UInt32] = []
  var scratch: [Float]

  init(width: Int) { scratch = Array(repeating: 0, count: width) }

  /// The offset of the row of the word in `word`, scoring it when it is new.
  mutating func row(ofWordWithHash hash: UInt64, profiles: LanguageProfiles) -> Int {
    if let index = table.find(hash) { return Int(index) }
    if table.count >= WordCache.limit {
      table.removeAll()
      scores.removeAll(keepingCapacity: true)
    }
    for language in scratch.indices { scratch[language] = 0 }
    let grams = profiles.score(word: word[...], into: &scratch)
    let row = scores.count
    scores.append(contentsOf: scratch)
    scores.append(Float(grams))
    table.insert(hash, Int32(row))
    return row
  }
}

/// An open-addressing table from a word's 64-bit hash to the row of its
/// cached scores: cheaper than a `Dictionary`, whose hashing dominated.
struct WordCache {
  static let limit = 1 << 18
  private var keys: [UInt64] = []
  private var values: [Int32] = []
  private(set) var count = 0

  func find(_ key: UInt64) -> Int32? {
    guard !keys.isEmpty else { return nil }
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  mutating func insert(_ key: UInt64, _ value: Int32) {
    if keys.isEmpty {
      keys = Array(repeating: 0, count: 2 * Self.limit)
      values = Array(repeating: -1, count: 2 * Self.limit)
    }
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
    if values[slot] < 0 { count += 1 }
    keys[slot] = key
    values[slot] = value
  }

  mutating func removeAll() {
    for i in values.indices { values[i] = -1 }
    count = 0
  }
}
