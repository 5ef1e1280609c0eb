import Glossary

/// What `tm concordance` prints: each segment's origin, then its source and
/// translations with the words found highlighted (on a terminal).
enum ConcordanceOutput {
  static func text(_ hits: [ConcordanceHit], on t: Terminal) -> String {
    hits.map { hit in
      var out = t.style(hit.unit.unit.origin, .magenta) + "\n"
      for (language, text) in texts(hit) {
        out += "  " + t.style(language.rawValue, .dim) + "  " + highlighted(text, hit.highlights[language] ?? [], on: t)
          + "\n"
      }
      return out
    }.joined(separator: "\n")
  }

  /// `{"query": …, "matches": [{"source", "targets", "origin", "highlights":
  /// {"en": [{"start", "end", "text"}]}}]}`, offsets in Unicode code points.
  static func json(query: String, _ hits: [ConcordanceHit]) -> JSONValue {
    .object([
      ("query", .string(query)),
      ("matches", .array(hits.map { hit in
        let unit = hit.unit.unit
        return .object([
          ("source", .string(unit.source)),
          ("targets", .object(Language.allCases.compactMap { language in
            unit.targets[language].map { (language.rawValue, .string($0)) }
          })),
          ("origin", .string(unit.origin)),
          ("highlights", .object(texts(hit).compactMap { (language, text) in
            guard let ranges = hit.highlights[language] else { return nil }
            return (language.rawValue, .array(ranges.map { range in
              let utf8 = Array(text.utf8)
              let before = String(decoding: utf8[..<range.lowerBound], as: UTF8.self).unicodeScalars.count
              let word = String(decoding: utf8[range], as: UTF8.self)
              return .object([
                ("start", .int(before)), ("end", .int(before + word.unicodeScalars.count)), ("text", .string(word)),
              ])
            }))
          })),
        ])
      })),
    ])
  }

  private static func texts(_ hit: ConcordanceHit) -> [(Language, String)] {
    [(.en, hit.unit.unit.source)] + [Language.ru, .kk].compactMap { language in
      hit.unit.unit.targets[language].map { (language, $0) }
    }
  }

  private static func highlighted(_ text: String, _ ranges: [Range<Int>], on t: Terminal) -> String {
    guard t.colored, !ranges.isEmpty else { return text }
    let utf8 = Array(text.utf8)
    var out = ""
    var position = 0
    for range in ranges {
      out += String(decoding: utf8[position..<range.lowerBound], as: UTF8.self)
      out += t.style(String(decoding: utf8[range], as: UTF8.self), .boldYellow)
      position = range.upperBound
    }
    return out + String(decoding: utf8[position...], as: UTF8.self)
  }
}
