/// The translation memory: units (an English source with Russian and Kazakh
/// translations), found again by fuzzy match or by the words they contain.
public final class TranslationMemory {
  public let store: any MemoryStore

  public init(store: any MemoryStore) {
    self.store = store
  }

  /// What a change to the memory did.
  public struct Summary: Hashable, Sendable {
    /// New units.
    public var added = 0
    /// Units identical to one already stored (merged into it).
    public var merged = 0
    /// Units left out: no source, or no translation.
    public var skipped = 0
    /// Units removed (see `replaceUnits`).
    public var removed = 0

    public init() {}
  }

  /// Adds the units `produce` passes to its argument, all in one transaction:
  /// if `produce` throws, the memory keeps exactly what it had. The index is
  /// updated in place (no rebuild).
  ///
  /// `produce` runs on a second thread, where units are also indexed, while
  /// this one writes them (see `ImportPipeline`).
  public func add(
    _ produce: (_ add: (TranslationUnit) throws -> Void) throws -> Void
  ) throws -> Summary {
    try store.writeMemory { writer in
      var summary = Summary()
      try ImportPipeline.run(
        produce: { send in
          let indexer = try UnitIndexer()
          try produce { unit in try send(try indexer.index(unit)) }
        },
        consume: { indexed in try Self.write(indexed, to: writer, summary: &summary) })
      return summary
    }
  }

  /// Adds units in one transaction.
  public func add(_ units: [TranslationUnit]) throws -> Summary {
    try add { add in for unit in units { try add(unit) } }
  }

  /// Replaces every unit whose origin starts with `originPrefix` (such as
  /// "seeds/") with `units`, in one transaction.
  public func replaceUnits(originPrefix: String, with units: [TranslationUnit]) throws -> Summary {
    let indexer = try UnitIndexer()
    return try store.writeMemory { writer in
      var summary = Summary()
      let old = try writer.units(withOriginPrefix: originPrefix)
      try writer.remove(old.map(\.id))
      summary.removed = old.count
      for unit in units { try Self.write(try indexer.index(unit), to: writer, summary: &summary) }
      return summary
    }
  }

  private static func write(_ indexed: IndexedUnit?, to writer: any MemoryWriter, summary: inout Summary) throws {
    guard let indexed else {
      summary.skipped += 1
      return
    }
    switch try writer.add(indexed) {
    case .added: summary.added += 1
    case .merged: summary.merged += 1
    }
  }

  /// The number of units.
  public func count() throws -> Int {
    try store.readMemory { try $0.unitCount() }
  }

  /// The best matches for one query.
  public func match(_ query: String, options: MatchOptions = MatchOptions()) throws -> [MemoryMatch] {
    try withMatcher { try $0.match(query, options: options) }
  }

  /// Runs `body` with a matcher reading one snapshot of the memory, for
  /// many queries in a row.
  public func withMatcher<T>(_ body: (FuzzyMatcher) throws -> T) throws -> T {
    let tokenizer = try SegmentTokenizer()
    return try store.readMemory { reader in try body(FuzzyMatcher(reader: reader, tokenizer: tokenizer)) }
  }

  /// The units containing every word of `query` (see `Concordance`).
  public func concordance(_ query: String, language: Language? = nil, limit: Int = 10) throws -> [ConcordanceHit] {
    let concordance = try Concordance()
    return try store.readMemory { reader in try concordance.search(query, language: language, limit: limit, in: reader) }
  }
}
