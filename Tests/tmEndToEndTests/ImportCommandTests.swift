import Foundation
import Testing

/// `tm import` of TBX files, and round trips through an empty store.
@Suite(.serialized) struct ImportCommandTests {
  /// The export with its header date made neutral.
  func undated(_ text: String) -> String {
    text.replacingOccurrences(of: #"on \d{4}-\d{2}-\d{2}\."#, with: "on DATE.", options: .regularExpression)
  }

  @Test(arguments: ["2008", "2019"])
  func roundTripThroughAnEmptyStoreIsExact(_ version: String) throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let first = try tm.run(["export", "--tbx-version", version, "--output", "first.tbx"])
    #expect(first.status == 0)

    // A store without a project: the import creates it.
    let empty = try TMRunner(withData: false)
    defer { empty.remove() }
    try FileManager.default.copyItem(at: tm.url("first.tbx"), to: empty.url("first.tbx"))
    let imported = try empty.run(["import", "first.tbx", "--db", "new.sqlite"])
    #expect(imported.status == 0)
    #expect(imported.stderr == "")
    #expect(imported.stdout.hasPrefix("imported first.tbx: 95 entries, 500 terms added\n  new concepts: 95 (astana, astana-summit, "))
    let second = try empty.run(["export", "--db", "new.sqlite", "--tbx-version", version])
    #expect(second.status == 0)
    #expect(undated(second.stdout) == undated(try tm.read("first.tbx")))
    #expect(second.stdout != undated(second.stdout), "the header has a date")
    // With SOURCE_DATE_EPOCH the two are identical byte for byte.
    let pinned = ["SOURCE_DATE_EPOCH": "1700000000"]
    #expect(
      try empty.run(["export", "--db", "new.sqlite", "--tbx-version", version], environment: pinned).stdout
        == (try tm.run(["export", "--tbx-version", version], environment: pinned).stdout))

    // Importing the same file again adds nothing.
    let again = try empty.run(["import", "first.tbx", "--db", "new.sqlite"])
    #expect(again.stdout.hasPrefix("imported first.tbx: 95 entries, 0 terms added\n  merged into: 95 ("))
  }

  @Test func importMergesIntoTheProjectAndSurvivesChangesToData() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>partner glossary</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
          <conceptEntry id="c-17">
            <langSec xml:lang="en-GB"><termSec><term>Belt and Road Initiative</term></termSec></langSec>
            <langSec xml:lang="kk-Cyrl-KZ"><termSec><term>«Белдеу және жол» бастамасы</term>
              <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec></langSec>
            <langSec xml:lang="de"><termSec><term>Neue Seidenstraße</term></termSec></langSec>
          </conceptEntry>
        </body></text>
      </tbx>
      """, to: "partner.tbx")
    let output = try tm.run(["import", "partner.tbx"])
    #expect(output.status == 0)
    #expect(
      output.stdout == """
        imported partner.tbx: 1 entry, 1 term added
          merged into: 1 (bri)
          skipped language sections: de 1

        """)
    let lookup = try tm.run(["lookup", "Белдеу және жол бастамасы", "--limit", "1"])
    #expect(lookup.stdout.hasPrefix("Belt and Road Initiative  [bri]"))

    let file = "data/termbase/places.tsv"
    try tm.write(try tm.read(file) + "# a change\n", to: file)
    let rebuilt = try tm.run(["lookup", "Белдеу және жол бастамасы", "--limit", "1"])
    #expect(rebuilt.stderr.hasPrefix("tm: data/ or seeds/ changed; rebuilt the store ("))
    #expect(rebuilt.stdout.hasPrefix("Belt and Road Initiative  [bri]"))
  }

  @Test func badFilesAreErrorsWithTheirPlace() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("<martif type=\"TBX-Basic\">\n  <text><body><termEntry>\n    <langSet><tig><term>x</term></tig></langSet>\n", to: "bad.tbx")
    let before = try tm.run(["export"]).stdout
    let output = try tm.run(["import", "bad.tbx"])
    #expect(output.status == 1)
    #expect(output.stderr.hasSuffix("Error: bad.tbx:3:13: langSet has no xml:lang\n"))
    #expect(try tm.run(["export"]).stdout == before, "the store is as it was")

    let missing = try tm.run(["import", "nowhere.tbx"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasSuffix("Error: nowhere.tbx: cannot read the file: no such file\n"))
    let mixed = try tm.run(["import", "bad.tbx", "memory.tmx"])
    #expect(mixed.status == 64)
    #expect(mixed.stderr.contains("import .tbx files and memory files (.tmx, .po, .tsv) in separate commands"))
    let two = try tm.run(["import", "bad.tbx", "other.tbx"])
    #expect(two.status == 64)
    #expect(two.stderr.contains("import one .tbx file at a time"))
  }
}
