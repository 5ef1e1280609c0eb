import Foundation
import Testing
@testable import Glossary

/// The aligner on hand-checked pairs: merges, splits, sentences left out and
/// added, anchors that change a decision, and the seeds.
@Suite struct SegmentAlignerTests {
  static let fixtures = Repository.root.appendingPathComponent("Tests/GlossaryTests/Fixtures/alignment")

  /// The beads as "shape: the first three words of the source → of the
  /// target".
  static func describe(_ alignment: Alignment) -> [String] {
    func start(_ text: String) -> String { text.split(separator: " ").prefix(3).joined(separator: " ") }
    return alignment.beads.map { bead in
      "\(bead.shape): \(start(alignment.sourceText(of: bead))) → \(start(alignment.targetText(of: bead)))"
    }
  }

  static func fixture(_ name: String) throws -> String {
    try TextFile.read(fixtures.appendingPathComponent(name))
  }

  @Test func englishRussianMergesSplitsOmissionsAndAdditions() throws {
    let aligner = try SegmentAligner(targetLanguage: .ru, concepts: Repository.termBase.concepts)
    let alignment = try aligner.align(
      source: Paragraph.split(Self.fixture("en.txt")), target: Paragraph.split(Self.fixture("ru.txt")))
    #expect(
      Self.describe(alignment) == [
        "1–1: Kazakhstan chairs the → Казахстан председательствует в",
        "2–1: Kazakhstan will chair → В 2024 году",
        "1–1: The leaders of → Ожидается, что в",
        "1–2: Last year, bilateral → В прошлом году",
        "1–1: More than 10,000 → С 2011 года",
        "0–1:  → Примечание переводчика: суммы",
        "1–1: Zhang Xiao has → Чжан Сяо является",
        "1–0: Read more on → ",
        "1–1: He previously served → Ранее он работал",
      ])
    // Lines: the hard-wrapped second paragraph starts on line 3, and its
    // third sentence on line 4.
    #expect(alignment.beads.map { $0.source.first.map { alignment.source[$0].line } } == [1, 3, 4, 7, 7, nil, 9, 9, 9])
    #expect(alignment.beads.map { $0.target.first.map { alignment.target[$0].line } } == [1, 3, 3, 5, 5, 5, 7, nil, 7])
    #expect(alignment.beads.filter(\.needsReview).map(\.shape) == [BeadShape(0, 1), BeadShape(1, 0)])
  }

  @Test func englishKazakhFromATranslationFile() throws {
    let aligned = try AlignedFiles.read(
      source: Self.fixtures.appendingPathComponent("en.txt"), sourceName: "en.txt",
      target: Self.fixtures.appendingPathComponent("kk.txt"), targetName: "kk.txt", targetLanguage: nil,
      concepts: Repository.termBase.concepts)
    let alignment = aligned.alignment
    #expect(alignment.targetLanguage == .kk)
    #expect(
      Self.describe(alignment) == [
        "1–1: Kazakhstan chairs the → Қазақстан ШЫҰ-ға төрағалық",
        "1–1: Kazakhstan will chair → 2024 жылы Қазақстан",
        "2–1: The summit will → Саммит шілдеде Астанада",
        "1–1: Last year, bilateral → Былтыр екіжақты сауда",
        "1–2: More than 10,000 → Жүк пойыздары ел",
        "0–1:  → Аудармашының ескертпесі: сомалар",
        "1–1: Zhang Xiao has → Чжан Сяо 2019",
        "1–0: Read more on → ",
        "1–1: He previously served → Ол бұған дейін",
      ])
    // The header's lines are not paragraphs; the first paragraph is line 6.
    #expect(alignment.target.first?.line == 6)
    let units = aligned.units(created: Date(timeIntervalSince1970: 0))
    #expect(units.count == 7)
    #expect(units[2].source == "The summit will be held in Astana in July. The leaders of ten member states are expected to attend.")
    #expect(units[2].origin == "en.txt:3")
    #expect(units.allSatisfy { $0.properties == ["status": "draft"] && $0.targets.keys.sorted() == [.kk] })
  }

  @Test func numbersChangeALengthBasedDecision() throws {
    let source = [Paragraph(text: "In 2011 the first train left Chongqing for Duisburg. It took 16 days. Today the journey takes about 12 days and trains leave every day of the week.", line: 1)]
    let target = [Paragraph(text: "В 2011 году первый грузовой поезд отправился из Чунцина в немецкий Дуйсбург. Тогда путь занял 16 дней, сегодня — около 12, и поезда ходят ежедневно.", line: 1)]
    var parameters = SegmentAligner.Parameters.standard
    parameters.anchors = false
    let byLength = try SegmentAligner(targetLanguage: .ru, parameters: parameters).align(source: source, target: target)
    #expect(byLength.beads.map(\.shape) == [BeadShape(2, 1), BeadShape(1, 1)], "lengths alone join the first two sentences")
    let withAnchors = try SegmentAligner(targetLanguage: .ru).align(source: source, target: target)
    #expect(withAnchors.beads.map(\.shape) == [BeadShape(1, 1), BeadShape(2, 1)], "16 belongs with the second translation")
  }

  @Test func termsChangeALengthBasedDecision() throws {
    let source = [Paragraph(text: "Xi Jinping arrived in Astana on Tuesday evening. Tokayev met him. They discussed trade, energy and the coming summit of the organisation.", line: 1)]
    let target = [Paragraph(text: "Си Цзиньпин прибыл в Астану во вторник вечером вместе с большой делегацией. Токаев встретился с ним, и они обсудили торговлю, энергетику и саммит.", line: 1)]
    let byLength = try SegmentAligner(targetLanguage: .ru).align(source: source, target: target)
    #expect(byLength.beads.map(\.shape) == [BeadShape(2, 1), BeadShape(1, 1)])
    let withTerms = try SegmentAligner(targetLanguage: .ru, concepts: Repository.termBase.concepts)
      .align(source: source, target: target)
    #expect(withTerms.beads.map(\.shape) == [BeadShape(1, 1), BeadShape(2, 1)], "Tokayev attracts Токаев")
  }

  @Test func aLineInAnotherScriptIsLeftOutNotMerged() throws {
    let source = Paragraph.split("The summit ended on Friday.\n\nреконмендовать другому")
    let target = Paragraph.split("Саммит завершился в пятницу.")
    let alignment = try SegmentAligner(targetLanguage: .ru).align(source: source, target: target)
    #expect(alignment.beads.map(\.shape) == [BeadShape(1, 1), BeadShape(1, 0)])
    #expect(alignment.beads[1].confidence > 0.9)
  }

  @Test func aSwappedOmissionAndAdditionIsReportedAsLowConfidence() throws {
    // "Read more on our website." is left out and a note of the same length
    // added: lengths cannot tell, so the pair is misaligned, and reported.
    let source = [Paragraph(text: "Zhang Xiao has been the Chinese Ambassador to Kazakhstan since 2019. Read more on our website. He previously served in Bishkek.", line: 1)]
    let target = [Paragraph(text: "Чжан Сяо 2019 жылдан бері Қытайдың Қазақстандағы елшісі қызметін атқарады. Ол бұған дейін Бішкекте қызмет істеген. Мақала қысқартылып жарияланды.", line: 1)]
    let alignment = try SegmentAligner(targetLanguage: .kk, concepts: Repository.termBase.concepts).align(source: source, target: target)
    let reviewed = alignment.beads.filter(\.needsReview).map { alignment.sourceText(of: $0) }
    #expect(reviewed.contains { $0.contains("Read more on our website.") })
  }

  @Test func emptySides() throws {
    let aligner = try SegmentAligner(targetLanguage: .ru)
    #expect(try aligner.align(source: [], target: []).beads.isEmpty)
    let onlySource = try aligner.align(source: Paragraph.split("One. Two."), target: [])
    #expect(onlySource.beads.map(\.shape) == [BeadShape(1, 0), BeadShape(1, 0)])
  }

  /// The shipped seeds and their translations: every sentence in exactly
  /// one bead, and the shapes checked by eye (all 1–1 but the stray line).
  @Test(arguments: [
    ("000_9d24610990cee87c", Language.ru, "60 1–1, 1 1–0"), ("000_9d24610990cee87c", .kk, "60 1–1, 1 1–0"),
    ("002_852c1b04eb001d89", .ru, "69 1–1"), ("002_852c1b04eb001d89", .kk, "69 1–1"),
    ("003_0a63d1b8142e5649", .ru, "93 1–1"), ("003_0a63d1b8142e5649", .kk, "93 1–1"),
  ])
  func seeds(seed: String, language: Language, shapes: String) throws {
    let source = Paragraph.split(try TextFile.read(Repository.root.appendingPathComponent("seeds/\(seed).txt")))
    let translation = try SeedTranslation.read(
      Repository.root.appendingPathComponent("data/translations/\(seed).\(language.rawValue).txt"), displayName: seed)
    let alignment = try SegmentAligner(targetLanguage: language, concepts: Repository.termBase.concepts)
      .align(source: source, target: translation.paragraphs)
    #expect(alignment.shapeCounts.filter { $0.count > 0 }.map { "\($0.count) \($0.shape)" }.joined(separator: ", ") == shapes)
    #expect(alignment.beads.flatMap { Array($0.source) } == Array(alignment.source.indices))
    #expect(alignment.beads.flatMap { Array($0.target) } == Array(alignment.target.indices))
    #expect(alignment.beads.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
  }
}
