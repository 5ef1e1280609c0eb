/// Writes a bilingual glossary in OmegaT's tab-separated layout: one row per
/// source term and target term, `source TAB target TAB comment`, after a
/// `#` comment line (OmegaT skips lines that start with `#`). OmegaT reads
/// it as UTF-8 from a `.txt` or `.utf8` file in the project's glossary folder.
///
/// Every source term gets a row, deprecated ones too, so that a deprecated
/// term in the source text still brings up the right translation. Its
/// targets are the target terms of the same type (acronym for acronym,
/// short form for short form, full form for full form), else the target's
/// head term; a variant always gets the head term. Deprecated target terms
/// are never offered. The comment holds a note on a deprecated source term,
/// the target term's note, and the definition, joined by " — ".
public struct OmegaTGlossaryWriter: TermBaseExporter {
  public var source: LanguageTag
  public var target: LanguageTag
  public var options: ExportOptions

  public init(options: ExportOptions) throws {
    guard options.languages.count == 2, options.languages[0] != options.languages[1] else {
      throw GlossaryExportError(
        message: "the OmegaT layout needs two languages, source and target (e.g. --langs en,kk)")
    }
    source = options.languages[0]
    target = options.languages[1]
    self.options = options
  }

  public func write(_ export: TermBaseExport, to sink: any TextSink) throws {
    try sink.write(
      "# \(options.creationTool) \(options.creationToolVersion) glossary, \(source.rawValue) to \(target.rawValue), "
        + "exported on \(options.dateStamp): source term, target term, comment\n")
    for entry in export.entries {
      guard let sourceSection = entry.section(source) else { continue }
      let targets = entry.glossaryTerms(target)
      guard let targetHead = targets.first else { continue }
      let sourceTerms = entry.glossaryTerms(source) + sourceSection.terms.map(\.term).filter { $0.status == .deprecated }
      let sourceHead = entry.glossaryTerms(source).first
      for term in sourceTerms {
        let sameType = term.type == .variant ? [] : targets.filter { $0.type == term.type }
        for translation in sameType.isEmpty ? [targetHead] : sameType {
          var comment: [String] = []
          if term.status == .deprecated {
            comment.append("deprecated \(source.rawValue) term" + (sourceHead.map { ", use '\($0.text)'" } ?? ""))
          }
          if let note = translation.note { comment.append(note) }
          if !entry.concept.definition.isEmpty { comment.append(entry.concept.definition) }
          let fields = [term.text, translation.text] + (comment.isEmpty ? [] : [comment.joined(separator: " — ")])
          try sink.write(fields.joined(separator: "\t") + "\n")
        }
      }
    }
  }
}
