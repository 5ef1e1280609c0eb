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
    #expect(output.stdout.hasSuffix("1 finding in 1 file: 1 stray-line, 0 mixed-script, 0 non-preferred-term\n"))
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
}
