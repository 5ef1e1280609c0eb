/// Aligns the sentences of a text with those of its translation, in the
/// Gale–Church tradition, strengthened by anchors.
///
/// 1. Both sides are cut into sentences with ICU (`SentenceSegmenter`, with
///    `tm`'s abbreviation lists), paragraph by paragraph.
/// 2. The paragraphs are aligned first: a translator keeps paragraphs, but
///    may leave one out (web debris, a stray line in another language) or,
///    rarely, join two. Then the sentences are aligned inside each pair of
///    aligned paragraphs, so an error never spreads past a paragraph.
/// 3. Both levels run the same dynamic programme (`BeadSearch`) over beads
///    1–1, 1–0, 0–1, 2–1, 1–2 and 2–2. A bead's cost is the −log prior of its
///    shape, plus Gale and Church's length cost (`LengthModel`) for beads with
///    both sides, or a cost per character left untranslated for 1–0 and 0–1,
///    minus a bonus for each anchor (`AnchorExtractor`: numbers, term-base
///    concepts, Latin words, question marks…) the two sides share, plus a
///    penalty for each anchor one side has that the other side has elsewhere
///    in the paragraph pair.
/// 4. A forward–backward pass over the same lattice gives each bead its
///    posterior probability; a sentence bead's confidence is that times the
///    posterior of its paragraph bead.
///
/// The length ratio c is measured on each pair of texts: all target
/// characters over all source characters. (Not per paragraph: a sentence
/// added or left out would pull a paragraph's own ratio towards itself.)
///
/// A source paragraph or sentence with no letter of the source language's
/// script (the stray Russian line at the end of an English article) is taken
/// for debris: leaving it untranslated costs next to nothing, and it is never
/// merged into a neighbour.
///
/// Not thread-safe (it holds ICU iterators); make one per thread.
public final class SegmentAligner {
  /// The aligner's tunable numbers, costs in nats (−log probability).
  public struct Parameters: Sendable {
    /// The cost of each shape of sentence bead, relative to 1–1: Gale and
    /// Church's priors for merges (P(1–1) = 0.89, P(2–1 or 1–2) = 0.089,
    /// P(2–2) = 0.011), but 3 rather than their 4.5 for a sentence one side
    /// leaves out (1–0, 0–1): translators of web articles leave debris out,
    /// and it found more of the omissions and additions on the perturbed
    /// seeds (see the README) without spoiling anything else.
    public var sentencePriors: [BeadShape: Double]
    /// The same for paragraph beads: leaving a paragraph out is more likely
    /// than joining two (data/README.md: a translator translates paragraph
    /// by paragraph and may leave web debris out).
    public var paragraphPriors: [BeadShape: Double]
    /// Gale and Church's s², the variance of the target length per source
    /// character (their 6.8 was measured on the Canadian Hansard).
    public var variance: Double
    /// The cost per character of a sentence or paragraph left untranslated.
    public var untranslatedCostPerCharacter: Double
    /// The bonus for a number both sides of a bead share: about
    /// log(P(a number is in its translation) / P(it is in another sentence))
    /// = log(0.95 / 0.05).
    public var anchorBonus: Double
    /// The penalty for a number in one side of a bead that the other side
    /// does not have but its paragraph pair does.
    public var anchorPenalty: Double
    /// How much a concept, a Latin word or a punctuation anchor counts next
    /// to a number: they are found less reliably, and repeat more.
    public var conceptWeight: Double
    /// The cost of leaving out a source unit in another script (debris).
    public var debrisCost: Double
    /// Whether to use anchors at all (off: Gale–Church on lengths alone).
    public var anchors: Bool

    /// Gale and Church's priors and variance, and anchor weights that keep
    /// every bead of the seeds right (see the README).
    ///
    /// The variance measured on the 1–1 beads of the seeds (ru 2.1, kk 2.5,
    /// with each text's own ratio) is not used: the differences are
    /// heavy-tailed (median δ² 0.8 and 1.2), and a normal model that thin
    /// joins pairs of sentences whose length errors cancel into false 2–2
    /// beads. Gale and Church's 6.8 does not.
    public static let standard = Parameters(
      sentencePriors: [
        BeadShape(1, 1): 0, BeadShape(2, 1): 2.3, BeadShape(1, 2): 2.3, BeadShape(2, 2): 4.4,
        BeadShape(1, 0): 3, BeadShape(0, 1): 3,
      ],
      paragraphPriors: [
        BeadShape(1, 1): 0, BeadShape(1, 0): 3, BeadShape(0, 1): 3, BeadShape(2, 1): 5, BeadShape(1, 2): 5,
        BeadShape(2, 2): 10,
      ],
      variance: 6.8, untranslatedCostPerCharacter: 1.0 / 200, anchorBonus: 3,
      anchorPenalty: 2, conceptWeight: 0.5, debrisCost: 0.1, anchors: true)
  }

  public let sourceLanguage: Language
  public let targetLanguage: Language
  public var parameters: Parameters
  private let sourceSegmenter: SentenceSegmenter
  private let targetSegmenter: SentenceSegmenter
  private let extractor: AnchorExtractor

  /// - Parameter concepts: the term base whose terms serve as anchors (none
  ///   for lengths and numbers only).
  public convenience init(
    sourceLanguage: Language = .en, targetLanguage: Language, concepts: [Concept] = [],
    parameters: Parameters = .standard
  ) throws(ICUError) {
    try self.init(
      targetLanguage: targetLanguage,
      extractor: AnchorExtractor(concepts: concepts, sourceLanguage: sourceLanguage), parameters: parameters)
  }

  /// An aligner that shares its anchor extractor (and its cache of source
  /// anchors) with aligners into other languages.
  init(targetLanguage: Language, extractor: AnchorExtractor, parameters: Parameters = .standard) throws(ICUError) {
    self.sourceLanguage = extractor.sourceLanguage
    self.targetLanguage = targetLanguage
    self.parameters = parameters
    self.extractor = extractor
    sourceSegmenter = try SentenceSegmenter(language: sourceLanguage)
    targetSegmenter = try SentenceSegmenter(language: targetLanguage)
  }

  /// What the dynamic programme sees of a sentence or a paragraph.
  fileprivate struct Unit {
    var length: Double
    var anchors: [Int]
    /// A source unit with no letter in the source language's script.
    var debris: Bool
  }

  /// Aligns the paragraphs of a text with those of its translation.
  public func align(source: [Paragraph], target: [Paragraph]) throws(ICUError) -> Alignment {
    var alignment = Alignment(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, source: [], target: [], beads: [])
    var sourceUnits: [Unit] = []
    var targetUnits: [Unit] = []
    var sourceStarts: [Int] = []
    var targetStarts: [Int] = []
    let sourceScript: Script = sourceLanguage == .en ? .latin : .cyrillic
    for (index, paragraph) in source.enumerated() {
      sourceStarts.append(alignment.source.count)
      for segment in try sourceSegmenter.sentences(in: paragraph.text) {
        alignment.source.append(.init(text: segment.text, line: paragraph.line(at: segment.range.lowerBound), paragraph: index))
        let scripts = Script.scripts(in: segment.text)
        sourceUnits.append(
          Unit(
            length: Double(segment.text.unicodeScalars.count),
            anchors: parameters.anchors ? try extractor.sourceAnchors(segment.text) : [],
            debris: !scripts.isEmpty && !scripts.contains(sourceScript)))
      }
    }
    sourceStarts.append(alignment.source.count)
    for (index, paragraph) in target.enumerated() {
      targetStarts.append(alignment.target.count)
      for segment in try targetSegmenter.sentences(in: paragraph.text) {
        alignment.target.append(.init(text: segment.text, line: paragraph.line(at: segment.range.lowerBound), paragraph: index))
        targetUnits.append(
          Unit(
            length: Double(segment.text.unicodeScalars.count),
            anchors: parameters.anchors ? extractor.targetAnchors(segment.text, language: targetLanguage) : [],
            debris: false))
      }
    }
    targetStarts.append(alignment.target.count)

    func paragraphs(_ units: [Unit], _ starts: [Int]) -> [Unit] {
      (0..<starts.count - 1).map { p in
        let sentences = units[starts[p]..<starts[p + 1]]
        return Unit(
          length: sentences.reduce(0) { $0 + $1.length }, anchors: sentences.flatMap(\.anchors),
          debris: sentences.allSatisfy(\.debris))
      }
    }
    let sourceParagraphs = paragraphs(sourceUnits, sourceStarts)
    let targetParagraphs = paragraphs(targetUnits, targetStarts)
    let sourceLength = sourceParagraphs.filter { !$0.debris }.reduce(0) { $0 + $1.length }
    let targetLength = targetParagraphs.reduce(0) { $0 + $1.length }
    let ratio = sourceLength > 0 && targetLength > 0 ? min(3, max(0.33, targetLength / sourceLength)) : 1

    let model = LengthModel(ratio: ratio, variance: parameters.variance)
    let paragraphSteps = align(sourceParagraphs, targetParagraphs, priors: parameters.paragraphPriors, model: model)
    for step in paragraphSteps {
      let sourceRange = sourceStarts[step.source]..<sourceStarts[step.source + step.shape.source]
      let targetRange = targetStarts[step.target]..<targetStarts[step.target + step.shape.target]
      let source = Array(sourceUnits[sourceRange])
      let target = Array(targetUnits[targetRange])
      for sentenceStep in align(source, target, priors: parameters.sentencePriors, model: model) {
        let s = sourceRange.lowerBound + sentenceStep.source
        let t = targetRange.lowerBound + sentenceStep.target
        alignment.beads.append(
          AlignmentBead(
            source: s..<s + sentenceStep.shape.source, target: t..<t + sentenceStep.shape.target,
            confidence: sentenceStep.posterior * step.posterior))
      }
    }
    return alignment
  }

  /// Runs the dynamic programme over the units of one level.
  private func align(_ source: [Unit], _ target: [Unit], priors: [BeadShape: Double], model: LengthModel)
    -> [BeadSearch.Step]
  {
    let parameters = parameters
    let kinds = extractor.kinds
    var anchors = LevelAnchors(source, target, weight: { kinds[$0] == .number ? 1 : parameters.conceptWeight })
    return BeadSearch(sourceCount: source.count, targetCount: target.count).run(shapes: BeadShape.all) {
      i, j, shape in
      let sourceSide = source[i..<i + shape.source]
      let targetSide = target[j..<j + shape.target]
      if shape.source == 1 && shape.target == 0 && sourceSide.first!.debris { return parameters.debrisCost }
      if shape.source > 1 && sourceSide.contains(where: \.debris) { return .infinity }
      let l1 = sourceSide.reduce(0) { $0 + $1.length }
      let l2 = targetSide.reduce(0) { $0 + $1.length }
      var cost = priors[shape] ?? .infinity
      if shape.source == 0 || shape.target == 0 {
        cost += (l1 + l2) * parameters.untranslatedCostPerCharacter
      } else {
        cost += model.cost(l1, l2)
      }
      guard !anchors.isEmpty else { return cost }
      let (shared, unshared) = anchors.count(source: i..<i + shape.source, target: j..<j + shape.target)
      return cost + parameters.anchorPenalty * unshared - parameters.anchorBonus * shared
    }
  }
}

/// The anchors of the units of one level that both sides have somewhere,
/// renumbered densely, with their weights: an anchor counts `weight(id)` (1
/// for a number), divided by the square root of the number of units that
/// have it on the side where it is more common.
private struct LevelAnchors {
  private var sourceAnchors: [[Int]] = []
  private var targetAnchors: [[Int]] = []
  private var weights: [Double] = []
  /// Scratch counts per anchor, zero between calls.
  private var sourceCounts: [Int] = []
  private var targetCounts: [Int] = []
  private var touched: [Int] = []

  init(_ source: [SegmentAligner.Unit], _ target: [SegmentAligner.Unit], weight: (Int) -> Double) {
    func frequencies(_ units: [SegmentAligner.Unit]) -> [Int: Int] {
      var result: [Int: Int] = [:]
      for unit in units {
        for anchor in Set(unit.anchors) { result[anchor, default: 0] += 1 }
      }
      return result
    }
    let sourceFrequency = frequencies(source)
    let targetFrequency = frequencies(target)
    var dense: [Int: Int] = [:]
    for (anchor, inSource) in sourceFrequency.sorted(by: { $0.key < $1.key }) {
      guard let inTarget = targetFrequency[anchor] else { continue }
      dense[anchor] = weights.count
      weights.append(weight(anchor) / Double(max(inSource, inTarget)).squareRoot())
    }
    sourceAnchors = source.map { $0.anchors.compactMap { dense[$0] } }
    targetAnchors = target.map { $0.anchors.compactMap { dense[$0] } }
    sourceCounts = Array(repeating: 0, count: weights.count)
    targetCounts = sourceCounts
  }

  var isEmpty: Bool { weights.isEmpty }

  /// The weighted number of anchors the two sides of a bead share, and of
  /// those only one side has.
  mutating func count(source: Range<Int>, target: Range<Int>) -> (shared: Double, unshared: Double) {
    for unit in source {
      for anchor in sourceAnchors[unit] {
        if sourceCounts[anchor] == 0 && targetCounts[anchor] == 0 { touched.append(anchor) }
        sourceCounts[anchor] += 1
      }
    }
    for unit in target {
      for anchor in targetAnchors[unit] {
        if sourceCounts[anchor] == 0 && targetCounts[anchor] == 0 { touched.append(anchor) }
        targetCounts[anchor] += 1
      }
    }
    var shared = 0.0
    var unshared = 0.0
    for anchor in touched {
      let both = min(sourceCounts[anchor], targetCounts[anchor])
      shared += weights[anchor] * Double(both)
      unshared += weights[anchor] * Double(sourceCounts[anchor] + targetCounts[anchor] - 2 * both)
      sourceCounts[anchor] = 0
      targetCounts[anchor] = 0
    }
    touched.removeAll(keepingCapacity: true)
    return (shared, unshared)
  }
}
