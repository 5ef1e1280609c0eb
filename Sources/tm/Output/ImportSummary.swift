import Glossary

/// The lines `tm import` prints about what it did.
enum ImportSummary {
  /// How many concept ids a line lists before "…".
  static let idLimit = 5

  static func render(_ report: TermBaseImportReport, file: String) -> String {
    var lines = [
      "imported \(file): \(report.entries) \(plural(report.entries, "entry", "entries")), "
        + "\(report.termsAdded) \(plural(report.termsAdded, "term", "terms")) added"
    ]
    if !report.newConcepts.isEmpty {
      lines.append("  new concepts: \(report.newConcepts.count) (\(list(report.newConcepts)))")
    }
    if !report.mergedConcepts.isEmpty {
      lines.append("  merged into: \(report.mergedConcepts.count) (\(list(report.mergedConcepts)))")
    }
    if report.skippedEntries > 0 {
      lines.append("  skipped: \(report.skippedEntries) \(plural(report.skippedEntries, "entry", "entries")) without en, ru or kk terms")
    }
    if !report.skippedLanguages.isEmpty {
      let languages = report.skippedLanguages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      lines.append("  skipped language sections: \(languages.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n")
  }

  static func list(_ ids: [String]) -> String {
    ids.prefix(idLimit).joined(separator: ", ") + (ids.count > idLimit ? ", …" : "")
  }

  static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? one : many }
}
