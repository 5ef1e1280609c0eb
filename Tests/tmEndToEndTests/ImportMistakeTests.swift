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
}
