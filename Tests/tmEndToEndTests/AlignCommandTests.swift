import Foundation
import Testing

/// `tm align`, run as a user runs it.
@Suite(.serialized) struct AlignCommandTests {
  static let seed = "seeds/000_9d24610990cee87c.txt"
  static let russian = "data/translations/000_9d24610990cee87c.ru.txt"

  @Test func aSeedAndItsTranslationAsTSV() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    #expect(try tm.run(["build"]).status == 0)
    let output = try tm.run(["align", Self.seed, Self.russian])
    #expect(output.status == 0)
    let rows = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(rows.first == "en\tru")
    #expect(rows[1] == "Ploy against Xinjiang won't hit Kazakhstan ties\tПроиски против Синьцзяна не повредят отношениям с Казахстаном")
    #expect(rows.contains("Second is trade connectivity.\tВо-вторых, взаимосвязанность в сфере торговли."))
    #expect(rows.count == 1 + 60 + 1, "a header, 60 pairs, and the final newline")
    #expect(rows.dropFirst().dropLast().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
    #expect(output.stderr.contains("\(Self.seed):43: not translated: 'реконмендовать другому'\n"))
    #expect(output.stderr.hasSuffix("tm: 61 beads (60 1–1, 1 1–0), 3 to review\n"))
  }

  @Test func tmxCarriesTheDraftStatusAndOrigins() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["align", Self.seed, "data/translations/000_9d24610990cee87c.kk.txt", "--format", "tmx"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"tm\" creationtoolversion=\"0.1.0\""))
    #expect(output.stdout.contains("<prop type=\"x-origin\">\(Self.seed):13</prop>\n      <prop type=\"x-status\">draft</prop>"))
    #expect(output.stdout.contains("<tuv xml:lang=\"kk\"><seg>Екіншісі – сауда байланысы.</seg></tuv>"))
    #expect(output.stdout.components(separatedBy: "<tu ").count - 1 == 60)
    #expect(output.stdout.hasSuffix("  </body>\n</tmx>\n"))
  }

  @Test func plainTextsNeedTheTargetLanguage() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("The summit ended on Friday. Leaders signed 12 agreements.\n\nPhoto: VCG\n", to: "en.txt")
    try tm.write("Саммит завершился в пятницу, лидеры подписали 12 соглашений.\n\nФото: VCG\n", to: "ru.txt")
    let missing = try tm.run(["align", "en.txt", "ru.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasSuffix("Error: ru.txt:1: no translation header names the target language; give it with --target-lang ru or kk\n"))
    let output = try tm.run(["align", "en.txt", "ru.txt", "--target-lang", "ru"])
    #expect(output.status == 0)
    #expect(
      output.stdout
        == "en\tru\nThe summit ended on Friday. Leaders signed 12 agreements.\tСаммит завершился в пятницу, лидеры подписали 12 соглашений.\nPhoto: VCG\tФото: VCG\n")
    #expect(output.stderr.hasSuffix("tm: 2 beads (1 1–1, 1 2–1), 0 to review\n"))
  }

  @Test func errors() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let wrongLanguage = try tm.run(["align", Self.seed, Self.russian, "--target-lang", "kk"])
    #expect(wrongLanguage.status == 1)
    #expect(wrongLanguage.stderr.hasSuffix("Error: \(Self.russian):2: the translation is in 'ru', not 'kk'\n"))
    let noFile = try tm.run(["align", "nothing.txt", Self.russian])
    #expect(noFile.status == 1)
    #expect(noFile.stderr.hasSuffix("Error: nothing.txt: cannot read the file: no such file\n"))
    try tm.write("source: x.txt\nlanguage: ru\nstatus: finished\n---\nТекст.\n", to: "bad.ru.txt")
    let badHeader = try tm.run(["align", Self.seed, "bad.ru.txt"])
    #expect(badHeader.status == 1)
    #expect(badHeader.stderr.hasSuffix("Error: bad.ru.txt:3: status 'finished' must be draft, reviewed or final\n"))
    #expect(try tm.run(["align", Self.seed, Self.russian, "--source-lang", "ru"]).status == 64)
    #expect(try tm.run(["align", Self.seed, Self.russian, "--format", "xlsx"]).status == 64)
  }

  @Test func withoutAProjectItAlignsOnLengthsAndNumbers() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write("One. Two.\n", to: "en.txt")
    try tm.write("Бір. Екі.\n", to: "kk.txt")
    let output = try tm.run(["align", "en.txt", "kk.txt", "--target-lang", "kk"])
    #expect(output.status == 0)
    #expect(output.stdout == "en\tkk\nOne.\tБір.\nTwo.\tЕкі.\n")
    #expect(output.stderr.hasPrefix("tm: no tm project in "))
    #expect(output.stderr.contains("aligning without term anchors\n"))
  }

  /// `--add` stores the beads in the memory, where `tm match` finds them;
  /// adding the same alignment again merges instead of duplicating.
  @Test func addStoresTheUnits() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("The wind farm near Zhanatas produces power.\n\nIt opened in 2021.\n", to: "en.txt")
    try tm.write("Ветровая электростанция близ Жанатаса вырабатывает энергию.\n\nОна открылась в 2021 году.\n", to: "ru.txt")
    let added = try tm.run(["align", "en.txt", "ru.txt", "--target-lang", "ru", "--add"])
    #expect(added.status == 0)
    #expect(added.stderr.contains("tm: added 2 units to the memory\n"))
    let match = try tm.run(["match", "The wind farm near Zhanatas produces power.", "--format", "json"])
    #expect(match.status == 0)
    #expect(match.stdout.contains("\"score\":100"))
    #expect(match.stdout.contains("Ветровая электростанция близ Жанатаса вырабатывает энергию."))
    let again = try tm.run(["align", "en.txt", "ru.txt", "--target-lang", "ru", "--add"])
    #expect(again.stderr.contains("tm: added 0 units to the memory (2 merged into identical units)\n"))
  }
}
