internal import GRDB

extension Migrations {
  /// "v3-termbase-imports": the entries imported from TBX files, kept apart
  /// from the term base (which is rebuilt from data/) so that every rebuild
  /// merges them again; and the concept's part of speech.
  static func registerTermBaseImports(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v3-termbase-imports") { db in
      try db.execute(
        sql: """
          ALTER TABLE concept ADD COLUMN partOfSpeech TEXT;
          CREATE TABLE termBaseImport (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order the entries are merged in
            entry TEXT NOT NULL UNIQUE,            -- an ImportedConcept as JSON (sorted keys)
            importedAt TEXT NOT NULL               -- ISO 8601
          );
          """)
    }
  }
}
