import Foundation
internal import GRDB
internal import GRDBSQLite

/// A prepared statement run through the SQLite C API, for the memory's hot
/// paths: building GRDB's argument arrays and rows costs more than the
/// statement itself when a million rows go in, or when a query reads a few
/// hundred small rows.
///
/// The statement is only ever run through this type, which resets it after
/// each use.
final class SQLiteRawStatement {
  /// A value to bind.
  enum Value {
    case int(Int64)
    case text(String?)
    case blob(Data)
  }

  /// The current row of a query, valid only inside the `rows` callback.
  struct Row {
    fileprivate let handle: OpaquePointer

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func text(_ column: Int32) -> String? {
      guard let bytes = sqlite3_column_text(handle, column) else { return nil }
      return String(cString: bytes)
    }

    /// Appends a blob of little-endian UInt32s to `values`.
    func uint32s(_ column: Int32, into values: inout [UInt32]) {
      let count = Int(sqlite3_column_bytes(handle, column)) / 4
      guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return }
      UInt32Blob.decode(UnsafeRawBufferPointer(start: bytes, count: count * 4), into: &values)
    }
  }

  private let statement: Statement
  private let db: Database

  init(_ db: Database, sql: String) throws {
    self.db = db
    statement = try db.makeStatement(sql: sql)
  }

  /// Binds `values` to the parameters in order and runs the statement once.
  func run(_ values: Value...) throws {
    try execute(values) { _ in }
  }

  /// Binds `values` and calls `body` for each row of the result.
  func rows(_ values: Value..., body: (Row) throws -> Void) throws {
    try execute(values, body)
  }

  private func execute(_ values: [Value], _ body: (Row) throws -> Void) throws {
    let handle = statement.sqliteStatement
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
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
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else {
        throw StoreError(
          path: db.description, message: "\(String(cString: sqlite3_errmsg(db.sqliteConnection))) in '\(statement.sql)'")
      }
      try body(Row(handle: handle))
    }
  }
}
