/// A unit that contains the words of a concordance query, with the places
/// of those words.
public struct ConcordanceHit: Sendable {
  public var unit: StoredUnit
  /// Per language (`.en` for the source), the UTF-8 byte ranges of the words
  /// found, adjacent words joined into one range.
  public var highlights: [Language: [Range<Int>]]
}

/// Finds the units that contain every word of a query, in any language and
/// across scripts, and marks the words in their texts.
///
/// Words are compared by `ConcordanceKeys`: case, accents, quotes and the
/// script are ignored, so "Nurly Zhol" finds «Нұрлы жол» and "Нұрлы жол"
/// finds "Nurly Zhol". A word matches whole words only, or any word it
/// begins when it ends in `*` ("жол*" finds "жолы").
final class Concordance {
  private let keys: ConcordanceKeys
  private let words: WordTokenizer

  init() throws(ICUError) {
    keys = try ConcordanceKeys()
    words = try WordTokenizer(locale: "en")
  }

  func search(_ query: String, language: Language?, limit: Int, in reader: any MemoryReader) throws -> [ConcordanceHit] {
    let wanted = try keys.queryWords(query)
    guard !wanted.isEmpty else { return [] }
    let ids = try reader.unitsContaining(words: wanted, language: language, limit: limit)
    return try reader.units(ids).map { stored in
      var highlights: [Language: [Range<Int>]] = [:]
      let texts = [(Language.en, stored.unit.source)] + stored.unit.targets.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
      for (textLanguage, text) in texts where language == nil || language == textLanguage {
        let ranges = try highlight(wanted, in: text, language: textLanguage)
        if !ranges.isEmpty { highlights[textLanguage] = ranges }
      }
      return ConcordanceHit(unit: stored, highlights: highlights)
    }
  }

  /// The ranges of the words of `text` that match one of `wanted`.
  private func highlight(_ wanted: [String], in text: String, language: Language) throws -> [Range<Int>] {
    let utf8 = Array(text.utf8)
    var ranges: [Range<Int>] = []
    for word in try words.words(in: text) {
      let parts = try keys.key(word.text, language: language).split(separator: " ")
      let hit = parts.contains { part in
        wanted.contains { $0.hasSuffix("*") ? part.hasPrefix($0.dropLast()) : part == $0 }
      }
      guard hit else { continue }
      if let last = ranges.last, utf8[last.upperBound..<word.range.lowerBound].allSatisfy({ $0 == 0x20 }) {
        ranges[ranges.count - 1] = last.lowerBound..<word.range.upperBound
      } else {
        ranges.append(word.range)
      }
    }
    return ranges
  }
}
