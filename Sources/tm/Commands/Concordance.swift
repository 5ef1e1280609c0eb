import ArgumentParser
import Glossary

extension TM {
  /// `tm concordance`: the memory's segments that contain some words.
  struct Concordance: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find the memory's segments that contain words, in any language or script.",
      discussion: """
        Every word must occur, as a whole word (end it with * to match words it begins). Case, \
        accents and quotes are ignored, and Latin and Cyrillic spellings meet: "Nurly Zhol" finds \
        «Нұрлы жол». Exit status 1 when no segment contains the words.
        """)

    @Argument(help: "The words to find.") var words: [String]

    @Option(help: "Only look in this language: en (the source), ru or kk.") var lang: Language?

    @Option(parsing: .unconditional, help: "The most segments to show.") var limit: Int = 10

    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard !words.joined().allSatisfy(\.isWhitespace) else { throw ValidationError("name the words to find") }
      guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let query = words.joined(separator: " ")
      let hits = try store.openWorkspace().memory.concordance(query, language: lang, limit: limit)
      try ResultOutput.finish(
        format: format, found: !hits.isEmpty, json: { ConcordanceOutput.json(query: query, hits) },
        text: { ConcordanceOutput.text(hits, on: .standardOutput) },
        nothing: "no segment in the memory contains '\(query.excerpt)'")
    }
  }
}
