import Foundation
import GRDB

/// What a store holds, seen from outside `tm`: SQLite's integrity check, the
/// number of memory units, and a digest of every row of every table, to
/// tell whether a store is exactly as it was.
struct StoreSnapshot: Equatable {
  var integrity: String
  var units: Int
  var digest: String

  init(_ path: URL) throws {
    let queue = try DatabaseQueue(path: path.path)
    defer { try? queue.close() }
    (integrity, units, digest) = try queue.read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: " ")
      let units = try Int.fetchOne(db, sql: "SELECT count(*) FROM memoryUnit") ?? 0
      // FNV-1a over the rows of the ordinary tables (FTS tables are kept in
      // ordinary shadow tables), each table in a fixed order.
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      func mix(_ text: String) { for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
      let tables = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .filter { !(($0["sql"] as String?) ?? "").uppercased().hasPrefix("CREATE VIRTUAL") }
        .map { $0["name"] as String }
      for table in tables {
        mix(table)
        let columns = try db.columns(in: table).count
        let order = (1...columns).map(String.init).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \"\(table)\" ORDER BY \(order)")
        while let row = try rows.next() { mix(row.description) }
      }
      return (integrity, units, String(hash, radix: 16))
    }
  }
}
