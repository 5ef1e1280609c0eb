/// What `tm translit --to` offers: the Kazakh 2021 alphabet, BGN/PCGN for the
/// text's language, and plain ASCII.
public enum TransliterationTarget: String, CaseIterable, Sendable {
  case kazakh2021 = "kk-2021"
  case bgn
  case ascii
}

/// Romanizes Kazakh or Russian text for people (the `tm translit` command).
public enum Romanizer {
  public struct Result: Sendable {
    /// The language the text was taken to be in.
    public var language: Language
    public var results: [(target: TransliterationTarget, text: String)]
    /// Letters that some romanization left as they were, in a script other
    /// than Latin (a Kazakh "ұ" taken as Russian, a Greek letter), in the
    /// order they first appear: the user is told rather than handed a
    /// "Latin" text that is not.
    public var untransliterated: [Character]
  }

  /// The text's romanizations, one per target, transliterated line by line.
  ///
  /// - Parameter language: kk or ru; when nil, kk if the text has a letter
  ///   only Kazakh uses (ә ғ қ ң ө ұ ү һ і), else ru.
  public static func romanizations(
    of text: String, from language: Language?, schemes: [TransliterationTarget]
  ) throws -> Result {
    let language = language ?? (hasKazakhLetters(text) ? .kk : .ru)
    let bgn: TransliterationScheme = language == .ru ? .russianBGN : .kazakhBGN
    var results: [(TransliterationTarget, String)] = []
    for target in schemes {
      let chain: [TransliterationScheme] =
        switch target {
        case .kazakh2021: [.kazakh2021]
        case .bgn: [bgn]
        case .ascii: [bgn, .latinASCII]
        }
      let transliterators = try chain.map { scheme throws(ICUError) in try Transliterator(scheme) }
      var lines: [String] = []
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var current = String(line)
        for transliterator in transliterators { current = try transliterator.transliterate(current) }
        lines.append(current)
      }
      results.append((target, lines.joined(separator: "\n")))
    }
    return Result(language: language, results: results, untransliterated: nonLatinLetters(in: results.map(\.1)))
  }

  /// The distinct letters of `texts` in a script other than Latin.
  static func nonLatinLetters(in texts: [String]) -> [Character] {
    var seen: Set<Character> = []
    var letters: [Character] = []
    for text in texts {
      for character in text where character.isLetter && !seen.contains(character) {
        let script = Script(of: character.unicodeScalars.first!)
        if !script.isNeutral && script != .latin {
          seen.insert(character)
          letters.append(character)
        }
      }
    }
    return letters
  }

  /// Whether `text` has a letter of the Kazakh alphabet that Russian lacks.
  public static func hasKazakhLetters(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { kazakhOnly.contains($0) }
  }

  static let kazakhOnly: Set<Unicode.Scalar> = [
    "Ә", "ә", "Ғ", "ғ", "Қ", "қ", "Ң", "ң", "Ө", "ө", "Ұ", "ұ", "Ү", "ү", "Һ", "һ", "І", "і",
  ]
}
