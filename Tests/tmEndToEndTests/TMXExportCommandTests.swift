import Foundation
import Testing

/// `tm export --format tmx`: the memory out as TMX 1.4b, back in through an
/// empty store, and read by Translate Toolkit.
@Suite(.serialized) struct TMXExportCommandTests {
  /// The export with its header date made neutral.
  func undated(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"datatype="plaintext" creationdate="\d{8}T\d{6}Z""#, with: #"datatype="plaintext" creationdate="DATE""#,
      options: .regularExpression)
  }

  @Test func roundTripOfTheShippedMemoryThroughAnEmptyStoreIsExact() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let first = try tm.run(["export", "--format", "tmx", "--output", "first.tmx"])
    #expect(first.status == 0)
    #expect(first.stderr.hasSuffix("tm: wrote 217 units to first.tmx\n"))
    let text = try tm.read("first.tmx")
    #expect(text.hasPrefix("""
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4">
        <header creationtool="tm" creationtoolversion="0.1.0" segtype="sentence" o-tmf="tm" adminlang="en" srclang="en" datatype="plaintext" creationdate="
      """))
    #expect(text.contains("""
          <tu creationdate="20261123T000000Z" changedate="20261123T000000Z">
            <prop type="x-origin">seeds/000_9d24610990cee87c.txt:3</prop>
            <prop type="x-status">draft</prop>
            <tuv xml:lang="en"><seg>Editor's Note:</seg></tuv>
            <tuv xml:lang="ru"><seg>От редакции:</seg></tuv>
            <tuv xml:lang="kk"><seg>Редакция ескертпесі:</seg></tuv>
          </tu>

      """))
    #expect(text.components(separatedBy: "<tu ").count - 1 == 217)

    let empty = try TMRunner(withData: false)
    defer { empty.remove() }
    try FileManager.default.copyItem(at: tm.url("first.tmx"), to: empty.url("first.tmx"))
    let imported = try empty.run(["import", "first.tmx", "--db", "new.sqlite"])
    #expect(imported.status == 0)
    #expect(imported.stdout == "imported 217 units from 1 file; the memory holds 217 units\n")
    let second = try empty.run(["export", "--format", "tmx", "--db", "new.sqlite"])
    #expect(second.status == 0)
    #expect(second.stderr == "")
    #expect(undated(second.stdout) == undated(text))
    #expect(second.stdout != undated(second.stdout), "the header has a date")
    // With SOURCE_DATE_EPOCH the two are identical byte for byte.
    let pinned = ["SOURCE_DATE_EPOCH": "1700000000"]
    #expect(
      try empty.run(["export", "--format", "tmx", "--db", "new.sqlite"], environment: pinned).stdout
        == (try tm.run(["export", "--format", "tmx"], environment: pinned).stdout))
  }

  @Test func langsChooseTheTargetsAndUnitsWithoutThemAreCounted() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("""
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header srclang="en" creationdate="20250101T000000Z"/><body>
      <tu><prop type="x-origin">manual</prop><tuv xml:lang="en"><seg>Only Russian.</seg></tuv><tuv xml:lang="ru"><seg>Только русский.</seg></tuv></tu>
      <tu><tuv xml:lang="en"><seg>Both.</seg></tuv><tuv xml:lang="ru"><seg>Оба.</seg></tuv><tuv xml:lang="kk"><seg>Екеуі.</seg></tuv></tu>
      </body></tmx>
      """, to: "in.tmx")
    #expect(try tm.run(["import", "in.tmx", "--db", "m.sqlite"]).status == 0)
    let kazakh = try tm.run(["export", "--format", "tmx", "--langs", "en,kk", "--db", "m.sqlite"])
    #expect(kazakh.status == 0)
    #expect(kazakh.stderr == "tm: left out 1 unit without a translation in kk\n")
    #expect(kazakh.stdout.hasSuffix("""
          <tu creationdate="20250101T000000Z" changedate="20250101T000000Z">
            <prop type="x-origin">in.tmx:4</prop>
            <tuv xml:lang="en"><seg>Both.</seg></tuv>
            <tuv xml:lang="kk"><seg>Екеуі.</seg></tuv>
          </tu>
        </body>
      </tmx>

      """))
    let russian = try tm.run(["export", "--format", "tmx", "--langs", "ru", "--db", "m.sqlite"])
    #expect(russian.stderr == "")
    #expect(russian.stdout.contains("<prop type=\"x-origin\">manual</prop>"))
    #expect(russian.stdout.components(separatedBy: "<tu ").count - 1 == 2)

    let latin = try tm.run(["export", "--format", "tmx", "--langs", "en,kk-Latn", "--db", "m.sqlite"])
    #expect(latin.status != 0)
    #expect(latin.stderr.hasPrefix("Error: --format tmx has no kk-Latn: the memory holds Kazakh in Cyrillic only\n"))
    let none = try tm.run(["export", "--format", "tmx", "--langs", "en", "--db", "m.sqlite", "--output", "out.tmx"])
    #expect(none.status != 0)
    #expect(none.stderr.hasPrefix("Error: --format tmx needs a target language in --langs: ru or kk\n"))
    try tm.write("en\tru\nOnly Russian here.\tТолько русский здесь.\n", to: "ru.tsv")
    let onlyRussian = try tm.run(["import", "ru.tsv", "--db", "ru.sqlite"])
    #expect(onlyRussian.status == 0, "\(onlyRussian.stderr)")
    let nothing = try tm.run(["export", "--format", "tmx", "--langs", "en,kk", "--db", "ru.sqlite", "--output", "out.tmx"])
    #expect(nothing.status == 1)
    #expect(nothing.stderr == "Error: nothing to export: no unit of the memory has a translation in kk\n")
    #expect(!FileManager.default.fileExists(atPath: tm.url("out.tmx").path), "a failed export leaves no file")
  }

  @Test(.enabled(if: ExportCommandTests.hasTranslateToolkit, "needs Translate Toolkit: set TM_PYTHON or pip install translate-toolkit (.ci/run does)"))
  func translateToolkitReadsEveryUnit() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    #expect(try tm.run(["export", "--format", "tmx", "--db", "store.sqlite", "--output", "tm.tmx"]).status == 0)
    // The expected texts are read from the store with Python's sqlite3, not through tm.
    let (status, report) = try ExportCommandTests.runClientTest(
      "test_tmx_clients.py", [tm.url("tm.tmx"), tm.url("store.sqlite")])
    #expect(status == 0, "\(report)")
    #expect(report.contains("ok    217 units, expected 217"))
  }
}
