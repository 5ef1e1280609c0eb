import ArgumentParser
import Glossary

extension TM {
  /// `tm lookup`: find concepts by any of their terms.
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find a term in any language, script or spelling.",
      discussion: """
        Matches exactly, after normalization (case, quotes, hyphens, ё/е), across scripts \
        (Cyrillic, BGN, Kazakh 2021 Latin, ASCII), by acronym, with a few typos, and finds \
        the terms that occur inside a longer query. Exit status 1 when nothing matches.
        """)

    @Argument(help: "A term, a misspelling of one, or a text that contains terms.") var query: String

    @Option(help: "Only match terms in this language: en, ru or kk (kk includes kk-Latn).")
    var lang: Language?

    @Option(parsing: .unconditional, help: "The most concepts to show.") var limit: Int = 5

    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
      guard !query.allSatisfy(\.isWhitespace) else { throw ValidationError("the query is empty") }
    }

    func run() throws {
      let result = try store.openWorkspace().lookup(query, language: lang, limit: limit)
      switch format {
      case .json: print(LookupJSON.render(result).serialized())
      case .text: if !result.hits.isEmpty { print(ConceptCard.render(result, on: .standardOutput), terminator: "") }
      }
      if result.hits.isEmpty {
        Terminal.standardError.write("tm: no concept matches '\(query.excerpt)'\n")
        throw ExitCode.failure
      }
    }
  }
}
