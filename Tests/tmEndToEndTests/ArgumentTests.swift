import Foundation
import Testing

/// Arguments a user gets slightly wrong: language codes in another case are
/// understood; empty texts, contradictions and repeats are usage errors (64).
@Suite(.serialized) struct ArgumentTests {
  @Test func languageCodesInAnyCase() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let lookup = try tm.run(["lookup", "SCO", "--lang", "EN", "--limit", "1"])
    #expect(lookup.status == 0)
    #expect(lookup.stdout.hasPrefix("Shanghai Cooperation Organisation  [sco]"))
    let export = try tm.run(["export", "--format", "csv", "--langs", "EN,kk-latn"])
    #expect(export.status == 0)
    #expect(export.stdout.hasPrefix("id,en,kk-Latn,definition,subject\r\n"))
    #expect(try tm.run(["translit", "Тоқаев", "--from", "KK", "--to", "bgn"]).stdout == "Toqaev\n")
  }

  @Test func emptyTextsContradictionsAndRepeatsAreUsageErrors() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let cases: [([String], String)] = [
      (["translit", ""], "Error: the text is empty\n"),
      (["lookup", "SCO", "--limit", "-1"], "Error: --limit must be at least 1\n"),
      (["match", "Kazakhstan", "--min", "-5"], "Error: --min must be between 1 and 100\n"),
      (["export", "--contexts", "-2"], "Error: --contexts must be 0 or more\n"),
      (["export", "--format", "csv", "--contexts", "5"], "Error: --contexts applies to --format tbx only\n"),
      (
        ["export", "--format", "tmx", "--no-kk-latn"],
        "Error: --no-kk-latn does not apply to --format tmx: the memory has no kk-Latn\n"
      ),
      (["translit", "Қазақ", "--from", "en"], "Error: --from must be ru or kk: tm transliterates Cyrillic\n"),
      (["export", "--langs", "en,ru,EN"], "Error: 'en' is named twice in --langs\n"),
      (["export", "--format", "tsv", "--omegat", "--langs", "ru,ru"], "Error: 'ru' is named twice in --langs\n"),
      (["import", "a.xlsx", "--format", "xlsx"], "Error: unknown format 'xlsx' (expected tbx, tmx, po or tsv)\n"),
      (["import", "a.tsv", "--target-lang", "kk"], "Error: --target-lang applies to PO files only\n"),
      (["import", "a.tmx", "b.tsv", "--include-fuzzy"], "Error: --include-fuzzy applies to PO files only\n"),
    ]
    for (arguments, message) in cases {
      let output = try tm.run(arguments)
      #expect(output.status == 64, "\(arguments)")
      #expect(output.stdout == "")
      #expect(output.stderr.hasPrefix(message), "\(output.stderr)")
    }
  }

  @Test func longQueriesAreQuotedShortInMessages() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let query = String(repeating: "zq", count: 5_000)
    let quoted = "'" + String(repeating: "zq", count: 29) + "z…'"
    for arguments in [["lookup", query], ["match", query], ["concordance", query]] {
      let output = try tm.run(arguments)
      #expect(output.status == 1)
      #expect(output.stderr.contains(quoted), "\(arguments[0])")
      #expect(output.stderr.count < 200, "\(arguments[0])")
    }
    let json = try tm.run(["lookup", query, "--format", "json"])
    #expect(json.stdout.contains(query), "JSON keeps the whole query")
  }

  @Test func anEmptyTextCannotBeAligned() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("\n  \n", to: "blank.ru.txt")
    try tm.write("One sentence.\n", to: "en.txt")
    let empty = try tm.run(["align", "en.txt", "blank.ru.txt", "--target-lang", "ru"])
    #expect(empty.status == 1)
    #expect(empty.stdout == "")
    #expect(empty.stderr.hasSuffix("\nError: blank.ru.txt: the file has no text to align\n"))
  }
}
