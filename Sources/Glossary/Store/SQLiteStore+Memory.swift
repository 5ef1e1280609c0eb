import Foundation
internal import GRDB

extension SQLiteStore: MemoryStore {
  public func readMemory<T>(_ body: (any MemoryReader) throws -> T) throws -> T {
    try database.read { db in try body(SQLiteMemoryReader(db: db)) }
  }

  public func writeMemory<T>(_ body: (any MemoryWriter) throws -> T) throws -> T {
    try writingExclusively {
      try database.write { db in
        // A large cache keeps a big import from spilling half-built B-trees.
        try db.execute(sql: "PRAGMA cache_size = -262144")
        let writer = try SQLiteMemoryWriter(db: db)
        let result = try body(writer)
        try writer.finish()
        return result
      }
    }
  }
}

/// Unit ids and token ids as they are kept in blobs: little-endian UInt32s.
enum UInt32Blob {
  static func encode(_ values: [UInt32]) -> Data {
    values.withUnsafeBufferPointer { buffer in
      if UInt32(1).littleEndian == 1 { return Data(buffer: buffer) }
      return Data(buffer: buffer.map(\.littleEndian).withUnsafeBufferPointer { $0 })
    }
  }

  static func decode(_ data: Data?, into values: inout [UInt32]) {
    guard let data, !data.isEmpty else { return }
    data.withUnsafeBytes { decode($0, into: &values) }
  }

  static func decode(_ bytes: UnsafeRawBufferPointer, into values: inout [UInt32]) {
    let count = bytes.count / 4
    guard count > 0 else { return }
    let start = values.count
    values.append(contentsOf: repeatElement(0, count: count))
    values.withUnsafeMutableBytes { out in
      (out.baseAddress! + start * 4).copyMemory(from: bytes.baseAddress!, byteCount: count * 4)
    }
    if UInt32(1).littleEndian != 1 {
      for i in start..<values.count { values[i] = UInt32(littleEndian: values[i]) }
    }
  }

  static func decode(_ data: Data?) -> [UInt32] {
    var values: [UInt32] = []
    decode(data, into: &values)
    return values
  }
}

/// The target languages of a segment as the `targets` bit set.
private enum TargetBits {
  static func bits(_ targets: some Sequence<Language>) -> Int {
    targets.reduce(0) { $0 | ($1 == .ru ? 1 : $1 == .kk ? 2 : 0) }
  }

  static func languages(_ bits: Int) -> Set<Language> {
    var result: Set<Language> = []
    if bits & 1 != 0 { result.insert(.ru) }
    if bits & 2 != 0 { result.insert(.kk) }
    return result
  }
}

private let unitColumns = "id, source, ru, kk, origin, created, changed, properties"

private func storedUnit(_ row: Row) throws -> StoredUnit {
  var targets: [Language: String] = [:]
  if let ru: String = row[2] { targets[.ru] = ru }
  if let kk: String = row[3] { targets[.kk] = kk }
  var properties: [String: String] = [:]
  if let json: String = row[7] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else {
      throw StoreError(path: "memoryUnit \(row[0] as Int64)", message: "the properties are not a JSON object of strings")
    }
    properties = object
  }
  let unit = TranslationUnit(
    source: row[1], targets: targets, origin: row[4], created: Date(timeIntervalSince1970: Double(row[5] as Int64)),
    changed: Date(timeIntervalSince1970: Double(row[6] as Int64)), properties: properties)
  return StoredUnit(id: row[0], unit: unit)
}

final class SQLiteMemoryReader: MemoryReader {
  let db: Database
  private lazy var postingsStatement = try? SQLiteRawStatement(
    db,
    sql: "SELECT length, units FROM memoryPosting WHERE token = ? AND length BETWEEN ? AND ? ORDER BY length, firstUnit")
  private lazy var sourceStatement = try? SQLiteRawStatement(db, sql: "SELECT source FROM memoryUnit WHERE id = ?")

  init(db: Database) { self.db = db }

  /// A statement prepared once for this reader.
  private func prepared(_ statement: SQLiteRawStatement?) throws -> SQLiteRawStatement {
    guard let statement else { throw StoreError(path: db.description, message: "the memory tables are missing") }
    return statement
  }

  func unitCount() throws -> Int {
    try Int.fetchOne(db, sql: "SELECT count(*) FROM memoryUnit") ?? 0
  }

  func tokens(forKeys keys: [String]) throws -> [MemoryToken?] {
    guard !keys.isEmpty else { return [] }
    var found: [String: MemoryToken] = [:]
    let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ",")
    let rows = try Row.fetchCursor(
      db, sql: "SELECT key, id, frequency FROM memoryToken WHERE key IN (\(placeholders))",
      arguments: StatementArguments(keys))
    while let row = try rows.next() { found[row[0]] = MemoryToken(id: UInt32(row[1] as Int64), frequency: row[2]) }
    return keys.map { found[$0] }
  }

  func postings(token: UInt32, lengths: ClosedRange<Int>) throws -> [Int: [UInt32]] {
    var lists: [Int: [UInt32]] = [:]
    try prepared(postingsStatement).rows(
      .int(Int64(token)), .int(Int64(lengths.lowerBound)), .int(Int64(lengths.upperBound))
    ) { row in
      row.uint32s(1, into: &lists[Int(row.int(0)), default: []])
    }
    return lists
  }

  func segments(_ units: [UInt32]) throws -> [MemorySegment] {
    guard !units.isEmpty else { return [] }
    // Integer ids written into the SQL: one statement for a whole batch.
    let list = units.map { String($0) }.joined(separator: ",")
    var segments: [MemorySegment] = []
    segments.reserveCapacity(units.count)
    try SQLiteRawStatement(db, sql: "SELECT unit, targets, tokens FROM memorySegment WHERE unit IN (\(list))").rows {
      segments.append(Self.segment($0))
    }
    return segments
  }

  /// A segment from a row of (unit, targets, tokens).
  private static func segment(_ row: SQLiteRawStatement.Row) -> MemorySegment {
    var tokens: [UInt32] = []
    row.uint32s(2, into: &tokens)
    return MemorySegment(unit: UInt32(row.int(0)), tokens: tokens, targets: TargetBits.languages(Int(row.int(1))))
  }

  func source(of unit: UInt32) throws -> String? {
    var source: String?
    try prepared(sourceStatement).rows(.int(Int64(unit))) { source = $0.text(0) }
    return source
  }

  func units(_ ids: [Int64]) throws -> [StoredUnit] {
    let statement = try db.cachedStatement(sql: "SELECT \(unitColumns) FROM memoryUnit WHERE id = ?")
    return try ids.compactMap { id in try Row.fetchOne(statement, arguments: [id]).map(storedUnit) }
  }

  func units(after id: Int64, limit: Int) throws -> [StoredUnit] {
    try Row.fetchAll(
      db.cachedStatement(sql: "SELECT \(unitColumns) FROM memoryUnit WHERE id > ? ORDER BY id LIMIT ?"),
      arguments: [id, limit]
    ).map(storedUnit)
  }

  func forEachSegment(_ body: (MemorySegment) throws -> Void) throws {
    try SQLiteRawStatement(db, sql: "SELECT unit, targets, tokens FROM memorySegment ORDER BY unit").rows {
      try body(Self.segment($0))
    }
  }

  func unitsContaining(words: [String], language: Language?, limit: Int) throws -> [Int64] {
    guard !words.isEmpty else { return [] }
    let terms = words.map { word in
      let prefix = word.hasSuffix("*")
      let bare = prefix ? String(word.dropLast()) : word
      return "\"" + bare.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
    }
    var expression = terms.joined(separator: " AND ")
    if let language { expression = "{\(language.rawValue)} : (\(expression))" }
    return try Int64.fetchAll(
      db, sql: "SELECT rowid FROM memoryText WHERE memoryText MATCH ? ORDER BY rowid LIMIT ?",
      arguments: [expression, limit])
  }
}

/// Writes units and keeps the indexes in step, inside one transaction.
///
/// Postings are collected in memory (up to `postingBuffer` of them) and
/// written sorted by token and length, so a bulk import appends to the
/// posting B-tree instead of inserting at random; lists that already exist
/// get their last chunk extended.
final class SQLiteMemoryWriter: MemoryWriter {
  /// Unit ids per posting row.
  static let chunkSize = 2048
  /// Postings held before they are written (12 bytes each).
  static let postingBuffer = 24_000_000
  /// Identities of new units held to spot duplicates without a lookup.
  static let identityBuffer = 4_000_000

  private struct Posting: Comparable {
    var token: UInt32
    var length: UInt32
    var unit: UInt32
    static func < (a: Posting, b: Posting) -> Bool {
      (a.token, a.length, a.unit) < (b.token, b.length, b.unit)
    }
  }

  let db: Database
  private var tokenIDs: [String: UInt32] = [:]
  private var newTokens: [(id: UInt32, key: String)] = []
  /// The keys of `newTokens`, which the token table does not hold yet.
  private var newTokenKeys: [UInt32: String] = [:]
  private var frequencyChanges: [UInt32: Int] = [:]
  private var nextTokenID: UInt32
  /// Tokens created in this transaction whose postings are not written yet:
  /// their lists cannot exist in the table.
  private var unwrittenNewTokens: Set<UInt32> = []
  private let tokenTableWasEmpty: Bool
  /// Whether a new unit's identity must be looked up in the store; not while
  /// the memory was empty before this transaction and `identitiesAdded`
  /// holds every unit added since.
  private var lookUpIdentities: Bool
  private var identitiesAdded: Set<Int64> = []
  private var pending: [Posting] = []

  private let insertUnit: SQLiteRawStatement
  private let insertSegment: SQLiteRawStatement
  private let insertText: SQLiteRawStatement
  private let insertPosting: SQLiteRawStatement

  init(db: Database) throws {
    self.db = db
    insertUnit = try SQLiteRawStatement(
      db,
      sql: """
        INSERT INTO memoryUnit (identity, source, ru, kk, origin, created, changed, properties)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertSegment = try SQLiteRawStatement(
      db, sql: "INSERT INTO memorySegment (unit, length, targets, tokens) VALUES (?, ?, ?, ?)")
    insertText = try SQLiteRawStatement(db, sql: "INSERT INTO memoryText (rowid, en, ru, kk) VALUES (?, ?, ?, ?)")
    insertPosting = try SQLiteRawStatement(
      db, sql: "INSERT INTO memoryPosting (token, length, firstUnit, units) VALUES (?, ?, ?, ?)")
    nextTokenID = UInt32(try Int64.fetchOne(db, sql: "SELECT max(id) FROM memoryToken") ?? 0) + 1
    tokenTableWasEmpty = nextTokenID == 1
    lookUpIdentities = try Int64.fetchOne(db, sql: "SELECT id FROM memoryUnit LIMIT 1") != nil
  }

  func add(_ indexed: IndexedUnit) throws -> MemoryAddition {
    let unit = indexed.unit
    let identity = Self.identity(unit)
    if lookUpIdentities || identitiesAdded.contains(identity), let id = try merge(unit, identity: identity) {
      return .merged(id)
    }
    if !lookUpIdentities {
      identitiesAdded.insert(identity)
      // Past this many, the store's index answers instead of memory.
      if identitiesAdded.count >= Self.identityBuffer {
        identitiesAdded = []
        lookUpIdentities = true
      }
    }
    try insertUnit.run(
      .int(identity), .text(unit.source), .text(unit.targets[.ru]), .text(unit.targets[.kk]), .text(unit.origin),
      .int(Self.seconds(unit.created)), .int(Self.seconds(unit.changed)), .text(Self.json(unit.properties)))
    let id = db.lastInsertedRowID
    guard let unitID = UInt32(exactly: id) else {
      throw StoreError(path: db.description, message: "the memory is full (unit ids past \(UInt32.max))")
    }

    var tokens: [UInt32] = []
    tokens.reserveCapacity(indexed.tokenKeys.count)
    for key in indexed.tokenKeys { tokens.append(try tokenID(key)) }
    let length = UInt32(tokens.count)
    // A token's later occurrences are filed under keys of their own (see
    // `SegmentTokenizer.postingKeys`); most segments repeat few tokens.
    var seen: [UInt32: Int] = [:]  // for long segments only
    for (position, token) in tokens.enumerated() {
      let rank: Int
      if tokens.count <= 64 {
        rank = 1 + tokens[..<position].reduce(0) { $1 == token ? $0 + 1 : $0 }
      } else {
        rank = (seen[token] ?? 0) + 1
        seen[token] = rank
      }
      let posting = rank == 1 ? token : try tokenID("\(indexed.tokenKeys[position]) \(rank)")
      frequencyChanges[posting, default: 0] += 1
      pending.append(Posting(token: posting, length: length, unit: unitID))
    }
    try insertSegment.run(
      .int(id), .int(Int64(tokens.count)), .int(Int64(TargetBits.bits(unit.targets.keys))),
      .blob(UInt32Blob.encode(tokens)))
    try insertText.run(
      .int(id), .text(indexed.searchKeys[.en] ?? ""), .text(indexed.searchKeys[.ru] ?? ""),
      .text(indexed.searchKeys[.kk] ?? ""))
    if pending.count >= Self.postingBuffer { try writePostings() }
    return .added(id)
  }

  /// Merges `unit` into the stored unit identical to it, if there is one.
  private func merge(_ unit: TranslationUnit, identity: Int64) throws -> Int64? {
    let find = try db.cachedStatement(sql: "SELECT \(unitColumns) FROM memoryUnit WHERE identity = ?")
    let rows = try Row.fetchCursor(find, arguments: [identity])
    while let row = try rows.next() {
      let stored = try storedUnit(row)
      guard stored.unit.source == unit.source, stored.unit.targets == unit.targets else { continue }
      let properties = stored.unit.properties.merging(unit.properties) { _, new in new }
      let update = try db.cachedStatement(
        sql: "UPDATE memoryUnit SET created = ?, changed = ?, properties = ? WHERE id = ?")
      try update.execute(arguments: [
        Self.seconds(min(stored.unit.created, unit.created)), Self.seconds(max(stored.unit.changed, unit.changed)),
        Self.json(properties), stored.id,
      ])
      return stored.id
    }
    return nil
  }

  private func tokenID(_ key: String) throws -> UInt32 {
    if let id = tokenIDs[key] { return id }
    let id: UInt32
    if !tokenTableWasEmpty,
      let existing = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM memoryToken WHERE key = ?"), arguments: [key])
    {
      id = UInt32(existing)
    } else {
      id = nextTokenID
      nextTokenID += 1
      newTokens.append((id, key))
      newTokenKeys[id] = key
      unwrittenNewTokens.insert(id)
    }
    tokenIDs[key] = id
    return id
  }

  func units(withOriginPrefix prefix: String) throws -> [StoredUnit] {
    try Row.fetchAll(
      db, sql: "SELECT \(unitColumns) FROM memoryUnit WHERE origin >= ? AND origin < ? ORDER BY id",
      arguments: [prefix, prefix + "\u{10FFFF}"]
    ).map(storedUnit)
  }

  func remove(_ ids: [Int64]) throws {
    try writePostings()
    let readSegment = try db.cachedStatement(sql: "SELECT tokens FROM memorySegment WHERE unit = ?")
    let findChunk = try db.cachedStatement(
      sql: """
        SELECT firstUnit, units FROM memoryPosting
        WHERE token = ? AND length = ? AND firstUnit <= ? ORDER BY firstUnit DESC LIMIT 1
        """)
    let readKey = try db.cachedStatement(sql: "SELECT key FROM memoryToken WHERE id = ?")
    for id in ids {
      guard let data = try Data.fetchOne(readSegment, arguments: [id]) else { continue }
      let tokens = UInt32Blob.decode(data)
      let keys = try tokens.map { token in
        try newTokenKeys[token] ?? String.fetchOne(readKey, arguments: [Int64(token)]) ?? ""
      }
      for key in SegmentTokenizer.postingKeys(keys) {
        let token = try tokenID(key)
        frequencyChanges[token, default: 0] -= 1
        guard let row = try Row.fetchOne(findChunk, arguments: [Int64(token), tokens.count, id]) else { continue }
        let first: Int64 = row[0]
        var units = UInt32Blob.decode(row[1] as Data)
        units.removeAll { Int64($0) == id }
        try db.execute(
          sql: "DELETE FROM memoryPosting WHERE token = ? AND length = ? AND firstUnit = ?",
          arguments: [Int64(token), tokens.count, first])
        if !units.isEmpty { try insertChunks(token: token, length: tokens.count, units: units[...]) }
      }
      try db.execute(sql: "DELETE FROM memorySegment WHERE unit = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM memoryText WHERE rowid = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM memoryUnit WHERE id = ?", arguments: [id])
    }
  }

  /// Writes the buffered postings and the token table; called before commit.
  func finish() throws {
    try writePostings()
    let insertToken = try SQLiteRawStatement(db, sql: "INSERT INTO memoryToken (id, key, frequency) VALUES (?, ?, ?)")
    for (id, key) in newTokens {
      try insertToken.run(.int(Int64(id)), .text(key), .int(Int64(frequencyChanges.removeValue(forKey: id) ?? 0)))
    }
    newTokens.removeAll()
    newTokenKeys.removeAll()
    let update = try db.makeStatement(sql: "UPDATE memoryToken SET frequency = frequency + ? WHERE id = ?")
    for (id, change) in frequencyChanges where change != 0 {
      try update.execute(arguments: [change, Int64(id)])
    }
    frequencyChanges.removeAll()
  }

  /// Writes the buffered postings, grouped by token and length.
  private func writePostings() throws {
    guard !pending.isEmpty else { return }
    pending.sort()
    let lastChunk = try db.cachedStatement(
      sql: "SELECT firstUnit, units FROM memoryPosting WHERE token = ? AND length = ? ORDER BY firstUnit DESC LIMIT 1")
    var start = 0
    while start < pending.count {
      let token = pending[start].token
      let length = pending[start].length
      var end = start + 1
      while end < pending.count, pending[end].token == token, pending[end].length == length { end += 1 }
      var units = pending[start..<end].map(\.unit)
      if !unwrittenNewTokens.contains(token),
        let row = try Row.fetchOne(lastChunk, arguments: [Int64(token), Int64(length)])
      {
        let existing = UInt32Blob.decode(row[1] as Data)
        if existing.count < Self.chunkSize {
          try db.execute(
            sql: "DELETE FROM memoryPosting WHERE token = ? AND length = ? AND firstUnit = ?",
            arguments: [Int64(token), Int64(length), row[0] as Int64])
          units = existing + units
        }
      }
      try insertChunks(token: token, length: Int(length), units: units[...])
      start = end
    }
    pending.removeAll(keepingCapacity: false)
    unwrittenNewTokens.removeAll()
  }

  private func insertChunks(token: UInt32, length: Int, units: ArraySlice<UInt32>) throws {
    var start = units.startIndex
    while start < units.endIndex {
      let end = min(start + Self.chunkSize, units.endIndex)
      try insertPosting.run(
        .int(Int64(token)), .int(Int64(length)), .int(Int64(units[start])),
        .blob(UInt32Blob.encode(Array(units[start..<end]))))
      start = end
    }
  }

  /// FNV-1a over the source and the targets: equal for identical units.
  static func identity(_ unit: TranslationUnit) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ text: String?) {
      guard let text else {
        hash = (hash ^ 0x01) &* 0x100_0000_01b3
        return
      }
      for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      hash = (hash ^ 0x00) &* 0x100_0000_01b3
    }
    mix(unit.source)
    mix(unit.targets[.ru])
    mix(unit.targets[.kk])
    return Int64(bitPattern: hash)
  }

  static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

  static func json(_ properties: [String: String]) -> String? {
    guard !properties.isEmpty else { return nil }
    let sorted = properties.count == 1 ? Array(properties) : properties.sorted { $0.key < $1.key }
    return JSONValue.object(sorted.map { ($0.key, .string($0.value)) }).serialized()
  }
}
