import Foundation

/// The formats `tm export` writes, and what each one holds.
///
/// A format that exports something other than the term base (TMX, for the
/// translation memory) is added as another case with its own `content`;
/// `Workspace.export` dispatches on the content.
public enum ExportFormat: String, CaseIterable, Sendable {
  case tbx, csv, tsv, tmx

  public var content: ExportContent {
    switch self {
    case .tbx, .csv, .tsv: .termBase
    case .tmx: .memory
    }
  }
}

/// What an export reads from the workspace.
public enum ExportContent: Sendable {
  case termBase
  /// The translation memory, streamed unit by unit (TMX).
  case memory
}

/// The options of an export; each format uses those that apply to it.
public struct ExportOptions: Sendable {
  /// The languages, in order. kk brings kk-Latn along unless `kazakhLatin`
  /// is off; the OmegaT layout takes exactly two: source and target.
  public var languages: [LanguageTag] = [.en, .ru, .kk]
  /// Whether kk-Latn terms go with kk ones.
  public var kazakhLatin = true
  public var tbxVersion: TBXVersion = .v2008
  /// TSV in OmegaT's glossary layout: source, target, comment.
  public var omegaT = false
  /// The most context sentences (from the seeds) written per concept, in TBX.
  public var contextsPerConcept = 3
  /// Who made the file, for headers ("tm", "0.1.0").
  public var creationTool = "tm"
  public var creationToolVersion = "0"
  /// When the file was made, for headers.
  public var date = Date()

  public init() {}

  /// The language sections to write: `languages` with kk-Latn after kk
  /// (unless `kazakhLatin` is off), no tag twice. The OmegaT layout takes
  /// `languages` as they are.
  public var sectionTags: [LanguageTag] {
    if omegaT { return languages }
    var tags: [LanguageTag] = []
    for tag in languages where tag != .kkLatn || kazakhLatin {
      if !tags.contains(tag) { tags.append(tag) }
      if tag == .kk, kazakhLatin, !tags.contains(.kkLatn) { tags.append(.kkLatn) }
    }
    return tags
  }

  /// The date for headers, `YYYY-MM-DD` in UTC.
  public var dateStamp: String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: date)
  }
}

/// Writes a term-base export in one format.
public protocol TermBaseExporter {
  func write(_ export: TermBaseExport, to sink: any TextSink) throws
}

extension ExportFormat {
  /// The writer of this term-base format with `options`.
  public func termBaseExporter(_ options: ExportOptions) throws -> any TermBaseExporter {
    switch self {
    case .tbx: TBXWriter(version: options.tbxVersion, options: options)
    case .csv: DelimitedGlossaryWriter(style: .csv)
    case .tsv: options.omegaT ? try OmegaTGlossaryWriter(options: options) : DelimitedGlossaryWriter(style: .tsv)
    case .tmx: throw ExportError.notTermBase(self)
    }
  }
}
