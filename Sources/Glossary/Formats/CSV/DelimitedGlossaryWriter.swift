/// Writes the term base as a table, one row per concept: `id`, a column per
/// language, `definition` and `subject`, under a header row.
///
/// A language cell joins its terms with " | " (see
/// `TermBaseExport.Entry.glossaryTerms` for which and in what order). CSV
/// follows RFC 4180: CRLF line ends, and fields holding a comma, a double
/// quote or a line break are quoted, with quotes doubled. TSV has LF line
/// ends and no quoting (exported texts hold no tabs or line breaks).
public struct DelimitedGlossaryWriter: TermBaseExporter {
  public enum Style: Sendable { case csv, tsv }

  public var style: Style

  public init(style: Style) { self.style = style }

  /// What joins the terms of one cell.
  public static let termSeparator = " | "

  public func write(_ export: TermBaseExport, to sink: any TextSink) throws {
    try row(["id"] + export.languages.map(\.rawValue) + ["definition", "subject"], sink)
    for entry in export.entries {
      var fields = [entry.concept.id]
      for tag in export.languages {
        let terms = entry.glossaryTerms(tag)
        if let joined = terms.first(where: { $0.text.contains("|") }) {
          throw GlossaryExportError(
            message: "concept '\(entry.concept.id)': \(tag.rawValue) term '\(joined.text)' contains '|', which "
              + "separates the terms of a cell")
        }
        fields.append(terms.map(\.text).joined(separator: Self.termSeparator))
      }
      fields += [entry.concept.definition, entry.concept.subject ?? ""]
      try row(fields, sink)
    }
  }

  private func row(_ fields: [String], _ sink: any TextSink) throws {
    switch style {
    case .csv: try sink.write(fields.map(Self.csvField).joined(separator: ",") + "\r\n")
    case .tsv: try sink.write(fields.joined(separator: "\t") + "\n")
    }
  }

  /// A CSV field, quoted when RFC 4180 requires it.
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
