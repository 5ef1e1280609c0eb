import Foundation
import GRDB
import Testing

/// `--db` naming something that is not a `tm` store: a clear error, status 1,
/// and the file left exactly as it was.
@Suite(.serialized) struct StoreArgumentTests {
  /// The bytes of a file, to tell whether `tm` changed it.
  static func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

  @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    let queue = try DatabaseQueue(path: tm.url("places.sqlite").path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE place (name TEXT); INSERT INTO place VALUES ('Astana')") }
    try queue.close()
    let before = try Self.bytes(tm.url("places.sqlite"))
    for arguments in [["lookup", "SCO"], ["import", "x.tsv"], ["export"]] {
      let output = try tm.run(arguments + ["--db", "places.sqlite"])
      #expect(output.status == 1)
      #expect(output.stdout == "")
      #expect(
        output.stderr
          == "Error: places.sqlite: is an SQLite database of another program (tables 'place'), not a tm store\n")
    }
    #expect(try Self.bytes(tm.url("places.sqlite")) == before)
  }

  @Test func aStoreOfANewerSchemaIsRefused() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    #expect(try tm.run(["build", "--db", "store.sqlite"]).status == 0)
    let queue = try DatabaseQueue(path: tm.url("store.sqlite").path)
    try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
    try queue.close()
    let before = try StoreSnapshot(tm.url("store.sqlite"))
    let output = try tm.run(["import", "x.tsv", "--db", "store.sqlite"])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "Error: store.sqlite: the store was made by a newer version of tm (schema 'v99-future'); use that version\n")
    #expect(try tm.run(["lookup", "SCO", "--db", "store.sqlite"]).status == 1)
    #expect(try StoreSnapshot(tm.url("store.sqlite")) == before)
  }

  @Test func foldersTextFilesAndEmptyPathsAreNamed() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try FileManager.default.createDirectory(at: tm.url("folder.sqlite"), withIntermediateDirectories: true)
    try tm.write("hello\n", to: "notes.sqlite")
    let cases = [
      "folder.sqlite": "Error: folder.sqlite: is a folder, not a tm store\n",
      "notes.sqlite": "Error: notes.sqlite: is not an SQLite database, so not a tm store\n",
      "missing/new.sqlite": "Error: missing/new.sqlite: no folder 'missing' to create the store in\n",
    ]
    for (path, message) in cases {
      let output = try tm.run(["import", "x.tsv", "--db", path])
      #expect(output.status == 1)
      #expect(output.stderr == message)
    }
    #expect(try tm.read("notes.sqlite") == "hello\n")
    let empty = try tm.run(["lookup", "SCO", "--db", ""])
    #expect(empty.status == 64)
    #expect(empty.stderr.hasPrefix("Error: --db names no file\n"))
  }

  @Test func buildOutsideAProjectSaysWhatIsMissing() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    #expect(try tm.run(["build", "--db", "store.sqlite"]).status == 0)
    let elsewhere = try TMRunner(withData: false)
    defer { elsewhere.remove() }
    try FileManager.default.copyItem(at: tm.url("store.sqlite"), to: elsewhere.url("store.sqlite"))
    let output = try elsewhere.run(["build", "--db", "store.sqlite"])
    #expect(output.status == 1)
    #expect(output.stderr.hasPrefix("Error: no tm project in '"))
    #expect(output.stderr.hasSuffix("' or its parents (a folder with data/termbase) to build the store from\n"))
  }
}
