import Foundation
import Testing

/// The files and folders given to `tm check` and `tm extract`: both search
/// folders alike, and `tm check` goes on past a path it cannot use.
@Suite(.serialized) struct PathArgumentTests {
  @Test func checkReportsABadPathAndChecksTheOthers() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("Поделиться\n", to: "good.txt")
    try FileManager.default.createDirectory(at: tm.url("empty"), withIntermediateDirectories: true)
    let output = try tm.run(["check", "missing.txt", "good.txt", "empty"])
    #expect(output.status == 2)
    #expect(output.stdout.hasPrefix("good.txt:1:1: stray-line: line in Russian (Cyrl)"), "\(output.stdout)")
    #expect(output.stdout.hasSuffix(
      "1 finding in 1 file: 1 stray-line, 0 mixed-script, 0 non-preferred-term; 2 not checked (errors above)\n"))
    #expect(output.stderr.contains("Error: missing.txt: no such file or folder\nError: empty: no .txt files in the folder\n"))
  }

  @Test func foldersAreSearchedAlikeByCheckAndExtract() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("The Nurly Zhol (Bright Path) programme began.\n", to: "docs/a.txt")
    try tm.write("The Zebra Protocol (ZP) was signed.\n", to: "docs/.drafts/hidden.txt")
    try FileManager.default.createDirectory(at: tm.url("docs/notes.txt"), withIntermediateDirectories: true)
    let extract = try tm.run(["extract", "docs", "--format", "json"])
    #expect(extract.status == 0, "\(extract.stderr)")
    #expect(extract.stdout.hasPrefix("{\"documents\":[\"docs/a.txt\"],"), "\(extract.stdout)")
    #expect(!extract.stdout.contains("Zebra"))
    let check = try tm.run(["check", "docs"])
    #expect(check.stdout == "no findings in 1 file\n")
  }

  @Test func fixFollowsASymbolicLink() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("In Kаzakhstan.\n", to: "texts/real.txt")
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: tm.url("texts/real.txt").path)
    try FileManager.default.createSymbolicLink(atPath: tm.url("link.txt").path, withDestinationPath: "texts/real.txt")
    let output = try tm.run(["check", "--fix", "link.txt"])
    #expect(output.status == 1)
    #expect(output.stderr.contains("tm: fixed 1 mixed-script word in link.txt (backup: link.txt.orig)\n"))
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: tm.url("link.txt").path)
    #expect(link == "texts/real.txt", "the link stays a link")
    #expect(try tm.read("texts/real.txt") == "In Kazakhstan.\n")
    #expect(try tm.read("link.txt.orig") == "In Kаzakhstan.\n")
    let permissions = try FileManager.default.attributesOfItem(atPath: tm.url("texts/real.txt").path)[.posixPermissions]
    #expect((permissions as? NSNumber)?.intValue == 0o640)
  }
}
