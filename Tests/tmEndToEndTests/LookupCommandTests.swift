import Foundation
import Testing

/// `tm lookup`, `tm translit` and `tm build`, run as a user runs them.
@Suite(.serialized) struct LookupCommandTests {
  @Test func firstRunBuildsTheStoreAndPrintsACard() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let first = try tm.run(["lookup", "Nurly Zhol"])
    #expect(first.status == 0)
    #expect(first.stderr.hasPrefix("tm: building the store from data/ and seeds/ ("))
    #expect(first.stdout.hasPrefix("Nurly Zhol  [nurly-zhol]  exact 100\n"))
    #expect(first.stdout.contains("kk-Latn «Nūrly jol»"))
    #expect(first.stdout.contains("000_9d24610990cee87c.txt:11  A synergy has been developing"))
    #expect(!first.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")

    let second = try tm.run(["lookup", "Нұрлы жол"])
    #expect(second.status == 0)
    #expect(second.stderr == "", "no rebuild when nothing changed")
    #expect(second.stdout.hasPrefix("Nurly Zhol  [nurly-zhol]  normalized 95 · matched “«Нұрлы жол»”"))
  }

  @Test func jsonHasTheDocumentedShape() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["lookup", "ШЫҰ", "--format", "json", "--limit", "1"])
    #expect(output.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(json["query"] as? String == "ШЫҰ")
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.count == 1)
    let sco = results[0]
    #expect(sco["id"] as? String == "sco")
    #expect(sco["score"] as? Int == 100)
    #expect(sco["match"] as? String == "acronym")
    #expect(sco["matched"] as? String == "ШЫҰ")
    let terms = try #require(sco["terms"] as? [String: [[String: Any]]])
    #expect(Set(terms.keys) == ["en", "ru", "kk", "kk-Latn"])
    #expect(terms["ru"]?.contains { $0["text"] as? String == "ШОС" && $0["type"] as? String == "acronym" } == true)
    #expect(sco["definition"] is String)
    let occurrences = try #require(sco["occurrences"] as? [[String: Any]])
    #expect(occurrences.contains { $0["file"] as? String == "002_852c1b04eb001d89.txt" && $0["line"] is Int })
    #expect(output.stdout.split(separator: "\n").count == 1, "exactly one JSON object on one line")
  }

  @Test func noMatchIsAnErrorOnStderr() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["lookup", "zzzqqqxxx"])
    #expect(output.status == 1)
    #expect(output.stdout == "")
    #expect(output.stderr.hasSuffix("tm: no concept matches 'zzzqqqxxx'\n"))
    let json = try tm.run(["lookup", "zzzqqqxxx", "--format", "json"])
    #expect(json.status == 1)
    #expect(json.stdout == "{\"query\":\"zzzqqqxxx\",\"results\":[]}\n")
  }

  @Test func usageErrorsUseArgumentParserStatus() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["lookup", "SCO", "--lang", "fr"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("--lang"))
    #expect(try tm.run(["lookup", "SCO", "--limit", "0"]).status == 64)
  }

  @Test func changedDataRebuildsAndBrokenDataKeepsTheStore() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let before = try tm.run(["lookup", "SCO", "--format", "json"])
    #expect(before.status == 0)

    // A malformed row: the error names file and line, and the store is untouched.
    let file = "data/termbase/organisations.tsv"
    let original = try tm.read(file)
    var lines = original.components(separatedBy: "\n")
    let row = try #require(lines.firstIndex { $0.hasPrefix("sco\ten\t") })
    lines[row] = lines[row].replacingOccurrences(of: "\tpreferred", with: "\tbest")
    try tm.write(lines.joined(separator: "\n"), to: file)
    let broken = try tm.run(["lookup", "SCO"])
    #expect(broken.status == 1)
    #expect(broken.stdout == "")
    #expect(broken.stderr == "Error: data/termbase/organisations.tsv:\(row + 1): unknown status 'best' (expected preferred, admitted or deprecated)\n")
    // Put the file back: the store still holds the last good build, so there
    // is nothing to rebuild and the answer is the same.
    try tm.write(original, to: file)
    let after = try tm.run(["lookup", "SCO", "--format", "json"])
    #expect(after.stderr == "")
    #expect(after.stdout == before.stdout)

    // A good change is picked up with a one-line notice.
    try tm.write(
      original
        + "zz-test\tdefinition\tA test concept.\nzz-test\ten\tZebra Protocol\tfull\tpreferred\n"
        + "zz-test\tru\tПротокол Зебра\tfull\tpreferred\nzz-test\tkk\tЗебра хаттамасы\tfull\tpreferred\n",
      to: file)
    let rebuilt = try tm.run(["lookup", "Zebra Protocol"])
    #expect(rebuilt.status == 0)
    #expect(rebuilt.stderr.hasPrefix("tm: data/ or seeds/ changed; rebuilt the store ("))
    #expect(rebuilt.stderr.split(separator: "\n").count == 1)
    #expect(try tm.run(["lookup", "Zebra hattamasy"]).stdout.contains("[zz-test]"))
  }

  @Test func dbOptionAndEnvironmentSelectAnotherStore() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    #expect(try tm.run(["build", "--db", "other.sqlite"]).stdout.hasPrefix("built "))
    #expect(FileManager.default.fileExists(atPath: tm.url("other.sqlite").path))
    #expect(!FileManager.default.fileExists(atPath: tm.url(".tm/tm.sqlite").path))
    #expect(try tm.run(["lookup", "BRI"], environment: ["TM_DB": "other.sqlite"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: tm.url(".tm/tm.sqlite").path))

    let empty = try TMRunner(withData: false)
    defer { empty.remove() }
    let missing = try empty.run(["lookup", "SCO"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no tm project"))
    // A built store works without the project.
    try FileManager.default.copyItem(at: tm.url("other.sqlite"), to: empty.url("copy.sqlite"))
    #expect(try empty.run(["lookup", "Тоқаев", "--db", "copy.sqlite"]).stdout.contains("[tokayev]"))
  }

  @Test func translitShowsEverySchemeOrOne() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let all = try tm.run(["translit", "Нұрлы жол"])
    #expect(all.stdout == "kk-2021  Nūrly jol\nbgn      Nurly zhol\nascii    Nurly zhol\n")
    #expect(try tm.run(["translit", "Токаев", "--to", "bgn"]).stdout == "Tokayev\n")
    #expect(try tm.run(["translit", "Қазақстан", "--to", "kk-2021"]).stdout == "Qazaqstan\n")
    #expect(try tm.run(["translit", "x", "--to", "klingon"]).status == 64)
  }

  @Test func translitSaysWhichLettersItCouldNotRomanize() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let asRussian = try tm.run(["translit", "Нұрлы жол", "--from", "ru", "--to", "bgn"])
    #expect(asRussian.status == 0)
    #expect(asRussian.stdout == "Nұrly zhol\n")
    #expect(asRussian.stderr == "tm: left as they are (no ru transliteration): ұ; Kazakh letters need --from kk\n")
    let json = try tm.run(["translit", "Токаев αβ", "--to", "bgn", "--format", "json"])
    #expect(json.stdout.hasSuffix(#","untransliterated":["α","β"]}\#n"#))
    #expect(json.stderr == "tm: left as they are (no ru transliteration): α β\n")
    #expect(try tm.run(["translit", "Нұрлы жол"]).stderr == "")
  }
}
