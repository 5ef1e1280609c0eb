import Foundation
import Testing
@testable import Glossary

/// The shipped memory: the seeds aligned with their translations.
@Suite struct SeedMemoryTests {
  static let date = Date(timeIntervalSince1970: 1_700_000_000)

  @Test func shippedSeeds() throws {
    let memory = try SeedMemory.build(project: Repository.project, concepts: Repository.termBase.concepts, created: Self.date)
    #expect(memory.alignments.count == 6)
    // 61 + 69 + 93 source sentences, less the stray Russian line of 000
    // (no translation) and five sentences said twice with the same
    // translations: "Editor's Note:" (000 and 003), "Taiwan is a part of
    // China." (002), and 003's repeated photo captions (three sentences).
    #expect(memory.units.count == 61 + 69 + 93 - 1 - 5)
    #expect(memory.units.allSatisfy { $0.targets.keys.sorted() == [.ru, .kk] })
    // The translation files' `date` header (2026-11-23), not the date passed
    // in, so that the same files always give the same units.
    let delivered = SeedTranslation.parseDate("2026-11-23")!
    #expect(memory.units.allSatisfy { $0.properties == ["status": "draft"] && $0.created == delivered })
    let trade = try #require(memory.units.first { $0.source.hasPrefix("Last year, bilateral trade reached $19.88 billion") })
    #expect(trade.origin == "seeds/000_9d24610990cee87c.txt:13")
    #expect(trade.targets[.ru]?.hasPrefix("В прошлом году двусторонний товарооборот достиг 19,88 млрд") == true)
    #expect(trade.targets[.kk]?.contains("19,88 млрд") == true)
    #expect(!memory.units.contains { $0.source.contains("реконмендовать") })
    let caption = memory.units.filter { $0.source.hasPrefix("Zhang Xiao, Chinese Ambassador to Kazakhstan") }
    #expect(caption.map(\.origin) == ["seeds/003_0a63d1b8142e5649.txt:16"], "identical units merge; the first origin stays")
  }

  /// Where one translation joins two sentences that the other keeps apart,
  /// the unit holds both sentences, and the other's two translations.
  @Test func mergingTranslationsThatCutDifferently() throws {
    let source = Paragraph.split("One sentence here. Another one there.")
    let ru = try SegmentAligner(targetLanguage: .ru).align(
      source: source, target: Paragraph.split("Одно предложение здесь, а другое там."))
    let kk = try SegmentAligner(targetLanguage: .kk).align(
      source: source, target: Paragraph.split("Бір сөйлем мұнда. Тағы бірі анда."))
    let units = SeedMemory.merged(
      [
        AlignedFiles(sourceName: "seeds/x.txt", targetName: "x.ru.txt", alignment: ru, properties: ["status": "reviewed"]),
        AlignedFiles(sourceName: "seeds/x.txt", targetName: "x.kk.txt", alignment: kk, properties: ["status": "draft"]),
      ], created: Self.date)
    #expect(units.count == 1)
    #expect(units[0].source == "One sentence here. Another one there.")
    #expect(units[0].targets == [.ru: "Одно предложение здесь, а другое там.", .kk: "Бір сөйлем мұнда. Тағы бірі анда."])
    #expect(units[0].properties == ["status": "draft"], "the least reviewed status")
    #expect(units[0].origin == "seeds/x.txt:1")
  }

  @Test(arguments: [
    ("b.ru.txt", "source: b.txt\nlanguage: ru\n---\nТекст.\n",
     "data/translations/b.ru.txt:1: source 'b.txt' is not a file in seeds/"),
    ("a.ru.txt", "source: a.txt\nlanguage: kk\n---\nМәтін.\n",
     "data/translations/a.ru.txt:1: a translation of 'a.txt' into 'kk' must be named 'a.kk.txt'"),
    ("a.kk.txt", "source: a.txt\nlanguage: kk\nstatus: draft\nstatus: final\n---\nМәтін.\n",
     "data/translations/a.kk.txt:4: header key 'status' is given twice (first at line 3)"),
  ])
  func badTranslationFiles(name: String, text: String, message: String) throws {
    let project = try TemporaryDirectory()
    try project.write("Text.\n", to: "seeds/a.txt")
    try project.write(text, to: "data/translations/\(name)")
    #expect {
      try SeedMemory.build(project: ProjectLayout(root: project.url), concepts: [], created: Self.date)
    } throws: { ($0 as? InputError)?.description == message }
  }
}
