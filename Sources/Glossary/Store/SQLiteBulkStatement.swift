import Foundation
internal import GRDB
internal import GRDBSQLite

/// An INSERT run many times in a bulk write, binding its values with the
/// SQLite C API: building GRDB's argument arrays costs more than the insert
/// itself when a million rows go in.
///
/// The statement is only ever run through this type, which resets it after
/// each row.
final class SQLiteBulkStatement {
  /// A value to bind.
  enum Value {
    case int(Int64)
    case text(String?)
    case blob(Data)
  }

  private let statement: Statement
  private let db: Database

  init(_ db: Database, sql: String) throws {
    self.db = db
    statement = try db.makeStatement(sql: sql)
  }

  /// Binds `values` to the parameters in order and runs the statement once.
  func run(_ values: Value...) throws {
    let handle = statement.sqliteStatement
    // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .int(let number): sqlite3_bind_int64(handle, index, number)
      case .text(nil): sqlite3_bind_null(handle, index)
      case .text(let text?): sqlite3_bind_text(handle, index, text, -1, transient)
      case .blob(let data):
        data.withUnsafeBytes { bytes in
          _ = sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), transient)
        }
      }
    }
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    guard code == SQLITE_DONE else {
      throw StoreError(
        path: db.description, message: "\(String(cString: sqlite3_errstr(code))) in '\(statement.sql)'")
    }
  }
}
