import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm import`: add TMX, PO or TSV files to the translation memory.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add translation units from TMX, PO or TSV files to the memory.",
      discussion: """
        The format comes from the extension (.tmx, .po, .tsv or .tab) unless --format names it. \
        All files are imported in one transaction: on an error (which names the file and line) \
        the memory is left as it was. Identical units (same source and translations) merge.
        """)

    @Argument(help: ArgumentHelp("The files to import.", valueName: "file")) var files: [String]

    @Option(help: "Read every file as this format: \(ImportFormats.names).") var format: String?

    @Option(help: "The target language of PO files (default: their header's Language).")
    var targetLang: Language?

    @Flag(help: "Import PO entries marked fuzzy too.") var includeFuzzy = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("name at least one file to import") }
      if let format, ImportFormats.named(format) == nil {
        throw ValidationError("unknown format '\(format)' (expected \(ImportFormats.names))")
      }
      if targetLang == .en { throw ValidationError("--target-lang must be ru or kk") }
    }

    func run() throws {
      let workspace = try store.openWorkspace(createStore: true)
      let bar = ProgressBar(label: "importing")
      defer { bar.finish() }
      let report = try workspace.importFiles(
        files, format: format, options: ImportOptions(targetLanguage: targetLang, includeFuzzy: includeFuzzy),
        progress: bar.update)
      bar.finish()
      for note in report.notes { Terminal.standardError.write("tm: \(note)\n") }
      let summary = report.summary
      func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
      var line = "imported \(count(summary.added, "unit")) from \(count(files.count, "file"))"
      var details: [String] = []
      if summary.merged > 0 { details.append("\(summary.merged) merged into identical units") }
      if summary.skipped > 0 { details.append("\(summary.skipped) without source or translation left out") }
      if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
      print(line + "; the memory holds \(count(try workspace.memory.count(), "unit"))")
    }
  }
}
