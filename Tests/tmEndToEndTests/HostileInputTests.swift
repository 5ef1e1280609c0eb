import Foundation
import Testing

/// Broken and hostile files given to `tm`: each gets a clear error (file,
/// line, what is wrong) or is read correctly, and nothing crashes.
@Suite(.serialized) struct HostileInputTests {
  @Test func textFilesInOtherShapes() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let text = "President Tokayev met Xi Jinping in Astana.\r\nThe SCO summit opened.\rIt closed.\n"
    try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: tm.url("utf16.txt"))
    try tm.write(text, to: "crlf.txt")
    try tm.write("", to: "empty.txt")
    for file in ["utf16.txt", "crlf.txt"] {
      let extract = try tm.run(["extract", file, "--min-freq", "1"])
      #expect(extract.status == 0)
      #expect(extract.stdout.contains("\(file):1  President Tokayev met Xi Jinping in Astana."), "\(extract.stdout)")
      #expect(extract.stdout.contains("\(file):2  The SCO summit opened."), "\(extract.stdout)")
      #expect(try tm.run(["check", file]).stdout == "no findings in 1 file\n")
    }
    #expect(try tm.run(["check", "empty.txt"]).stdout == "no findings in 1 file\n")
    // A memory in UTF-16 with CRLF line ends, as CAT tools save it.
    let memory = "en\tru\r\nNurly Zhol programme\tпрограмма «Нурлы жол»\r\nBright Path\tСветлый путь\r\n"
    try Data([0xFF, 0xFE] + memory.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: tm.url("memory.tsv"))
    let imported = try tm.run(["import", "memory.tsv"])
    #expect(imported.status == 0)
    #expect(imported.stdout.hasPrefix("imported 2 units from 1 file"), "\(imported.stdout)")
    #expect(try tm.run(["match", "Bright Path"]).stdout.contains("Светлый путь"))
    #expect(try tm.run(["extract", "empty.txt", "--format", "tsv"]).status == 0)
  }

  @Test func binaryAndInvalidFilesAreErrors() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try Data("abc\ndef\u{0}ghi\n".utf8).write(to: tm.url("nul.txt"))
    try Data("ok\nbad \u{FF}".utf8.map { $0 } + [0xFF]).write(to: tm.url("bad.txt"))
    try Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC]).write(to: tm.url("half.txt"))
    let expected = [
      "nul.txt": "nul.txt:2: a NUL byte at byte offset 7: not a text file (or UTF-16 without a byte-order mark)",
      "bad.txt": "bad.txt:2: invalid UTF-8 at byte offset 9",
      "half.txt": "half.txt:1: invalid UTF-16 at byte offset 4",
    ]
    for (file, message) in expected {
      let check = try tm.run(["check", file])
      #expect(check.status == 2)
      #expect(check.stderr.contains("Error: \(message)\n"), "\(check.stderr)")
      let extract = try tm.run(["extract", file])
      #expect(extract.status == 1)
      #expect(extract.stderr == "Error: \(message)\n")
    }
  }

  /// A file of 2 GB of zeros that takes no disk.
  static func writeSparseFile(_ url: URL) throws {
    try Data().write(to: url)
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 2 << 30)
    try handle.close()
  }

  /// A 2 GB file is refused at once, and never read whole.
  @Test func hugeFilesAreRefused() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    for name in ["huge.txt", "huge.tbx", "huge.tmx", "huge.tsv", "huge.po"] { try Self.writeSparseFile(tm.url(name)) }
    let imports = [
      "huge.tbx": "huge.tbx: the file is larger than 64 MiB, the most tm reads at once: split it",
      "huge.tmx":
        "huge.tmx:1:1: a NUL character: the file is not text, or is UTF-16 or UTF-32 without a byte-order mark",
      "huge.tsv": "huge.tsv:1: the line is longer than 1 MiB, the most tm reads",
      "huge.po": "huge.po:1: the line is longer than 1 MiB, the most tm reads",
    ]
    for (file, message) in imports {
      let output = try tm.run(file.hasSuffix(".po") ? ["import", file, "--target-lang", "ru"] : ["import", file])
      #expect(output.status == 1)
      #expect(output.stderr.hasSuffix("Error: \(message)\n"), "\(output.stderr)")
    }
    let message = "Error: huge.txt: the file is larger than 32 MiB, the most tm reads at once: split it\n"
    let check = try tm.run(["check", "huge.txt"])
    #expect(check.status == 2)
    #expect(check.stderr.contains(message))
    let extract = try tm.run(["extract", "huge.txt"])
    #expect(extract.status == 1)
    #expect(extract.stderr == message)
  }

  @Test func brokenDataFilesStopTheBuild() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    #expect(try tm.run(["build"]).status == 0)
    let before = try tm.run(["export", "--format", "tsv"]).stdout
    let places = try tm.read("data/termbase/places.tsv")
    try Data(places.utf8.prefix(200) + [0] + places.utf8.dropFirst(200)).write(to: tm.url("data/termbase/places.tsv"))
    let output = try tm.run(["lookup", "Astana"])
    #expect(output.status == 1)
    #expect(
      output.stderr.hasPrefix("Error: data/termbase/places.tsv:3: a NUL byte at byte offset 200: not a text file"))
    // With the file as it was, the store needs no rebuild: the failed one
    // never wrote.
    try tm.write(places, to: "data/termbase/places.tsv")
    let after = try tm.run(["export", "--format", "tsv"])
    #expect(after.stdout == before)
    #expect(after.stderr == "")
    // A seed too large to read is named before anything reads it.
    try Self.writeSparseFile(tm.url("seeds/huge.txt"))
    let huge = try tm.run(["lookup", "Astana"])
    #expect(huge.status == 1)
    #expect(
      huge.stderr == "Error: seeds/huge.txt: the file is larger than 32 MiB, the most tm reads at once: split it\n")
  }

  @Test func billionLaughsImportIsRejectedAndChangesNothing() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let levels = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }
    try tm.write(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY l0 \"lol\">\n" + levels.joined(separator: "\n") + "\n]>\n"
        + "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&l9;</term></tig></langSet></termEntry>"
        + "</body></text></martif>\n", to: "laughs.tbx")
    let before = try tm.run(["export"]).stdout
    let output = try tm.run(["import", "laughs.tbx"])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "Error: laughs.tbx:3:1: the file declares entities (<!ENTITY …>), which tm does not expand: TBX and TMX files need none\n"
    )
    #expect(try tm.run(["export"]).stdout == before)
  }
}
