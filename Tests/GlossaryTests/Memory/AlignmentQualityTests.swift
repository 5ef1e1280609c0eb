import Foundation
import Testing
@testable import Glossary

/// The aligner on harder versions of the seed translations: target sentences
/// joined, split, dropped and added at random (seeded), with the true
/// alignment known. Scored as precision and recall of beads.
@Suite struct AlignmentQualityTests {

  struct Score {
    var correct = 0
    var found = 0
    var gold = 0
    var precision: Double { Double(correct) / Double(max(found, 1)) }
    var recall: Double { Double(correct) / Double(max(gold, 1)) }
  }

  /// A bead as source sentence indices and target text, so that a
  /// target sentence the segmenter cuts differently spoils only its own bead.
  struct Bead: Hashable {
    let source: Range<Int>
    let target: String
    let targetCount: Int
  }

  static let notes: [Language: [String]] = [
    .ru: ["Статья публикуется с сокращениями.", "Примечание переводчика: имена даны в принятой транскрипции.", "Перевод выполнен редакцией."],
    .kk: ["Мақала қысқартылып жарияланды.", "Аудармашының ескертпесі: есімдер қабылданған транскрипциямен берілді.", "Аударманы редакция дайындады."],
  ]

  /// Perturbs the target side of a correct 1–1 alignment and returns the
  /// new target paragraphs with the true beads.
  static func perturb(
    _ alignment: Alignment, join: Double, split: Double, drop: Double, insert: Double, generator: inout SeededGenerator
  ) -> (paragraphs: [Paragraph], beads: Set<Bead>) {
    var paragraphs: [Paragraph] = []
    var beads: Set<Bead> = []
    var k = 0
    let pairs = alignment.beads
    var currentParagraph = -1
    var sentences: [String] = []
    func flush() {
      if !sentences.isEmpty { paragraphs.append(Paragraph(text: sentences.joined(separator: " "), line: paragraphs.count + 1)) }
      sentences = []
    }
    while k < pairs.count {
      let bead = pairs[k]
      let paragraph = alignment.source[bead.source.lowerBound].paragraph
      if paragraph != currentParagraph {
        flush()
        currentParagraph = paragraph
      }
      guard bead.shape == BeadShape(1, 1) else {
        beads.insert(Bead(source: bead.source, target: "", targetCount: 0))
        k += 1
        continue
      }
      let text = alignment.targetText(of: bead)
      let roll = Double.random(in: 0..<1, using: &generator)
      let nextIsSameParagraph = k + 1 < pairs.count && pairs[k + 1].shape == BeadShape(1, 1)
        && alignment.source[pairs[k + 1].source.lowerBound].paragraph == paragraph
      if roll < join, nextIsSameParagraph {
        // join with the next sentence
        let next = alignment.targetText(of: pairs[k + 1])
        let joined = String(text.dropLast()) + "; " + next
        sentences.append(joined)
        beads.insert(Bead(source: bead.source.lowerBound..<pairs[k + 1].source.upperBound, target: joined, targetCount: 1))
        k += 2
        continue
      }
      if roll >= join, roll < join + split, let comma = text.range(of: ", ", range: text.index(text.startIndex, offsetBy: text.count / 3)..<text.index(text.startIndex, offsetBy: 2 * text.count / 3)) {
        let first = String(text[..<comma.lowerBound]) + "."
        let rest = text[comma.upperBound...]
        let second = rest.prefix(1).uppercased() + rest.dropFirst()
        sentences.append(first)
        sentences.append(second)
        beads.insert(Bead(source: bead.source, target: first + " " + second, targetCount: 2))
        k += 1
        continue
      }
      if roll >= join + split, roll < join + split + drop {
        beads.insert(Bead(source: bead.source, target: "", targetCount: 0))
        k += 1
        continue
      }
      sentences.append(text)
      beads.insert(Bead(source: bead.source, target: text, targetCount: 1))
      if roll >= join + split + drop, roll < join + split + drop + insert {
        let pool = notes[alignment.targetLanguage]!
        let note = pool[Int.random(in: 0..<pool.count, using: &generator)]
        sentences.append(note)
        beads.insert(Bead(source: bead.source.upperBound..<bead.source.upperBound, target: note, targetCount: 1))
      }
      k += 1
    }
    flush()
    return (paragraphs, beads)
  }

  /// Precision and recall of beads, and how many wrong and right beads
  /// are flagged for review, over five perturbations of each seed pair.
  static func evaluate(anchors: Bool, join: Double, split: Double, drop: Double, insert: Double) throws
    -> (total: Score, byShape: [String: Score], flaggedWrong: Int, wrong: Int, flaggedRight: Int)
  {
    var generator = SeededGenerator(state: 2024)
    var parameters = SegmentAligner.Parameters.standard
    parameters.anchors = anchors
    var total = Score()
    var byShape: [String: Score] = [:]
    var flagged = (wrong: 0, wrongTotal: 0, right: 0)
    for seed in ["000_9d24610990cee87c", "002_852c1b04eb001d89", "003_0a63d1b8142e5649"] {
      let source = Paragraph.split(try TextFile.read(Repository.root.appendingPathComponent("seeds/\(seed).txt")))
      for language in [Language.ru, .kk] {
        let translation = try SeedTranslation.read(
          Repository.root.appendingPathComponent("data/translations/\(seed).\(language.rawValue).txt"), displayName: seed)
        let reference = try SegmentAligner(targetLanguage: language, concepts: Repository.termBase.concepts)
          .align(source: source, target: translation.paragraphs)
        let aligner = try SegmentAligner(targetLanguage: language, concepts: Repository.termBase.concepts, parameters: parameters)
        for _ in 0..<5 {
          let (target, gold) = perturb(reference, join: join, split: split, drop: drop, insert: insert, generator: &generator)
          let result = try aligner.align(source: source, target: target)
          var found: Set<Bead> = []
          for bead in result.beads {
            let key = Bead(source: bead.source, target: result.targetText(of: bead), targetCount: bead.target.count)
            found.insert(key)
            let isRight = gold.contains(key)
            if !isRight { flagged.wrongTotal += 1 }
            if bead.needsReview { isRight ? (flagged.right += 1) : (flagged.wrong += 1) }
          }
          total.correct += found.intersection(gold).count
          total.found += found.count
          total.gold += gold.count
          for bead in gold {
            let shape = "\(bead.source.count)–\(bead.targetCount)"
            byShape[shape, default: Score()].gold += 1
            if found.contains(bead) { byShape[shape, default: Score()].correct += 1 }
          }
        }
      }
    }
    return (total, byShape, flagged.wrong, flagged.wrongTotal, flagged.right)
  }

  static func report(_ label: String, _ result: (total: Score, byShape: [String: Score], flaggedWrong: Int, wrong: Int, flaggedRight: Int)) {
    func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    let shapes = result.byShape.sorted { $0.key < $1.key }.map { "\($0.key) \(percent($0.value.recall)) of \($0.value.gold)" }
    print(
      "\(label): precision \(percent(result.total.precision)), recall \(percent(result.total.recall)); "
        + "recall by shape: \(shapes.joined(separator: ", ")); "
        + "reviewed: \(result.flaggedWrong) of \(result.wrong) wrong beads, \(result.flaggedRight) right ones")
  }

  @Test func unperturbedSeedsComeBackExactly() throws {
    let result = try Self.evaluate(anchors: true, join: 0, split: 0, drop: 0, insert: 0)
    #expect(result.total.precision == 1 && result.total.recall == 1)
  }

  /// 6% of the target sentences joined to the next, 6% split at a comma,
  /// 2% left out and 2% followed by an added translator's note.
  @Test func perturbedSeeds() throws {
    let withAnchors = try Self.evaluate(anchors: true, join: 0.06, split: 0.06, drop: 0.02, insert: 0.02)
    let lengthsOnly = try Self.evaluate(anchors: false, join: 0.06, split: 0.06, drop: 0.02, insert: 0.02)
    Self.report("anchors", withAnchors)
    Self.report("lengths only", lengthsOnly)
    #expect(withAnchors.total.precision > 0.97)
    #expect(withAnchors.total.recall > 0.96)
    #expect(withAnchors.total.precision > lengthsOnly.total.precision)
    #expect(withAnchors.byShape["2–1"]!.recall > 0.95)
    #expect(withAnchors.byShape["1–2"]!.recall > 0.9)
    #expect(withAnchors.flaggedWrong * 2 > withAnchors.wrong, "most wrong beads are flagged for review")
  }
}
