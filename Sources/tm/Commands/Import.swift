import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm import`: add TMX, PO or TSV files to the translation memory, or
  /// merge a TBX file into the term base.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import TMX, PO or TSV files into the memory, or a TBX file into the term base.",
      discussion: """
        The format comes from the extension (.tmx, .po, .tsv or .tab; .tbx for the term base) unless \
        --format names it. Memory files are imported in one transaction: on an error (which names the \
        file and line) the memory is left as it was. Identical units (same source and translations) merge. \
        A TBX file (2008 or 2019) is imported on its own: its entries merge into the concepts they share \
        terms with, the others become new concepts, and imported entries survive every rebuild from data/. \
        With --db, a store that does not exist is created.
        """)

    @Argument(help: ArgumentHelp("The files to import.", valueName: "file")) var files: [String]

    @Option(help: "Read every file as this format: tbx, \(ImportFormats.names).") var format: String?

    @Option(help: "The target language of PO files (default: their header's Language).")
    var targetLang: Language?

    @Flag(help: "Import PO entries marked fuzzy too.") var includeFuzzy = false

    @OptionGroup var store: StoreOptions

    /// Whether `file` is read as TBX.
    private func isTermBase(_ file: String) -> Bool {
      (format?.lowercased() ?? URL(fileURLWithPath: file).pathExtension.lowercased()) == "tbx"
    }

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("name at least one file to import") }
      if let format, format.lowercased() != "tbx", ImportFormats.named(format) == nil {
        throw ValidationError("unknown format '\(format)' (expected tbx, \(ImportFormats.names))")
      }
      if targetLang == .en { throw ValidationError("--target-lang must be ru or kk") }
      let termBaseFiles = files.filter(isTermBase)
      if !termBaseFiles.isEmpty && termBaseFiles.count != files.count {
        throw ValidationError("import .tbx files and memory files (.tmx, .po, .tsv) in separate commands")
      }
      if termBaseFiles.count > 1 {
        throw ValidationError("import one .tbx file at a time, so that each import is all or nothing")
      }
      // PO options on files none of which is PO would silently do nothing.
      let poFiles = files.filter { (format.flatMap(ImportFormats.named) ?? ImportFormats.forFile($0)) == POReader.self }
      if poFiles.isEmpty, targetLang != nil { throw ValidationError("--target-lang applies to PO files only") }
      if poFiles.isEmpty, includeFuzzy { throw ValidationError("--include-fuzzy applies to PO files only") }
    }

    func run() throws {
      let workspace = try store.openWorkspace(creatingStore: true)
      try workspace.removingNewStoreOnFailure { try run(workspace) }
    }

    private func run(_ workspace: Workspace) throws {
      if let file = files.first, isTermBase(file) {
        let report = try workspace.importTermBase(from: URL(fileURLWithPath: file), file: file)
        for warning in report.warnings { Terminal.standardError.write("\(warning)\n") }
        print(ImportSummary.render(report, file: file))
        return
      }
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
