import Foundation

/// Finds concepts by any of their terms, in any language and script, in
/// memory: exact, normalized, transliterated, acronym, fuzzy and contained
/// matches, each with a score.
///
/// The keys were computed when the store was built, and everything a lookup
/// scans is prepared here once (keys by length for typo matching, keys by word
/// for partial matching), so a lookup only computes the keys of the query and
/// never runs an ICU transliterator.
public struct TermIndex: Sendable {
  public let concepts: [Concept]
  private let keys: [[TermKeys]]
  /// Every key (normalized, Latin, Cyrillic) to the terms that have it.
  private let byKey: [ByteKey: [TermRef]]
  /// The first word of every key, to skip query word runs that start no key.
  private let firstWords: Set<ByteKey>
  /// The most words any key has, bounding the containment search.
  private let maxKeyWords: Int
  /// Latin and Cyrillic keys of non-acronyms by their length in scalars.
  private let typoCandidates: [KeyKind: [Int: [KeyEntry]]]
  /// Every word of every key, to the keys it occurs in and where.
  private let keysByWord: [ByteKey: [(entry: Int, position: Int)]]
  /// All keys, as word lists, for `keysByWord`.
  private let keyWords: [(ref: TermRef, words: [ByteKey], isNormalized: Bool)]
  /// The distinct words of all keys in UTF-8 byte order, for prefix search.
  private let sortedWords: [ByteKey]

  struct TermRef: Hashable, Sendable {
    let concept: Int
    let term: Int
  }

  enum KeyKind: Hashable, Sendable { case latin, cyrillic }

  struct KeyEntry: Sendable {
    let ref: TermRef
    let scalars: [Unicode.Scalar]
  }

  public init(concepts: [Concept], keys: [[TermKeys]]) {
    self.concepts = concepts
    self.keys = keys
    var byKey: [ByteKey: [TermRef]] = [:]
    var typo: [KeyKind: [Int: [KeyEntry]]] = [:]
    var keyWords: [(TermRef, [ByteKey], Bool)] = []
    var keysByWord: [ByteKey: [(Int, Int)]] = [:]
    for (c, termKeys) in keys.enumerated() {
      for (t, key) in termKeys.enumerated() {
        let ref = TermRef(concept: c, term: t)
        let all = Set(([key.normalized] + key.latin + key.cyrillicList).map(ByteKey.init)).filter { !$0.string.isEmpty }
        for k in all {
          byKey[k, default: []].append(ref)
          let words = k.words
          for (position, word) in words.enumerated() { keysByWord[word, default: []].append((keyWords.count, position)) }
          keyWords.append((ref, words, k.string == key.normalized))
        }
        guard concepts[c].terms[t].type != .acronym else { continue }
        for (kind, list) in [(KeyKind.latin, key.latin), (.cyrillic, key.cyrillicList)] {
          for k in Set(list.map(ByteKey.init)).map(\.string) {
            let scalars = Array(k.unicodeScalars)
            typo[kind, default: [:]][scalars.count, default: []].append(KeyEntry(ref: ref, scalars: scalars))
          }
        }
      }
    }
    self.byKey = byKey
    self.typoCandidates = typo
    self.keyWords = keyWords
    self.keysByWord = keysByWord
    self.sortedWords = keysByWord.keys.sorted { $0.string.utf8.lexicographicallyPrecedes($1.string.utf8) }
    self.firstWords = Set(keyWords.compactMap(\.1.first))
    self.maxKeyWords = keyWords.map(\.1.count).max() ?? 1
  }

  /// Score of each kind of match; fuzzy and contained matches score lower,
  /// by how much of the query they explain.
  enum Score {
    static let exact = 100
    static let normalized = 95
    static let transliterated = 90
    static let fuzzyCeiling = 85
    static let containedCeiling = 80
  }

  /// A match found: the concept, the term, how, and how well.
  public struct Match: Sendable {
    public var concept: Int
    public var term: Int
    public var score: Int
    public var kind: MatchKind
  }

  /// The concepts that match `query`, best first.
  ///
  /// - Parameters:
  ///   - language: only terms of this language count (kk includes kk-Latn).
  ///   - limit: the most concepts to return.
  public func lookup(_ query: String, language: Language? = nil, limit: Int = 10) -> [Match] {
    let trimmed = TextNormalizer.nfc(query.trimmingCharacters(in: .whitespacesAndNewlines))
    guard !trimmed.isEmpty else { return [] }
    var best: [Int: Match] = [:]
    func offer(_ ref: TermRef, _ score: Int, _ kind: MatchKind) {
      guard language == nil || concepts[ref.concept].terms[ref.term].tag.language == language else { return }
      let match = Match(concept: ref.concept, term: ref.term, score: score, kind: kind)
      if let current = best[ref.concept], !isBetter(match, than: current) { return }
      best[ref.concept] = match
    }
    let query = QueryKeys(trimmed)

    // Whole-query matches, through the key table.
    for ref in byKey[ByteKey(query.normalized)] ?? [] where keys[ref.concept][ref.term].normalized == query.normalized {
      let term = concepts[ref.concept].terms[ref.term]
      let score = term.text == trimmed ? Score.exact : Score.normalized
      let kind: MatchKind = term.type == .acronym ? .acronym : score == Score.exact ? .exact : .normalized
      offer(ref, score, kind)
    }
    for key in [query.latin, query.cyrillic].compactMap({ $0 }) {
      for ref in byKey[ByteKey(key)] ?? [] {
        let termKeys = keys[ref.concept][ref.term]
        if concepts[ref.concept].terms[ref.term].type == .acronym {
          // An acronym must be typed as itself (in any case, or with Kazakh
          // letters folded), not as a romanization that collides with a word.
          if termKeys.cyrillic == query.cyrillic || termKeys.normalized == query.normalized {
            offer(ref, Score.transliterated, .acronym)
          }
          continue
        }
        offer(ref, Score.transliterated, .transliterated)
      }
    }
    // "Ш.О.С.", "S. C. O.": an acronym written with full stops.
    if let letters = Self.undottedAcronym(trimmed) {
      let undotted = QueryKeys(letters)
      for key in [undotted.normalized, undotted.cyrillic].compactMap({ $0 }) {
        for ref in byKey[ByteKey(key)] ?? [] where concepts[ref.concept].terms[ref.term].type == .acronym {
          let termKeys = keys[ref.concept][ref.term]
          if termKeys.normalized == undotted.normalized || termKeys.cyrillic == undotted.cyrillic {
            offer(ref, Score.normalized, .acronym)
          }
        }
      }
    }

    typoMatches(query, offer: offer)
    partialMatches(query, offer: offer)
    containedMatches(trimmed, offer: offer)

    return best.values.sorted { lhs, rhs in
      if lhs.score != rhs.score { return lhs.score > rhs.score }
      let l = concepts[lhs.concept].terms[lhs.term]
      let r = concepts[rhs.concept].terms[rhs.term]
      if l.status != r.status { return l.status < r.status }
      return concepts[lhs.concept].id < concepts[rhs.concept].id
    }.prefix(limit).map { $0 }
  }

  /// The letters of an acronym written with a full stop after each letter
  /// ("Ш.О.С.", "S. C. O", "А.Ш.Ж."), or nil for any other text.
  static func undottedAcronym(_ text: String) -> String? {
    var letters = String.UnicodeScalarView()
    var lastWasLetter = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic {
        guard !lastWasLetter else { return nil }  // two letters in a row: a word, not an initial
        letters.append(scalar)
        lastWasLetter = true
      } else if scalar == "." {
        guard lastWasLetter else { return nil }
        lastWasLetter = false
      } else if scalar == " " {
        guard !lastWasLetter else { return nil }
      } else {
        return nil
      }
    }
    return letters.count >= 2 ? String(letters) : nil
  }

  /// Keys of a query, in the forms the terms were keyed in.
  struct QueryKeys {
    let normalized: String
    let latin: String?
    let cyrillic: String?

    init(_ text: String) {
      normalized = MatchKey.normalized(text)
      let scripts = Script.scripts(in: text)
      latin = scripts.contains(.latin) ? MatchKey.latin(text) : nil
      cyrillic = scripts.contains(.cyrillic) ? MatchKey.cyrillic(text) : nil
    }
  }

  /// A higher score wins; at equal scores, the better status.
  private func isBetter(_ a: Match, than b: Match) -> Bool {
    if a.score != b.score { return a.score > b.score }
    return concepts[a.concept].terms[a.term].status < concepts[b.concept].terms[b.term].status
  }

  /// The number of typos tolerated in a key of `length` characters.
  static func typoBound(_ length: Int) -> Int {
    switch length {
    case ..<5: 0
    case 5..<9: 1
    case 9..<14: 2
    default: 3
    }
  }

  /// Terms within a few edits of the query, compared key to key: Latin
  /// queries against the Latin keys, Cyrillic ones against the Cyrillic keys.
  /// Only keys whose length is within the bound are compared.
  private func typoMatches(_ query: QueryKeys, offer: (TermRef, Int, MatchKind) -> Void) {
    for (probe, kind) in [(query.latin, KeyKind.latin), (query.cyrillic, .cyrillic)] {
      guard let probe, let byLength = typoCandidates[kind] else { continue }
      let probeScalars = Array(probe.unicodeScalars)
      let bound = Self.typoBound(probeScalars.count)
      guard bound > 0 else { continue }
      for length in max(1, probeScalars.count - bound)...(probeScalars.count + bound) {
        let limit = min(bound, Self.typoBound(length))
        guard limit > 0 else { continue }
        for entry in byLength[length] ?? [] {
          guard let distance = EditDistance.bounded(probeScalars, entry.scalars, bound: limit), distance > 0 else {
            continue
          }
          let longest = max(probeScalars.count, length)
          let similarity = Double(longest - distance) / Double(longest)
          offer(entry.ref, min(Score.fuzzyCeiling, Int((similarity * 100).rounded(.down)) - 5), .fuzzy)
        }
      }
    }
  }

  /// Terms that contain the whole query as consecutive words ("Belt and
  /// Road" in "Belt and Road Initiative"), the last of which may be the start
  /// of a longer word, as in Russian and Kazakh derived forms ("Тургусун" in
  /// "Тургусунская ГЭС"): fuzzy matches, scored by how much of the term the
  /// query covers.
  private func partialMatches(_ query: QueryKeys, offer: (TermRef, Int, MatchKind) -> Void) {
    for probe in Set([query.normalized, query.latin, query.cyrillic].compactMap { $0 }) where probe.utf8.count >= 4 {
      let words = ByteKey(probe).words
      guard let lastWord = words.last else { continue }
      let lastIndex = words.count - 1
      let anchors: [ByteKey] = words.count > 1 ? [words[0]] : wordsStarting(with: lastWord)
      for anchor in anchors {
        for (entry, position) in keysByWord[anchor] ?? [] {
          let key = keyWords[entry]
          guard position + words.count <= key.words.count,
            key.words[position..<(position + lastIndex)].elementsEqual(words.dropLast()),
            key.words[position + lastIndex].string.utf8.starts(with: lastWord.string.utf8)
          else { continue }
          let keyLength = key.words.reduce(key.words.count - 1) { $0 + $1.string.unicodeScalars.count }
          let probeLength = probe.unicodeScalars.count
          guard probeLength < keyLength else { continue }
          // A match in the query's own spelling beats one through a romanization.
          let bonus = key.isNormalized && probe == query.normalized ? 10 : 0
          offer(key.ref, min(Score.fuzzyCeiling, 50 + bonus + Int(Double(probeLength) / Double(keyLength) * 25)), .fuzzy)
        }
      }
    }
  }

  /// The key words that start with `prefix` (at least four letters), found by
  /// binary search in the sorted word list.
  private func wordsStarting(with prefix: ByteKey) -> [ByteKey] {
    let bytes = Array(prefix.string.utf8)
    guard bytes.count >= 4 else { return keysByWord[prefix] != nil ? [prefix] : [] }
    var low = 0
    var high = sortedWords.count
    while low < high {
      let mid = (low + high) / 2
      if sortedWords[mid].string.utf8.lexicographicallyPrecedes(bytes) { low = mid + 1 } else { high = mid }
    }
    var result: [ByteKey] = []
    while low < sortedWords.count, sortedWords[low].string.utf8.starts(with: bytes) {
      result.append(sortedWords[low])
      low += 1
    }
    return result
  }

  /// Terms that occur as whole words inside a longer query, with English
  /// plurals and possessives removed. Acronyms must appear in their own case
  /// ("US" is not "us"). Each word's keys are computed once; a run of words
  /// is looked up only if its first word starts some key.
  private func containedMatches(_ query: String, offer: (TermRef, Int, MatchKind) -> Void) {
    let words = query.split(whereSeparator: { $0.isWhitespace || "-‐–—/".contains($0) }).map { word in
      OccurrenceFinder.stripPossessive(
        OccurrenceFinder.unifyApostrophes(String(word.trimmingCharacters(in: Self.edgePunctuation))))
    }.filter { !$0.isEmpty }
    guard words.count > 1 else { return }
    let wordKeys = words.map(QueryKeys.init)
    let singularKeys = words.map { QueryKeys(OccurrenceFinder.singular($0)) }
    let queryLength = words.reduce(0) { $0 + $1.count }
    func starts(_ keys: QueryKeys) -> Bool {
      firstWords.contains(ByteKey(keys.normalized)) || keys.latin.map { firstWords.contains(ByteKey($0)) } == true
        || keys.cyrillic.map { firstWords.contains(ByteKey($0)) } == true
    }
    for start in words.indices where starts(wordKeys[start]) || starts(singularKeys[start]) {
      for end in (start + 1)...min(words.count, start + maxKeyWords) where end - start < words.count {
        let run = start..<end
        let last = end - 1
        // Keys in the query's own spelling first, so that "Tokayev" inside an
        // English sentence is reported as "Tokayev", not as a romanization.
        var direct: Set<TermRef> = []
        var romanized: Set<TermRef> = []
        for lastKeys in [wordKeys[last], singularKeys[last]] {
          func joined(_ path: KeyPath<QueryKeys, String?>) -> String? {
            var parts: [String] = []
            for i in run {
              guard let part = (i == last ? lastKeys : wordKeys[i])[keyPath: path] else { return nil }
              parts.append(part)
            }
            return parts.joined(separator: " ")
          }
          let normalized = (run.dropLast().map { wordKeys[$0].normalized } + [lastKeys.normalized]).joined(separator: " ")
          direct.formUnion(byKey[ByteKey(normalized)] ?? [])
          for key in [joined(\.latin), joined(\.cyrillic)].compactMap({ $0 }) {
            romanized.formUnion(byKey[ByteKey(key)] ?? [])
          }
        }
        guard !direct.isEmpty || !romanized.isEmpty else { continue }
        let surface = Set([words[run].joined(separator: " "),
          (words[start..<last] + [OccurrenceFinder.singular(words[last])]).joined(separator: " ")])
        let coverage = Double(words[run].reduce(0) { $0 + $1.count }) / Double(max(queryLength, 1))
        let score = min(Score.containedCeiling - 2, 50 + Int(coverage * 30))
        for (refs, bonus) in [(direct, 2), (romanized.subtracting(direct), 0)] {
          for ref in refs {
            let term = concepts[ref.concept].terms[ref.term]
            if term.type == .acronym && !surface.contains(term.text) { continue }
            offer(ref, score + bonus, .contained)
          }
        }
      }
    }
  }

  private static let edgePunctuation = CharacterSet.punctuationCharacters.union(.symbols).subtracting(
    CharacterSet(charactersIn: "'’"))
}

extension TermKeys {
  var cyrillicList: [String] { cyrillic.map { [$0] } ?? [] }
}
