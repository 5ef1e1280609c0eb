import Foundation
internal import GRDB

extension SQLiteStore {
  /// Refuses, before anything writes to it, a path that is no `tm` store:
  /// a folder, a file that is not SQLite, an SQLite database of another
  /// program (migrating it would add `tm`'s tables to it), or a store made by
  /// a newer `tm`, whose schema this version does not know. A missing file
  /// (in a folder that exists) or an empty one is fine: it becomes a new store.
  static func checkIsStore(at path: String, migrator: DatabaseMigrator) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      let folder = (path as NSString).deletingLastPathComponent
      guard folder.isEmpty || FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
        folder.isEmpty || isDirectory.boolValue
      else {
        throw StoreError(path: path, message: "no folder '\(folder)' to create the store in")
      }
      return
    }
    guard !isDirectory.boolValue else { throw StoreError(path: path, message: "is a folder, not a tm store") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    guard size > 0 else { return }
    var configuration = Configuration()
    configuration.readonly = true
    // As the store's own connections do: an import that ends (commits and
    // checkpoints its WAL) holds locks a moment, and a reader waits that out.
    configuration.busyMode = .timeout(30)
    let tables: [String]
    let unknown: [String]
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      (tables, unknown) = try queue.read { db in
        let tables = try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        guard tables.contains("grdb_migrations") else { return (tables, []) }
        let known = Set(migrator.migrations)
        return (tables, try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted())
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw StoreError(path: path, message: "is not an SQLite database, so not a tm store")
    } catch let error as DatabaseError {
      throw StoreError(path: path, message: error.message ?? error.description)
    }
    if !tables.isEmpty && !tables.contains("grdb_migrations") {
      let listed = tables.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
      throw StoreError(
        path: path, message: "is an SQLite database of another program (tables \(listed)), not a tm store")
    }
    if !unknown.isEmpty {
      throw StoreError(
        path: path,
        message: "the store was made by a newer version of tm (schema '\(unknown.joined(separator: "', '"))'); "
          + "use that version")
    }
  }
}

extension SQLiteStore {
  /// Closes the store and removes its files (the database, its WAL and
  /// shared-memory files, the write lock): for a store that was just created
  /// by a command that failed. The store cannot be used afterwards.
  func closeAndRemove() {
    try? database.close()
    for suffix in ["", "-wal", "-shm", "-lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }
}
