import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm extract`: propose term candidates from source documents.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Propose terms and names from source documents for the term base.",
      discussion: """
        Finds defined acronyms, glossed names, quoted terms, proper names and recurrent phrases, \
        scores them (C-value) and marks those the term base already has. In a project the term \
        base is the project's store (or --db); elsewhere, without --db, nothing is marked known. \
        --format tsv writes the new candidates as data/termbase rows with the Russian, Kazakh and \
        definition texts empty: the file loads once they are filled in.
        """)

    @Argument(help: ArgumentHelp("Text files, or folders searched for .txt files; - reads standard input.", valueName: "path"))
    var paths: [String]

    @Option(parsing: .unconditional, help: "The fewest occurrences of a phrase (names, acronyms and quoted terms count from one).")
    var minFreq: Int = 2

    @Option(parsing: .unconditional, help: "The most candidates to show, best first (default: all; with tsv, the most new ones).")
    var limit: Int?

    @Option(help: "Output format: text, json or tsv.") var format: ExtractFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard minFreq > 0 else { throw ValidationError("--min-freq must be at least 1") }
      if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let documents = try SourceDocument.read(
        paths: paths, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      var candidates: [TermCandidate]
      var knownIDs: Set<String> = []
      if let workspace = try store.openWorkspaceIfAny() {
        candidates = try workspace.extractTerms(from: documents, minFrequency: minFreq)
        knownIDs = Set(try workspace.termIndex().concepts.map(\.id))
      } else {
        Terminal.standardError.write(
          "tm: no term base (no project here, no --db or TM_DB): no candidate is marked as known\n")
        candidates = try TermExtractor(knownTerms: nil, minFrequency: minFreq).candidates(in: documents)
      }
      // The TSV is for adding to the term base: new candidates only.
      if format == .tsv { candidates.removeAll { $0.conceptID != nil } }
      if let limit { candidates = Array(candidates.prefix(limit)) }
      switch format {
      case .text: print(CandidateTable.render(candidates, on: .standardOutput), terminator: "")
      case .json: print(CandidateJSON.render(candidates, documents: documents).serialized())
      case .tsv: print(TermBaseDraft(candidates: candidates, existingIDs: knownIDs).tsv, terminator: "")
      }
    }
  }
}

/// `tm extract --format text|json|tsv`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, tsv
}
