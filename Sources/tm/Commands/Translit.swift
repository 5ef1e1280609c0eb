import ArgumentParser
import Glossary

extension TM {
  /// `tm translit`: show the romanizations of Kazakh or Russian text.
  struct Translit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the Latin transliterations of Kazakh or Russian text.")

    @Argument(help: "The text to transliterate.") var text: String

    @Option(help: "The language of the text (default: kk when it has Kazakh letters, else ru).")
    var from: Language?

    @Option(help: "One scheme only: kk-2021, bgn or ascii (default: all).")
    var to: TransliterationTarget?

    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func validate() throws {
      guard !text.allSatisfy(\.isWhitespace) else { throw ValidationError("the text is empty") }
      if from == .en { throw ValidationError("--from must be ru or kk: tm transliterates Cyrillic") }
    }

    func run() throws {
      let rows = try Romanizer.romanizations(of: text, from: from, schemes: to.map { [$0] } ?? TransliterationTarget.allCases)
      if !rows.untransliterated.isEmpty {
        let letters = rows.untransliterated.map(String.init).joined(separator: " ")
        let hint = rows.language == .ru && Romanizer.hasKazakhLetters(letters) ? "; Kazakh letters need --from kk" : ""
        Terminal.standardError.write("tm: left as they are (no \(rows.language.rawValue) transliteration): \(letters)\(hint)\n")
      }
      switch format {
      case .json:
        print(
          JSONValue.object([
            ("text", .string(text)), ("from", .string(rows.language.rawValue)),
            ("transliterations", .object(rows.results.map { ($0.target.rawValue, .string($0.text)) })),
            ("untransliterated", .array(rows.untransliterated.map { .string(String($0)) })),
          ]).serialized())
      case .text:
        if to != nil, let only = rows.results.first {
          print(only.text)
          return
        }
        let terminal = Terminal.standardOutput
        let width = rows.results.map { $0.target.rawValue.count }.max() ?? 0
        for row in rows.results {
          print(terminal.style(row.target.rawValue.padded(to: width), .dim) + "  " + row.text)
        }
      }
    }
  }
}

extension Language: ExpressibleByArgument {
  /// Language codes in any case (`--lang RU`), as BCP 47 allows.
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
extension TransliterationTarget: ExpressibleByArgument {}
