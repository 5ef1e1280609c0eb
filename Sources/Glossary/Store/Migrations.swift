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

    migrator.registerMigration("v2-memory") { db in
      try db.execute(
        sql: """
          CREATE TABLE memoryUnit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            identity INTEGER NOT NULL,  -- FNV-1a of source, ru and kk, to find identical units
            source TEXT NOT NULL,
            ru TEXT,
            kk TEXT,
            origin TEXT NOT NULL,
            created INTEGER NOT NULL,   -- seconds since 1970
            changed INTEGER NOT NULL,
            properties TEXT             -- JSON object, or NULL when there are none
          );
          CREATE INDEX memoryUnit_identity ON memoryUnit(identity);
          CREATE INDEX memoryUnit_origin ON memoryUnit(origin);
          -- The source's match tokens: token ids as little-endian UInt32s.
          CREATE TABLE memorySegment (
            unit INTEGER PRIMARY KEY,
            length INTEGER NOT NULL,
            targets INTEGER NOT NULL,   -- bit 0: ru, bit 1: kk
            tokens BLOB NOT NULL
          );
          CREATE TABLE memoryToken (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            frequency INTEGER NOT NULL  -- how many segments contain the token
          );
          -- Inverted index clustered by token and segment length: ascending
          -- unit ids as little-endian UInt32s, in chunks starting at firstUnit.
          CREATE TABLE memoryPosting (
            token INTEGER NOT NULL,
            length INTEGER NOT NULL,
            firstUnit INTEGER NOT NULL,
            units BLOB NOT NULL,
            PRIMARY KEY (token, length, firstUnit)
          ) WITHOUT ROWID;
          -- Concordance: each language's text as loose Latin keys (MatchKey.latin
          -- of the text or of its romanization).
          CREATE VIRTUAL TABLE memoryText USING fts5(
            en, ru, kk, tokenize = 'unicode61 remove_diacritics 0', detail = 'column');
          """)
    }

    registerTermBaseImports(in: &migrator)

    return migrator
  }
}
