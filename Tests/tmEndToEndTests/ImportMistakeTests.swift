import Foundation
import Testing

/// `tm import` given the wrong thing: an error naming the file, status 1, and
/// nothing left behind, not even the new store `--db` named.
@Suite(.serialized) struct ImportMistakeTests {
  @Test func aFailedImportLeavesNoNewStore() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try FileManager.default.createDirectory(at: tm.url("folder.tsv"), withIntermediateDirectories: true)
    try tm.write("en\tru\nHello\n", to: "bad.tsv")
    try tm.write("<martif", to: "cut.tbx")
    let cases = [
      "missing.tsv": "Error: missing.tsv: cannot read the file: no such file\n",
      "folder.tsv": "Error: folder.tsv: cannot read the file: it is a folder\n",
      "bad.tsv": "Error: bad.tsv:2: expected 2 tab-separated fields as in the header, found 1\n",
      "cut.tbx": "Error: cut.tbx:1:1: the file ends inside a tag\n",
    ]
    for (file, message) in cases {
      let output = try tm.run(["import", file, "--db", "new.sqlite"])
      #expect(output.status == 1)
      #expect(output.stderr == message)
      let left = try FileManager.default.contentsOfDirectory(atPath: tm.directory.path).filter { $0.hasPrefix("new.") }
      #expect(left.isEmpty, "\(file) left \(left)")
    }
    try tm.write("en\tru\nHello\tПривет\n", to: "good.tsv")
    #expect(try tm.run(["import", "good.tsv", "--db", "new.sqlite"]).status == 0)
    // A failed import into a store that exists keeps it as it was.
    let before = try StoreSnapshot(tm.url("new.sqlite"))
    #expect(try tm.run(["import", "bad.tsv", "--db", "new.sqlite"]).status == 1)
    #expect(try StoreSnapshot(tm.url("new.sqlite")) == before)
  }

  /// `tm align --add` names a new store as `tm import` does: created when the
  /// alignment is added, gone when it fails.
  @Test func alignAddCreatesANewStoreAndRemovesItOnFailure() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("Kazakhstan chairs the SCO.\n", to: "en.txt")
    try tm.write("Казахстан председательствует в ШОС.\n", to: "ru.txt")
    try tm.write("\n", to: "blank.txt")
    let failed = try tm.run(["align", "en.txt", "blank.txt", "--target-lang", "ru", "--add", "--db", "new.sqlite"])
    #expect(failed.status == 1)
    #expect(failed.stderr == "Error: blank.txt: the file has no text to align\n")
    #expect(!FileManager.default.fileExists(atPath: tm.url("new.sqlite").path))
    let added = try tm.run(["align", "en.txt", "ru.txt", "--target-lang", "ru", "--add", "--db", "new.sqlite"])
    #expect(added.status == 0)
    #expect(added.stderr.hasSuffix("tm: added 1 unit to the memory\n"), "\(added.stderr)")
    #expect(try tm.run(["concordance", "SCO", "--db", "new.sqlite"]).stdout.contains("Казахстан председательствует в ШОС."))
  }
}
