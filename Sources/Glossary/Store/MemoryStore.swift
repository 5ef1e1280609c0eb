/// What the translation memory needs from storage: units, the token index
/// that fuzzy matching filters candidates with, and a word index for
/// concordance. Kept narrow so that another store can stand in for SQLite.
public protocol MemoryStore: AnyObject {
  /// Runs `body` on one consistent snapshot of the memory.
  func readMemory<T>(_ body: (any MemoryReader) throws -> T) throws -> T

  /// Runs `body` in one write transaction: if it throws, the memory keeps
  /// exactly what it had.
  func writeMemory<T>(_ body: (any MemoryWriter) throws -> T) throws -> T
}

/// Reads the memory and its indexes (see `MemoryStore.readMemory`).
public protocol MemoryReader {
  /// The number of units.
  func unitCount() throws -> Int

  /// The ids and document frequencies of the given token keys, nil for a key
  /// no segment has.
  func tokens(forKeys keys: [String]) throws -> [MemoryToken?]

  /// The units whose source has `token` and a length in `lengths`, by
  /// length, each list ascending (lengths without units left out).
  func postings(token: UInt32, lengths: ClosedRange<Int>) throws -> [Int: [UInt32]]

  /// The stored segments of these units, for scoring, in any order
  /// (missing units left out).
  func segments(_ units: [UInt32]) throws -> [MemorySegment]

  /// Every segment, in unit order (for exhaustive scans).
  func forEachSegment(_ body: (MemorySegment) throws -> Void) throws

  /// The source text of a unit (cheaper than the whole unit).
  func source(of unit: UInt32) throws -> String?

  /// The units with these ids, in the order given (missing ids left out).
  func units(_ ids: [Int64]) throws -> [StoredUnit]

  /// At most `limit` units with an id above `id`, in id order: the whole
  /// memory is read batch by batch (`units(after: last.id, …)`), so that an
  /// export never holds more than one batch.
  func units(after id: Int64, limit: Int) throws -> [StoredUnit]

  /// The ids of units whose search keys contain every word of `words` (each
  /// a whole word, or a prefix when it ends in `*`), in `language` only or in
  /// any language, in unit order.
  func unitsContaining(words: [String], language: Language?, limit: Int) throws -> [Int64]
}

/// Changes the memory inside one transaction (see `MemoryStore.writeMemory`).
public protocol MemoryWriter {
  /// Adds a unit with its index entries, or merges it into the identical unit
  /// (same source and targets) already stored: the merged unit keeps the
  /// earliest creation date and origin, takes the latest change date, and the
  /// new unit's properties are added to its own.
  func add(_ unit: IndexedUnit) throws -> MemoryAddition

  /// The units whose origin starts with `prefix`.
  func units(withOriginPrefix prefix: String) throws -> [StoredUnit]

  /// Removes units and their index entries.
  func remove(_ ids: [Int64]) throws
}

/// A token of the index: its id and how many segments contain it.
public struct MemoryToken: Hashable, Sendable {
  public var id: UInt32
  public var frequency: Int

  public init(id: UInt32, frequency: Int) {
    self.id = id
    self.frequency = frequency
  }
}

/// A unit's source as fuzzy matching stores it: its token ids in order and
/// which target languages the unit has.
public struct MemorySegment: Hashable, Sendable {
  public var unit: UInt32
  public var tokens: [UInt32]
  public var targets: Set<Language>

  public init(unit: UInt32, tokens: [UInt32], targets: Set<Language>) {
    self.unit = unit
    self.tokens = tokens
    self.targets = targets
  }
}

/// A unit with its id in the store.
public struct StoredUnit: Hashable, Sendable {
  public var id: Int64
  public var unit: TranslationUnit

  public init(id: Int64, unit: TranslationUnit) {
    self.id = id
    self.unit = unit
  }
}

/// A unit with the keys the indexes need, computed before it is stored so
/// that nothing transliterates or tokenizes inside the store.
public struct IndexedUnit: Sendable {
  public var unit: TranslationUnit
  /// The keys of the source's match tokens, in order (`SegmentTokenizer`).
  public var tokenKeys: [String]
  /// Per language, the words concordance finds the unit by (`ConcordanceKey`).
  public var searchKeys: [Language: String]

  public init(unit: TranslationUnit, tokenKeys: [String], searchKeys: [Language: String]) {
    self.unit = unit
    self.tokenKeys = tokenKeys
    self.searchKeys = searchKeys
  }
}

/// What adding one unit did.
public enum MemoryAddition: Hashable, Sendable {
  case added(Int64)
  case merged(Int64)
}
