import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm match`: fuzzy matches of a sentence in the translation memory.
  struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find the memory's closest translated segments to a sentence.",
      discussion: """
        Scores are CAT-style: 100 × (1 − token edit distance / the longer segment's token count), \
        rounded down; 100 only for identical text, 99 when only case, quotes or spacing differ. \
        Exit status 1 when nothing scores at least --min. With --queries FILE, each line of FILE \
        is a query and each line of the output a JSON object, in the same order (exit status 0).
        """)

    @Argument(help: "The sentence to match.") var text: String?

    @Option(help: ArgumentHelp("Match each line of this file; write JSON Lines.", valueName: "file"))
    var queries: String?

    @Option(help: "Only units translated into this language: ru or kk.") var target: Language?

    @Option(parsing: .unconditional, help: "The lowest score to show (1-100).") var min: Int = 70

    @Option(parsing: .unconditional, help: "The most matches to show per query.") var limit: Int = 5

    @Option(help: "Output format: text or json (--queries writes JSON Lines).") var format: OutputFormat?

    @Flag(help: "Score every segment instead of using the index (for recall checks).") var exhaustive = false

    @Option(
      help: ArgumentHelp(
        "With --queries, write each query's matching time in microseconds to this file, one per line.",
        valueName: "file"))
    var timings: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard (text == nil) != (queries == nil) else { throw ValidationError("give either a sentence or --queries FILE") }
      if let text, text.allSatisfy(\.isWhitespace) { throw ValidationError("the sentence is empty") }
      guard (1...100).contains(min) else { throw ValidationError("--min must be between 1 and 100") }
      guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
      if target == .en { throw ValidationError("--target must be ru or kk") }
      if timings != nil && queries == nil { throw ValidationError("--timings needs --queries") }
      if queries != nil && format == .text { throw ValidationError("--queries writes JSON Lines: --format text does not apply") }
      if queries?.isEmpty == true { throw ValidationError("--queries names no file") }
      if timings?.isEmpty == true { throw ValidationError("--timings names no file") }
    }

    func run() throws {
      let memory = try store.openWorkspace().memory
      let options = MatchOptions(minimum: min, limit: limit, target: target, exhaustive: exhaustive)
      if let queries {
        try runBatch(memory, file: queries, options: options)
        return
      }
      guard let text else { return }
      let matches = try memory.match(text, options: options)
      try ResultOutput.finish(
        format: format ?? .text, found: !matches.isEmpty, json: { MatchJSON.render(query: text, matches) },
        text: { MatchText.render(matches, on: .standardOutput) },
        nothing: "nothing in the memory matches '\(text.excerpt)' at \(min)% or more")
    }

    /// One JSON line per line of the file, timing each query.
    private func runBatch(_ memory: TranslationMemory, file: String, options: MatchOptions) throws {
      var lines = try TextFile.read(URL(fileURLWithPath: file), displayName: file).split(
        separator: "\n", omittingEmptySubsequences: false)
      if lines.last == "" { lines.removeLast() }
      // The timings file is made first: a path it cannot be written to is an
      // error before any work, and it is replaced only when complete.
      let timingsSink = try timings.map { try AtomicFileSink(destination: URL(fileURLWithPath: $0), name: $0) }
      var output = ""
      var elapsed: [Duration] = []
      elapsed.reserveCapacity(lines.count)
      let clock = ContinuousClock()
      try memory.withMatcher { matcher in
        for line in lines {
          let query = String(line)
          var matches: [MemoryMatch] = []
          elapsed.append(try clock.measure { matches = try matcher.match(query, options: options) })
          output += MatchJSON.render(query: query, matches).serialized() + "\n"
          if output.utf8.count > 1 << 16 {
            FileHandle.standardOutput.write(Data(output.utf8))
            output = ""
          }
        }
      }
      FileHandle.standardOutput.write(Data(output.utf8))
      if let timingsSink {
        let micros = elapsed.map { String($0.components.seconds * 1_000_000 + $0.components.attoseconds / 1_000_000_000_000) }
        try timingsSink.write(micros.joined(separator: "\n") + "\n")
        try timingsSink.commit()
      }
    }
  }
}
