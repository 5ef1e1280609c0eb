import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm align`: align the sentences of a text with its translation.
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align the sentences of an English text with its Russian or Kazakh translation.",
      discussion: """
        Prints one aligned pair per line (TSV with a header row naming the languages, which \
        `tm import` reads) or TMX 1.4b. Beads that need a look (low confidence, or a sentence \
        one side does not translate) are listed on stderr with their lines, then a summary. \
        A TARGET with a translation header (data/translations/*.txt) gives its language and status.
        """)

    @Argument(help: "The English text.") var source: String
    @Argument(help: "Its translation: plain text, or a translation file with a header.") var target: String

    @Option(name: .customLong("source-lang"), help: "The source language (en).")
    var sourceLang: Language = .en

    @Option(name: .customLong("target-lang"), help: "The target language: ru or kk (default: from the translation header).")
    var targetLang: Language?

    @Option(help: "Output format: tsv, tmx, or text (every bead with its shape, confidence and lines, for reading).") var format: AlignFormat = .tsv

    @Flag(help: "Also add the aligned pairs to the translation memory.") var add = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard sourceLang == .en else { throw ValidationError("the source language must be en") }
      guard targetLang != .en else { throw ValidationError("the target language must be ru or kk") }
    }

    func run() throws {
      let workspace: Workspace?
      do {
        // --add, like tm import, may name a new store.
        workspace = try store.openWorkspace(creatingStore: add)
      } catch let error as WorkspaceError where !add {
        Terminal.standardError.write("tm: \(error); aligning without term anchors\n")
        workspace = nil
      }
      guard let workspace else { return try align(with: nil) }
      try workspace.removingNewStoreOnFailure { try align(with: workspace) }
    }

    private func align(with workspace: Workspace?) throws {
      let sourceURL = URL(fileURLWithPath: source)
      let targetURL = URL(fileURLWithPath: target)
      let aligned =
        try workspace?.align(source: sourceURL, sourceName: source, target: targetURL, targetName: target, targetLanguage: targetLang)
        ?? AlignedFiles.read(
          source: sourceURL, sourceName: source, target: targetURL, targetName: target, targetLanguage: targetLang,
          concepts: [])
      let units = aligned.units(created: Date())
      let output = FileOutputStream(.standardOutput)
      switch format {
      case .text:
        output.write(AlignmentText.render(aligned, on: .standardOutput))
      case .tsv:
        output.write(AlignmentTSV.render(units, sourceLanguage: aligned.alignment.sourceLanguage, targetLanguage: aligned.alignment.targetLanguage))
      case .tmx:
        var writer = TMXWriter(output: output, creationToolVersion: TM.configuration.version)
        writer.begin()
        for unit in units { try writer.write(unit) }
        writer.end()
      }
      output.flush()
      AlignmentReview.write(aligned, to: .standardError)
      if add, let workspace {
        let summary = try workspace.addToMemory(units)
        let merged = summary.merged > 0 ? " (\(summary.merged) merged into identical units)" : ""
        Terminal.standardError.write(
          "tm: added \(summary.added) unit\(summary.added == 1 ? "" : "s") to the memory\(merged)\n")
      }
    }
  }
}

/// `--format tsv|tmx` of `tm align`.
enum AlignFormat: String, ExpressibleByArgument, CaseIterable {
  case tsv, tmx, text
}
