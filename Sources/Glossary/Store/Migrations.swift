internal import GRDB

/// The store's schema, one migration per shipped version. A migration is
/// never edited once it has shipped: add a new one instead.
enum Migrations {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()

    migrator.registerMigration("v1-termbase") { db in
      try db.execute(
        sql: """
          CREATE TABLE concept (
            id TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL,
            definition TEXT NOT NULL,
            subject TEXT,
            notes TEXT NOT NULL,      -- strings separated by U+001F
            sources TEXT NOT NULL     -- file names separated by U+001F
          );
          CREATE TABLE term (
            id INTEGER PRIMARY KEY,
            conceptId TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,        -- en, ru, kk, kk-Latn
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            note TEXT,
            normalizedKey TEXT NOT NULL,
            latinKeys TEXT NOT NULL,  -- keys separated by U+001F
            cyrillicKey TEXT
          );
          CREATE INDEX term_conceptId ON term(conceptId, position);
          CREATE INDEX term_normalizedKey ON term(normalizedKey);
          CREATE TABLE occurrence (
            conceptId TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            matched TEXT NOT NULL
          );
          CREATE INDEX occurrence_conceptId ON occurrence(conceptId);
          CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
          );
          """)
    }

    registerTermBaseImports(in: &migrator)

    return migrator
  }
}
