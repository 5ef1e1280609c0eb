import Foundation
import Testing

/// `tm import`, `tm match` and `tm concordance`, run as a user runs them, on
/// a scratch store (`--db`) in a directory without a project.
@Suite(.serialized) struct MemoryCommandTests {
  static let seedSentence =
    "Last year, bilateral trade reached $19.88 billion, and this year it is expected to cross $20 billion."
  static let seedRussian =
    "В прошлом году двусторонний товарооборот достиг 19,88 млрд долларов США, а в этом году, как ожидается, превысит 20 млрд долларов США."
  static let seedKazakh =
    "Өткен жылы екіжақты тауар айналымы 19,88 млрд АҚШ долларына жетті, ал биыл 20 млрд доллардан асады деп күтілуде."
  static let query =
    "Last year, bilateral trade reached $21.3 billion, and this year it is expected to exceed $22 billion."

  /// A scratch directory whose store holds two seed sentences, imported from TSV.
  func seeded() throws -> TMRunner {
    let tm = try TMRunner(withData: false)
    let seed = try String(contentsOf: TMRunner.repository.appendingPathComponent("seeds/000_9d24610990cee87c.txt"), encoding: .utf8)
    #expect(seed.contains(Self.seedSentence), "the sentence is the seed's")
    try tm.write(
      """
      en\tru\tkk
      \(Self.seedSentence)\t\(Self.seedRussian)\t\(Self.seedKazakh)
      A synergy has been developing between Kazakhstan's new economic policy, the Nurly Zhol (Bright Path), and the BRI.\tМежду новой экономической политикой Казахстана «Нұрлы жол» и BRI складывается синергия.\tҚазақстанның «Нұрлы жол» жаңа экономикалық саясаты мен BRI арасында синергия қалыптасуда.

      """, to: "seed.tsv")
    let imported = try tm.run(["import", "seed.tsv", "--db", "m.sqlite"])
    #expect(imported.status == 0)
    #expect(imported.stdout == "imported 2 units from 1 file; the memory holds 2 units\n")
    #expect(imported.stderr == "")
    return tm
  }

  @Test func matchFindsTheSeedSentenceWithAWordDiff() throws {
    let tm = try seeded()
    defer { tm.remove() }
    let text = try tm.run(["match", Self.query, "--db", "m.sqlite"])
    #expect(text.status == 0)
    #expect(text.stderr == "")
    #expect(
      text.stdout == """
         86  Last year, bilateral trade reached $[-19.88-]{+21.3+} billion, and this year it is expected to [-cross-]{+exceed+} $[-20-]{+22+} billion.
             ru  \(Self.seedRussian)
             kk  \(Self.seedKazakh)
             seed.tsv:2

        """)

    let json = try tm.run(["match", Self.query, "--db", "m.sqlite", "--format", "json"])
    #expect(json.status == 0)
    #expect(json.stdout.split(separator: "\n").count == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["query"] as? String == Self.query)
    let matches = try #require(object["matches"] as? [[String: Any]])
    #expect(matches.count == 1)
    #expect(matches[0]["score"] as? Int == 86)
    #expect(matches[0]["source"] as? String == Self.seedSentence)
    #expect(matches[0]["targets"] as? [String: String] == ["ru": Self.seedRussian, "kk": Self.seedKazakh])
    #expect(matches[0]["origin"] as? String == "seed.tsv:2")
    let diff = try #require(matches[0]["diff"] as? [[String: String]])
    #expect(diff.filter { $0["op"] != "equal" } == [
      ["op": "replace", "source": "19.88", "query": "21.3"],
      ["op": "replace", "source": "cross", "query": "exceed"],
      ["op": "replace", "source": "20", "query": "22"],
    ])
    #expect(diff.compactMap { $0["source"] }.joined() == Self.seedSentence)
    #expect(diff.compactMap { $0["query"] }.joined() == Self.query)
    #expect(json.stdout.hasPrefix("{\"query\":"), "keys in the documented order")
    #expect(json.stdout.contains("\"matches\":[{\"score\":86,\"source\":"))

    let exact = try tm.run(["match", Self.seedSentence, "--db", "m.sqlite", "--format", "json", "--exhaustive"])
    #expect(exact.stdout.contains("\"score\":100,"))
    let kazakhOnly = try tm.run(["match", Self.seedSentence.lowercased(), "--db", "m.sqlite", "--target", "kk"])
    #expect(kazakhOnly.stdout.hasPrefix(" 99  "), "case differences score 99")
  }

  @Test func nothingMatchingIsStatusOne() throws {
    let tm = try seeded()
    defer { tm.remove() }
    let text = try tm.run(["match", "Completely unrelated words here", "--db", "m.sqlite"])
    #expect(text.status == 1)
    #expect(text.stdout == "")
    #expect(text.stderr == "tm: nothing in the memory matches 'Completely unrelated words here' at 70% or more\n")
    let json = try tm.run(["match", "Completely unrelated", "--db", "m.sqlite", "--format", "json"])
    #expect(json.status == 1)
    #expect(json.stdout == "{\"query\":\"Completely unrelated\",\"matches\":[]}\n")
  }

  @Test func queriesFileGivesOneJSONLinePerLine() throws {
    let tm = try seeded()
    defer { tm.remove() }
    try tm.write("\(Self.query)\nnothing like it\n\(Self.seedSentence)\n", to: "queries.txt")
    let output = try tm.run(["match", "--queries", "queries.txt", "--db", "m.sqlite", "--timings", "t.txt"])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines[3] == "")
    let objects = try lines.dropLast().map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["query"] as? String } == [Self.query, "nothing like it", Self.seedSentence])
    #expect(objects.map { ($0["matches"] as? [[String: Any]])?.first?["score"] as? Int } == [86, nil, 100])
    let timings = try tm.read("t.txt").split(separator: "\n")
    #expect(timings.count == 3 && timings.allSatisfy { Int($0) != nil })
  }

  @Test func concordanceCrossesScriptsAndHighlights() throws {
    let tm = try seeded()
    defer { tm.remove() }
    let text = try tm.run(["concordance", "Nurly Zhol", "--db", "m.sqlite"])
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("seed.tsv:3\n  en  A synergy has been developing"))
    #expect(text.stdout.contains("\n  kk  Қазақстанның «Нұрлы жол» жаңа"))
    let json = try tm.run(["concordance", "Нурлы жол", "--db", "m.sqlite", "--format", "json", "--lang", "en"])
    #expect(json.status == 0)
    #expect(json.stdout.contains("\"highlights\":{\"en\":[{\"start\":76,\"end\":86,\"text\":\"Nurly Zhol\"}]}"))
    let none = try tm.run(["concordance", "zebra", "--db", "m.sqlite"])
    #expect(none.status == 1)
    #expect(none.stderr == "tm: no segment in the memory contains 'zebra'\n")
  }

  @Test func importReadsTMXAndPOAndMergesIdenticalUnits() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header srclang="en" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="x" creationtoolversion="1"/>
      <body>
      <tu><tuv xml:lang="en-US"><seg>Open the file</seg></tuv><tuv xml:lang="ru-RU"><seg>Откройте файл</seg></tuv></tu>
      <tu><tuv xml:lang="en"><seg>Close the file</seg></tuv><tuv xml:lang="kk-KZ"><seg>Файлды жабыңыз</seg></tuv></tu>
      </body></tmx>
      """, to: "a.tmx")
    try tm.write("msgid \"\"\nmsgstr \"Language: ru\\n\"\n\nmsgid \"Open the file\"\nmsgstr \"Откройте файл\"\n", to: "b.po")
    let output = try tm.run(["import", "a.tmx", "b.po", "--db", "m.sqlite"])
    #expect(output.status == 0)
    #expect(output.stdout == "imported 2 units from 2 files (1 merged into identical units); the memory holds 2 units\n")
    let match = try tm.run(["match", "Close the files", "--db", "m.sqlite", "--min", "60"])
    #expect(match.stdout == " 66  Close the [-file-]{+files+}\n     kk  Файлды жабыңыз\n     a.tmx:5\n")
  }

  @Test func insertedWordsKeepTheQuerysSpaces() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("en\tru\nOpen the file.\tОткройте файл.\n", to: "a.tsv")
    #expect(try tm.run(["import", "a.tsv", "--db", "m.sqlite"]).status == 0)
    func diffLine(_ query: String) throws -> String {
      let output = try tm.run(["match", query, "--db", "m.sqlite", "--min", "50"])
      return String(output.stdout.split(separator: "\n").first ?? "")
    }
    #expect(try diffLine("Open the new file.") == " 80  Open the {+new+} file.")
    #expect(try diffLine("Open the file now.") == " 80  Open the file {+now+}.")
    #expect(try diffLine("Please open the file.") == " 80  {+Please+} Open the file.")
    #expect(try diffLine("(Open the file.") == " 80  {+(+}Open the file.")
    #expect(try diffLine("Open file.") == " 75  Open [-the-] file.")
  }

  @Test func aBrokenFileNamesItsLineAndImportsNothing() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("en\tru\nGood row\tХорошая строка\n", to: "good.tsv")
    try tm.write("en\tru\nFine\tХорошо\nBroken row without a tab\n", to: "bad.tsv")
    let failed = try tm.run(["import", "good.tsv", "bad.tsv", "--db", "m.sqlite"])
    #expect(failed.status == 1)
    #expect(failed.stdout == "")
    #expect(failed.stderr == "Error: bad.tsv:3: expected 2 tab-separated fields as in the header, found 1\n")
    let check = try tm.run(["match", "Good row", "--db", "m.sqlite"])
    #expect(check.status == 1, "nothing from good.tsv was kept")

    let unknown = try tm.run(["import", "notes.txt", "--db", "m.sqlite"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "Error: notes.txt: cannot read the file: no such file\n")
    try tm.write("en\tru\nFrom text\tИз текста\n", to: "notes.txt")
    let byExtension = try tm.run(["import", "notes.txt", "--db", "m.sqlite"])
    #expect(byExtension.stderr == "Error: notes.txt: cannot tell the format from the file's extension; use --format tmx, po or tsv\n")
    let forced = try tm.run(["import", "notes.txt", "--format", "tsv", "--db", "m.sqlite"])
    #expect(forced.status == 0)
    #expect(forced.stdout == "imported 1 unit from 1 file; the memory holds 1 unit\n")
  }

  @Test func usageErrorsUseArgumentParserStatus() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    #expect(try tm.run(["match", "x", "--min", "0", "--db", "m.sqlite"]).status == 64)
    #expect(try tm.run(["match", "x", "--queries", "q.txt", "--db", "m.sqlite"]).status == 64)
    #expect(try tm.run(["match", "x", "--target", "en", "--db", "m.sqlite"]).status == 64)
    #expect(try tm.run(["import", "--format", "docx", "x.docx", "--db", "m.sqlite"]).status == 64)
    #expect(try tm.run(["concordance", "--db", "m.sqlite"]).status == 64)
  }
}
