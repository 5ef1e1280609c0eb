/// Proposes the terms of a set of documents for the term base: defined
/// acronyms, glossed names, quoted terms, proper names and recurrent
/// phrases, each counted, located, scored and matched against the term base.
///
/// Names, acronyms, glosses and quoted terms are proposed however often they
/// occur (a one-off "Zhanatas wind power plant" matters); phrases only from
/// `minFrequency` occurrences, since a phrase seen once is rarely a term.
public struct TermExtractor {
  /// The term base candidates are matched against; nil marks none as known.
  public var knownTerms: TermIndex?
  /// The fewest occurrences of a phrase.
  public var minFrequency: Int
  /// How many contexts each candidate keeps.
  public var contextLimit = 3

  public init(knownTerms: TermIndex?, minFrequency: Int = 2) {
    self.knownTerms = knownTerms
    self.minFrequency = minFrequency
  }

  /// The candidates of `documents`, best first.
  public func candidates(in documents: [SourceDocument]) throws -> [TermCandidate] {
    let sentences = try SentenceReader().sentences(of: documents)
    let profile = CapitalisationProfile(sentences)
    var pool = CandidatePool()
    for sentence in sentences {
      for definition in AcronymDefinitionMatcher.definitions(in: sentence.text) {
        pool.add(.acronym, definition.longForm, acronym: definition.shortForm)
      }
      for quoted in QuotedTermFinder.terms(in: sentence.text) { pool.add(.quoted, quoted) }
    }
    for name in ProperNameFinder(profile: profile).names(in: sentences) {
      let sentence = sentences[name.sentence]
      let end = sentence.words[name.words.upperBound].range.upperBound
      if let gloss = GlossMatcher.gloss(after: name.text, nameEnd: end, in: sentence.text) {
        pool.add(.gloss, name.text, gloss: gloss.gloss)
      } else {
        pool.add(.name, name.text)
      }
    }
    for phrase in PhraseFinder(profile: profile, minFrequency: minFrequency).phrases(in: sentences) {
      pool.add(.phrase, phrase.text)
    }
    pool.absorbShortForms()

    var candidates = try count(pool.entries, in: documents)
    candidates.removeAll { $0.kind == .phrase && $0.frequency < minFrequency }
    let cValues = TermScorer.cValues(candidates.map { ($0.key, $0.wordCount, $0.frequency) })
    for index in candidates.indices {
      candidates[index].score = (TermScorer.weight(candidates[index].kind) * cValues[index] * 10).rounded() / 10
    }
    candidates.removeAll { ($0.kind == .phrase || $0.kind == .name) && $0.score <= 0 }
    if let knownTerms {
      for index in candidates.indices { candidates[index].conceptID = known(candidates[index], in: knownTerms) }
    }
    return candidates.sorted {
      ($0.score, $0.frequency, $1.text) > ($1.score, $1.frequency, $0.text)
    }
  }

  /// Counts every candidate in the documents with `OccurrenceFinder`, so that
  /// all kinds are counted alike (case, hyphens, plurals and possessives
  /// folded; acronyms in their own case; at most once per sentence).
  func count(_ entries: [CandidatePool.Entry], in documents: [SourceDocument]) throws -> [TermCandidate] {
    let concepts = entries.enumerated().map { index, entry in
      var terms = entry.surfaces.map { Term(text: $0.text, tag: .en, type: Self.type(of: $0.text), status: .preferred) }
      if let acronym = entry.acronym { terms.append(Term(text: acronym, tag: .en, type: .acronym, status: .preferred)) }
      if let gloss = entry.gloss { terms.append(Term(text: gloss, tag: .en, type: .variant, status: .admitted)) }
      return Concept(id: String(index), definition: "", terms: terms)
    }
    let finder = try OccurrenceFinder(concepts: concepts)
    var candidates = entries.map { entry in
      TermCandidate(
        text: entry.surfaces[0].text, key: entry.key, kind: entry.kind, acronym: entry.acronym, gloss: entry.gloss,
        variants: [], frequency: 0, documents: [], contexts: [], score: 0, conceptID: nil)
    }
    var variantCounts = entries.map { entry in
      Dictionary(entry.surfaces.map { ($0.text, 0) }, uniquingKeysWith: { a, _ in a })
    }
    for document in documents {
      for (index, occurrence) in try finder.occurrences(in: document.text, file: document.name) {
        candidates[index].frequency += 1
        if candidates[index].documents.last != document.name { candidates[index].documents.append(document.name) }
        if candidates[index].contexts.count < contextLimit {
          candidates[index].contexts.append(
            TermCandidate.Context(
              file: occurrence.file, line: occurrence.line, sentence: occurrence.sentence, matched: occurrence.matched))
        }
        let variant = OccurrenceFinder.stripPossessive(OccurrenceFinder.unifyApostrophes(occurrence.matched))
        variantCounts[index][variant, default: 0] += 1
      }
    }
    for index in candidates.indices {
      let order = entries[index].surfaces.map(\.text)
      candidates[index].variants = variantCounts[index].keys.sorted { a, b in
        let (ca, cb) = (variantCounts[index][a]!, variantCounts[index][b]!)
        if ca != cb { return ca > cb }
        return (order.firstIndex(of: a) ?? .max, a) < (order.firstIndex(of: b) ?? .max, b)
      }.filter { $0 != entries[index].acronym && $0 != entries[index].gloss }
      if candidates[index].frequency == 0 { candidates[index].frequency = entries[index].found }
    }
    return candidates
  }

  /// An all-capital word is an acronym, matched in its own case.
  static func type(of text: String) -> TermType {
    AcronymDefinitionMatcher.isShortForm(text) && text == text.uppercased() ? .acronym : .full
  }

  /// The concept of the term base that has one of the candidate's forms as a
  /// term: the same after normalization or romanization, not a fuzzy match.
  func known(_ candidate: TermCandidate, in index: TermIndex) -> String? {
    let probes = [candidate.text] + candidate.variants + [candidate.acronym, candidate.gloss].compactMap { $0 }
    for probe in probes {
      for query in Set([probe, Self.singularLastWord(probe)]) {
        if let hit = index.lookup(query, language: .en, limit: 1).first,
          [.exact, .normalized, .acronym, .transliterated].contains(hit.kind)
        {
          return index.concepts[hit.concept].id
        }
      }
    }
    return nil
  }

  static func singularLastWord(_ text: String) -> String {
    guard let space = text.lastIndex(of: " ") else { return OccurrenceFinder.singular(text) }
    return String(text[...space]) + OccurrenceFinder.singular(String(text[text.index(after: space)...]))
  }
}

/// Candidates as the extractors find them, merged by key.
struct CandidatePool {
  struct Entry {
    var key: String
    var kind: TermCandidate.Kind
    /// Spellings found, in the order first found, with how often.
    var surfaces: [(text: String, count: Int)]
    var acronym: String?
    var gloss: String?
    var found: Int { surfaces.reduce(0) { $0 + $1.count } }
  }

  private(set) var entries: [Entry] = []
  private var byKey: [String: Int] = [:]

  /// The key candidates are merged by: normalized, last word singular.
  static func key(_ text: String) -> String {
    TermExtractor.singularLastWord(MatchKey.normalized(text))
  }

  mutating func add(_ kind: TermCandidate.Kind, _ text: String, acronym: String? = nil, gloss: String? = nil) {
    let key = Self.key(text)
    guard !key.isEmpty else { return }
    guard let index = byKey[key] else {
      byKey[key] = entries.count
      entries.append(Entry(key: key, kind: kind, surfaces: [(text, 1)], acronym: acronym, gloss: gloss))
      return
    }
    entries[index].kind = min(entries[index].kind, kind)
    if entries[index].acronym == nil { entries[index].acronym = acronym }
    if entries[index].gloss == nil { entries[index].gloss = gloss }
    if let s = entries[index].surfaces.firstIndex(where: { $0.text == text }) {
      entries[index].surfaces[s].count += 1
    } else {
      entries[index].surfaces.append((text, 1))
    }
    entries[index].surfaces.sort { $0.count > $1.count }
  }

  /// Drops the candidates that are an acronym or gloss of another ("BRI",
  /// "Bright Path"): they are counted with it.
  mutating func absorbShortForms() {
    let absorbed = Set(entries.flatMap { [$0.acronym, $0.gloss].compactMap { $0 }.map(Self.key) })
    entries.removeAll { absorbed.contains($0.key) && $0.acronym == nil && $0.gloss == nil }
    byKey = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
  }
}
