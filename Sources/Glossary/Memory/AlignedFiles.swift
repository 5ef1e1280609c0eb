import Foundation

/// A source file and its translation, aligned sentence by sentence: what
/// `tm align` prints and what `--add` stores.
public struct AlignedFiles: Sendable {
  /// The files as named in messages and origins.
  public var sourceName: String
  public var targetName: String
  public var alignment: Alignment
  /// Properties every unit of this alignment gets: `status` from a
  /// translation file's header.
  public var properties: [String: String]

  public init(sourceName: String, targetName: String, alignment: Alignment, properties: [String: String] = [:]) {
    self.sourceName = sourceName
    self.targetName = targetName
    self.alignment = alignment
    self.properties = properties
  }

  /// Reads and aligns two files.
  ///
  /// A target that starts with a translation header (data/README.md) is read
  /// as a seed translation: its language and status come from the header.
  /// Any other file is plain text, cut into paragraphs by
  /// `Paragraph.split`.
  ///
  /// - Parameters:
  ///   - targetLanguage: the target's language; nil to take it from the
  ///     translation header.
  ///   - concepts: the term base, for anchors.
  /// - Throws: `InputError` for unreadable, malformed or empty files and for
  ///   a target language that is missing or disagrees with the header.
  public static func read(
    source: URL, sourceName: String, target: URL, targetName: String, sourceLanguage: Language = .en,
    targetLanguage: Language?, concepts: [Concept]
  ) throws -> AlignedFiles {
    let sourceParagraphs = Paragraph.split(try TextFile.read(source, displayName: sourceName))
    let targetText = try TextFile.read(target, displayName: targetName)
    var language = targetLanguage
    var paragraphs: [Paragraph]
    var properties: [String: String] = [:]
    if SeedTranslation.hasHeader(targetText) {
      let translation = try SeedTranslation.parse(targetText, file: targetName)
      if let targetLanguage, targetLanguage != translation.language {
        throw InputError(
          translation.languageLocation,
          "the translation is in '\(translation.language.rawValue)', not '\(targetLanguage.rawValue)'")
      }
      language = translation.language
      paragraphs = translation.paragraphs
      if let status = translation.status { properties["status"] = status }
    } else {
      paragraphs = Paragraph.split(targetText)
    }
    guard let language else {
      throw InputError(
        SourceLocation(file: targetName, line: 1),
        "no translation header names the target language; give it with --target-lang ru or kk")
    }
    guard language != sourceLanguage else {
      throw InputError(SourceLocation(file: targetName, line: 1), "the target language is the source language '\(language.rawValue)'")
    }
    for (name, side) in [(sourceName, sourceParagraphs), (targetName, paragraphs)] where side.isEmpty {
      throw InputError(SourceLocation(file: name, line: 0), "the file has no text to align")
    }
    let aligner = try SegmentAligner(sourceLanguage: sourceLanguage, targetLanguage: language, concepts: concepts)
    return AlignedFiles(
      sourceName: sourceName, targetName: targetName,
      alignment: try aligner.align(source: sourceParagraphs, target: paragraphs), properties: properties)
  }

  /// One unit per bead that has both sides, in text order, with origin
  /// "SOURCE:LINE" (the line of the bead's first source sentence).
  public func units(created: Date) -> [TranslationUnit] {
    alignment.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { bead in
      TranslationUnit(
        source: alignment.sourceText(of: bead), targets: [alignment.targetLanguage: alignment.targetText(of: bead)],
        origin: "\(sourceName):\(alignment.source[bead.source.lowerBound].line)", created: created,
        properties: properties)
    }
  }
}
