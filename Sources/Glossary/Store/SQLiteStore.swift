import Foundation
internal import GRDB

/// The embedded store: one SQLite file, in WAL mode so that lookups keep
/// reading the old data while an import or rebuild writes.
public final class SQLiteStore: GlossaryStore {
  public let path: String
  let database: DatabasePool
  let writeLock: StoreWriteLock
  /// Receives a notice when a write waits for another process's.
  public var onWriteWait: (String) -> Void = { _ in }

  /// Opens (creating if needed) the store at `path` and migrates it; a path
  /// that holds something else is refused untouched (`checkIsStore`).
  public init(path: String) throws {
    self.path = path
    writeLock = StoreWriteLock(storePath: path)
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.foreignKeysEnabled = true
    // Reads go through memory mapping rather than a read(2) per page: the
    // memory's indexes are read in many small pieces.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 2147418112") }
    do {
      let migrator = Migrations.migrator
      try Self.checkIsStore(at: path, migrator: migrator)
      database = try DatabasePool(path: path, configuration: configuration)
      try migrator.migrate(database)
    } catch let error as DatabaseError {
      throw StoreError(path: path, message: error.message ?? error.description)
    }
  }

  public func termBaseFingerprint() throws -> String? {
    try database.read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'termbase.fingerprint'")
    }
  }

  public func replaceTermBase(_ termBase: CompiledTermBase, fingerprint: String) throws {
    try writingExclusively {
      try database.write { db in try Self.writeTermBase(termBase, fingerprint: fingerprint, in: db) }
    }
  }

  /// Replaces the term base inside the caller's transaction; a nil
  /// `fingerprint` keeps the one the store has.
  static func writeTermBase(_ termBase: CompiledTermBase, fingerprint: String?, in db: Database) throws {
    try db.execute(sql: "DELETE FROM occurrence; DELETE FROM term; DELETE FROM concept;")
    let insertConcept = try db.makeStatement(
      sql: """
        INSERT INTO concept (id, position, definition, subject, partOfSpeech, notes, sources)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let insertTerm = try db.makeStatement(
      sql: """
        INSERT INTO term (conceptId, position, tag, text, type, status, note, normalizedKey, latinKeys, cyrillicKey)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let insertOccurrence = try db.makeStatement(
      sql: "INSERT INTO occurrence (conceptId, file, line, sentence, matched) VALUES (?, ?, ?, ?, ?)")
    for (c, concept) in termBase.concepts.enumerated() {
      try insertConcept.execute(arguments: [
        concept.id, c, concept.definition, concept.subject, concept.partOfSpeech?.rawValue, Self.joined(concept.notes),
        Self.joined(concept.sources),
      ])
      for (t, term) in concept.terms.enumerated() {
        let keys = termBase.keys[c][t]
        try insertTerm.execute(arguments: [
          concept.id, t, term.tag.rawValue, term.text, term.type.rawValue, term.status.rawValue, term.note,
          keys.normalized, Self.joined(keys.latin), keys.cyrillic,
        ])
      }
      for occurrence in termBase.occurrences[c] {
        try insertOccurrence.execute(arguments: [
          concept.id, occurrence.file, occurrence.line, occurrence.sentence, occurrence.matched,
        ])
      }
    }
    if let fingerprint {
      try db.execute(
        sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('termbase.fingerprint', ?)", arguments: [fingerprint])
    }
  }

  public func loadTermIndex() throws -> TermIndex {
    let (concepts, keys) = try loadConceptsAndKeys()
    return TermIndex(concepts: concepts, keys: keys)
  }

  /// The concepts and the keys of their terms, in the order they were written.
  func loadConceptsAndKeys() throws -> (concepts: [Concept], keys: [[TermKeys]]) {
    try database.read { db in
      var concepts: [Concept] = []
      var keys: [[TermKeys]] = []
      var position: [String: Int] = [:]
      let conceptRows = try Row.fetchCursor(
        db, sql: "SELECT id, definition, subject, notes, sources, partOfSpeech FROM concept ORDER BY position")
      while let row = try conceptRows.next() {
        let id: String = row[0]
        position[id] = concepts.count
        concepts.append(
          Concept(
            id: id, definition: row[1], subject: row[2], partOfSpeech: (row[5] as String?).flatMap(PartOfSpeech.init),
            notes: Self.split(row[3]), sources: Self.split(row[4])))
        keys.append([])
      }
      let sql = """
        SELECT conceptId, tag, text, type, status, note, normalizedKey, latinKeys, cyrillicKey
        FROM term ORDER BY conceptId, position
        """
      let termRows = try Row.fetchCursor(db, sql: sql)
      while let row = try termRows.next() {
        guard let c = position[row[0]], let tag = LanguageTag(rawValue: row[1]),
          let type = TermType(rawValue: row[3]), let status = TermStatus(rawValue: row[4])
        else { throw StoreError(path: path, message: "the term table holds an unknown tag, type or status") }
        concepts[c].terms.append(Term(text: row[2], tag: tag, type: type, status: status, note: row[5]))
        keys[c].append(
          TermKeys(
            normalized: row[6], latin: Self.split(row[7]), cyrillic: row[8]))
      }
      return (concepts, keys)
    }
  }

  /// Lists of strings are stored as one text, separated by U+001F (the
  /// unit separator, which never occurs in a term or a note).
  static func joined(_ strings: [String]) -> String { strings.joined(separator: "\u{1F}") }

  static func split(_ text: String) -> [String] {
    text.isEmpty ? [] : text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
  }

  public func occurrences(ofConcepts ids: [String]) throws -> [String: [Occurrence]] {
    guard !ids.isEmpty else { return [:] }
    return try database.read { db in
      var result: [String: [Occurrence]] = [:]
      let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT conceptId, file, line, sentence, matched FROM occurrence
          WHERE conceptId IN (\(placeholders)) ORDER BY file, line, rowid
          """, arguments: StatementArguments(ids))
      while let row = try rows.next() {
        result[row[0], default: []].append(Occurrence(file: row[1], line: row[2], sentence: row[3], matched: row[4]))
      }
      return result
    }
  }
}

/// A store that cannot be opened or read.
public struct StoreError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var message: String

  public var description: String { "\(path): \(message)" }
}
