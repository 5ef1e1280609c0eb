/// Finds concepts by any of their terms, in any language and script, in
/// memory: exact, normalized, transliterated, acronym, fuzzy and contained
/// matches, each with a score.
///
/// The keys were computed when the store was built; a lookup only computes the
/// keys of the query, so it never runs an ICU transliterator.
public struct TermIndex: Sendable {
  public let concepts: [Concept]
  private let keys: [[TermKeys]]
  /// Every key (normalized, Latin, Cyrillic) to the terms that have it.
  private let byKey: [String: [TermRef]]
  /// The most words any key has, bounding the containment search.
  private let maxKeyWords: Int

  struct TermRef: Hashable, Sendable {
    let concept: Int
    let term: Int
  }

  public init(concepts: [Concept], keys: [[TermKeys]]) {
    self.concepts = concepts
    self.keys = keys
    var byKey: [String: [TermRef]] = [:]
    var maxWords = 1
    for (c, termKeys) in keys.enumerated() {
      for (t, key) in termKeys.enumerated() {
        let ref = TermRef(concept: c, term: t)
        for k in Set([key.normalized] + key.latin + (key.cyrillic.map { [$0] } ?? [])) where !k.isEmpty {
          byKey[k, default: []].append(ref)
          maxWords = max(maxWords, k.split(separator: " ").count)
        }
      }
    }
    self.byKey = byKey
    self.maxKeyWords = maxWords
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

  /// The concepts that match `query`, best first.
  ///
  /// - Parameters:
  ///   - language: only terms of this language count (kk includes kk-Latn).
  ///   - limit: the most concepts to return.
  public func lookup(_ query: String, language: Language? = nil, limit: Int = 10) -> [(concept: Int, score: Int, kind: MatchKind, term: Int)] {
    let trimmed = TextNormalizer.nfc(query.trimmingCharacters(in: .whitespacesAndNewlines))
    guard !trimmed.isEmpty else { return [] }
    var best: [Int: (score: Int, kind: MatchKind, term: Int)] = [:]
    func offer(_ ref: TermRef, _ score: Int, _ kind: MatchKind) {
      guard language == nil || concepts[ref.concept].terms[ref.term].tag.language == language else { return }
      if let current = best[ref.concept], !isBetter((score, kind, ref), than: (current.score, current.kind, TermRef(concept: ref.concept, term: current.term))) {
        return
      }
      best[ref.concept] = (score, kind, ref.term)
    }
    let query = QueryKeys(trimmed)

    // Whole-query matches, through the key table.
    for ref in byKey[query.normalized] ?? [] where keys[ref.concept][ref.term].normalized == query.normalized {
      let term = concepts[ref.concept].terms[ref.term]
      let score = term.text == trimmed ? Score.exact : Score.normalized
      let kind: MatchKind = term.type == .acronym ? .acronym : score == Score.exact ? .exact : .normalized
      offer(ref, score, kind)
    }
    for key in [query.latin, query.cyrillic].compactMap({ $0 }) {
      for ref in byKey[key] ?? [] {
        let term = concepts[ref.concept].terms[ref.term]
        if term.type == .acronym {
          // An acronym must be typed as itself, not as a romanization that
          // happens to collide with a word.
          if keys[ref.concept][ref.term].cyrillic == query.cyrillic || query.normalized == keys[ref.concept][ref.term].normalized {
            offer(ref, Score.transliterated, .acronym)
          }
          continue
        }
        offer(ref, Score.transliterated, .transliterated)
      }
    }

    fuzzyMatches(query, offer: offer)
    partialMatches(query, offer: offer)
    containedMatches(trimmed, offer: offer)

    return best.map { (concept: $0.key, score: $0.value.score, kind: $0.value.kind, term: $0.value.term) }
      .sorted { lhs, rhs in
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        let l = concepts[lhs.concept].terms[lhs.term]
        let r = concepts[rhs.concept].terms[rhs.term]
        if l.status != r.status { return l.status < r.status }
        return concepts[lhs.concept].id < concepts[rhs.concept].id
      }
      .prefix(limit).map { $0 }
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

  private func isBetter(
    _ a: (score: Int, kind: MatchKind, ref: TermRef), than b: (score: Int, kind: MatchKind, ref: TermRef)
  ) -> Bool {
    if a.score != b.score { return a.score > b.score }
    let ta = concepts[a.ref.concept].terms[a.ref.term]
    let tb = concepts[b.ref.concept].terms[b.ref.term]
    return ta.status < tb.status
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
  private func fuzzyMatches(_ query: QueryKeys, offer: (TermRef, Int, MatchKind) -> Void) {
    let probes: [(String, KeyPath<TermKeys, [String]>)] =
      [query.latin.map { ($0, \TermKeys.latin) }, query.cyrillic.map { ($0, \TermKeys.cyrillicList) }].compactMap { $0 }
    for (probe, path) in probes {
      let probeScalars = Array(probe.unicodeScalars)
      let bound = Self.typoBound(probeScalars.count)
      guard bound > 0 else { continue }
      for (c, termKeys) in keys.enumerated() {
        for (t, key) in termKeys.enumerated() where concepts[c].terms[t].type != .acronym {
          for candidate in key[keyPath: path] {
            let scalars = Array(candidate.unicodeScalars)
            let limit = min(bound, Self.typoBound(scalars.count))
            guard limit > 0, let distance = EditDistance.bounded(probeScalars, scalars, bound: limit), distance > 0 else {
              continue
            }
            let length = max(probeScalars.count, scalars.count)
            let similarity = Double(length - distance) / Double(length)
            offer(TermRef(concept: c, term: t), min(Score.fuzzyCeiling, Int((similarity * 100).rounded(.down)) - 5), .fuzzy)
          }
        }
      }
    }
  }

  /// Terms that occur as whole words inside a longer query. Acronyms must
  /// appear in their own case ("US" is not "us").
  private func containedMatches(_ query: String, offer: (TermRef, Int, MatchKind) -> Void) {
    let words = query.split(whereSeparator: { $0.isWhitespace || "-‐–—/".contains($0) }).map { word in
      OccurrenceFinder.stripPossessive(
        OccurrenceFinder.unifyApostrophes(String(word.trimmingCharacters(in: Self.edgePunctuation))))
    }.filter { !$0.isEmpty }
    guard words.count > 1 else { return }
    let queryLength = words.reduce(0) { $0 + $1.count }
    for start in words.indices {
      for end in (start + 1)...min(words.count, start + maxKeyWords) where end - start < words.count {
        let slice = words[start..<end]
        let phrase = slice.joined(separator: " ")
        var lastSingular = Array(slice)
        lastSingular[lastSingular.count - 1] = OccurrenceFinder.singular(lastSingular.last!)
        let variants = Set([phrase, lastSingular.joined(separator: " ")])
        // Keys in the query's own spelling first, so that "Tokayev" inside an
        // English sentence is reported as "Tokayev", not as a romanization.
        var direct: Set<TermRef> = []
        var romanized: Set<TermRef> = []
        for variant in variants {
          let keys = QueryKeys(variant)
          direct.formUnion(byKey[keys.normalized] ?? [])
          for key in Set([keys.latin, keys.cyrillic].compactMap { $0 }) { romanized.formUnion(byKey[key] ?? []) }
        }
        let coverage = Double(slice.reduce(0) { $0 + $1.count }) / Double(max(queryLength, 1))
        let score = min(Score.containedCeiling - 2, 50 + Int(coverage * 30))
        for (refs, bonus) in [(direct, 2), (romanized.subtracting(direct), 0)] {
          for ref in refs {
            let term = concepts[ref.concept].terms[ref.term]
            if term.type == .acronym && !variants.contains(term.text) { continue }
            offer(ref, score + bonus, .contained)
          }
        }
      }
    }
  }

  /// Terms that contain the whole query as consecutive words ("Belt and
  /// Road" in "Belt and Road Initiative"): fuzzy matches, scored by how much
  /// of the term the query covers.
  private func partialMatches(_ query: QueryKeys, offer: (TermRef, Int, MatchKind) -> Void) {
    let probes = [query.normalized, query.latin, query.cyrillic].compactMap { $0 }.map { " \($0) " }
    guard let shortest = probes.map(\.count).min(), shortest >= 5 else { return }
    for (c, termKeys) in keys.enumerated() {
      for (t, key) in termKeys.enumerated() {
        for candidate in [key.normalized] + key.latin + key.cyrillicList where candidate.count > shortest - 2 {
          let padded = " \(candidate) "
          guard let probe = probes.first(where: { padded.contains($0) }) else { continue }
          let coverage = Double(probe.count - 2) / Double(candidate.count)
          offer(TermRef(concept: c, term: t), 55 + Int(coverage * 25), .fuzzy)
          break
        }
      }
    }
  }

  private static let edgePunctuation = CharacterSet.punctuationCharacters.union(.symbols).subtracting(CharacterSet(charactersIn: "'’"))
}

extension TermKeys {
  var cyrillicList: [String] { cyrillic.map { [$0] } ?? [] }
}

import Foundation
