import Foundation

/// The translation memory the project ships: every seed article aligned with
/// its Russian and Kazakh translations in `data/translations/`.
public struct SeedMemory: Sendable {
  /// One unit per run of source sentences that both alignments keep
  /// together, with the Russian and Kazakh targets it has (identical units
  /// merged, the first origin kept).
  public var units: [TranslationUnit]
  /// Each seed aligned with each of its translations, for reports.
  public var alignments: [AlignedFiles]

  /// Reads the seeds and their translations and aligns them.
  ///
  /// Every unit has origin "seeds/<file>:<line>" (the line of its first
  /// source sentence) and, when a translation's header gives one, the
  /// property `status` ("draft"; the least reviewed of its translations).
  ///
  /// - Parameters:
  ///   - concepts: the term base, for anchors.
  ///   - created: the creation and change date of every unit when no
  ///     translation file has a `date`; otherwise the latest `date` is used,
  ///     so that the same files always give the same units.
  /// - Throws: `InputError` for a malformed translation file, one whose
  ///   source is not in `seeds/`, or one named otherwise than
  ///   `<seed>.<language>.txt`.
  public static func build(project: ProjectLayout, concepts: [Concept], created: Date) throws -> SeedMemory {
    var translations: [String: [SeedTranslation]] = [:]
    let names = (try? FileManager.default.contentsOfDirectory(atPath: project.translationsDirectory.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".txt") {
      let translation = try SeedTranslation.read(
        project.translationsDirectory.appendingPathComponent(name), displayName: "data/translations/\(name)")
      let seed = project.seedsDirectory.appendingPathComponent(translation.source)
      guard translation.source.hasSuffix(".txt"), !translation.source.contains("/"),
        FileManager.default.fileExists(atPath: seed.path)
      else {
        throw InputError(translation.sourceLocation, "source '\(translation.source)' is not a file in seeds/")
      }
      let expected = "\(translation.source.dropLast(".txt".count)).\(translation.language.rawValue).txt"
      guard name == expected else {
        throw InputError(translation.sourceLocation, "a translation of '\(translation.source)' into '\(translation.language.rawValue)' must be named '\(expected)'")
      }
      translations[translation.source, default: []].append(translation)
    }
    let created = translations.values.joined().compactMap(\.date).max() ?? created
    let extractor = try AnchorExtractor(concepts: concepts, sourceLanguage: .en)
    var aligners: [Language: SegmentAligner] = [:]
    var units: [TranslationUnit] = []
    var seen: Set<UnitKey> = []
    var alignments: [AlignedFiles] = []
    for seed in translations.keys.sorted() {
      let sourceName = "seeds/\(seed)"
      let paragraphs = Paragraph.split(
        try TextFile.read(project.seedsDirectory.appendingPathComponent(seed), displayName: sourceName))
      var aligned: [AlignedFiles] = []
      for translation in translations[seed]!.sorted(by: { $0.language < $1.language }) {
        if aligners[translation.language] == nil {
          aligners[translation.language] = try SegmentAligner(targetLanguage: translation.language, extractor: extractor)
        }
        let alignment = try aligners[translation.language]!.align(source: paragraphs, target: translation.paragraphs)
        aligned.append(
          AlignedFiles(
            sourceName: sourceName, targetName: translation.file, alignment: alignment,
            properties: translation.status.map { ["status": $0] } ?? [:]))
      }
      for unit in merged(aligned, created: created) where seen.insert(UnitKey(unit)).inserted {
        units.append(unit)
      }
      alignments += aligned
    }
    return SeedMemory(units: units, alignments: alignments)
  }

  /// The units of several alignments of one source: cut the source where
  /// every alignment has a bead boundary, and give each piece the targets of
  /// the beads inside it.
  static func merged(_ alignments: [AlignedFiles], created: Date) -> [TranslationUnit] {
    guard let first = alignments.first else { return [] }
    let source = first.alignment.source
    var cuts = Set(0...source.count)
    for aligned in alignments {
      cuts.formIntersection(Set(aligned.alignment.beads.map(\.source.lowerBound) + [source.count]))
    }
    let bounds = cuts.sorted()
    var units: [TranslationUnit] = []
    for (start, end) in zip(bounds, bounds.dropFirst()) {
      var targets: [Language: String] = [:]
      var statuses: [String] = []
      for aligned in alignments {
        let beads = aligned.alignment.beads.filter {
          !$0.source.isEmpty && !$0.target.isEmpty && $0.source.lowerBound >= start && $0.source.upperBound <= end
        }
        guard !beads.isEmpty else { continue }
        targets[aligned.alignment.targetLanguage] = beads.map(aligned.alignment.targetText(of:)).joined(separator: " ")
        if let status = aligned.properties["status"] { statuses.append(status) }
      }
      guard !targets.isEmpty else { continue }
      let status = statuses.min { SeedTranslation.statuses.firstIndex(of: $0)! < SeedTranslation.statuses.firstIndex(of: $1)! }
      units.append(
        TranslationUnit(
          source: source[start..<end].map(\.text).joined(separator: " "), targets: targets,
          origin: "\(first.sourceName):\(source[start].line)", created: created,
          properties: status.map { ["status": $0] } ?? [:]))
    }
    return units
  }

  /// What makes two units the same unit: source and targets, in language
  /// order, joined by a separator no text contains.
  private struct UnitKey: Hashable {
    let text: String
    init(_ unit: TranslationUnit) {
      text = ([unit.source] + unit.targets.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)\u{0}\($0.value)" })
        .joined(separator: "\u{0}")
    }
  }
}
