import Foundation
internal import GRDB

extension SQLiteStore: TermBaseExchangeStore {
  public func loadConcepts() throws -> [Concept] {
    try loadConceptsAndKeys().concepts
  }

  public func importedConcepts() throws -> [ImportedConcept] {
    let decoder = JSONDecoder()
    return try database.read { db in
      try String.fetchAll(db, sql: "SELECT entry FROM termBaseImport ORDER BY id").map { json in
        try decoder.decode(ImportedConcept.self, from: Data(json.utf8))
      }
    }
  }

  public func replaceTermBase(
    _ termBase: CompiledTermBase, fingerprint: String?, recording imports: [ImportedConcept]
  ) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let now = ISO8601DateFormatter().string(from: Date())
    try writingExclusively { try database.write { db in
      try Self.writeTermBase(termBase, fingerprint: fingerprint, in: db)
      let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO termBaseImport (entry, importedAt) VALUES (?, ?)")
      for entry in imports {
        try insert.execute(arguments: [String(decoding: try encoder.encode(entry), as: UTF8.self), now])
      }
    } }
  }

}
