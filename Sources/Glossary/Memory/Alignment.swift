/// The sentences of a text and its translation, and how they correspond.
public struct Alignment: Sendable {
  /// A sentence of one side, with the file line it starts on.
  public struct Sentence: Hashable, Sendable {
    public var text: String
    public var line: Int
    /// The index of its paragraph on its side.
    public var paragraph: Int
  }

  public var sourceLanguage: Language
  public var targetLanguage: Language
  public var source: [Sentence]
  public var target: [Sentence]
  /// The beads, in text order; together they cover every sentence of both
  /// sides exactly once.
  public var beads: [AlignmentBead]

  /// The source text of a bead: its sentences joined by a space.
  public func sourceText(of bead: AlignmentBead) -> String {
    source[bead.source].map(\.text).joined(separator: " ")
  }

  /// The target text of a bead: its sentences joined by a space.
  public func targetText(of bead: AlignmentBead) -> String {
    target[bead.target].map(\.text).joined(separator: " ")
  }

  /// How many beads of each shape, in the order of `BeadShape.all`.
  public var shapeCounts: [(shape: BeadShape, count: Int)] {
    BeadShape.all.map { shape in (shape, beads.count { $0.shape == shape }) }
  }
}

/// Some sentences of the source and the sentences of the target that
/// translate them: 1–1, 2–1 (two source sentences translated as one), 1–2,
/// 2–2, or 1–0 / 0–1 when one side has nothing for the other.
public struct AlignmentBead: Hashable, Sendable {
  /// Indices into `Alignment.source`.
  public var source: Range<Int>
  /// Indices into `Alignment.target`.
  public var target: Range<Int>
  /// How sure the aligner is of this bead, from 0 to 1: the posterior
  /// probability that the paragraphs and the sentences correspond this way,
  /// given the lengths and anchors of the texts around it.
  public var confidence: Double

  public var shape: BeadShape { BeadShape(source.count, target.count) }

  /// Beads under this confidence are reported for review.
  public static let lowConfidence = 0.7

  /// Whether the bead needs a look: low confidence, or a sentence that the
  /// other side does not translate.
  public var needsReview: Bool { confidence < Self.lowConfidence || source.isEmpty || target.isEmpty }
}
