import Foundation

/// The term base as the store holds it: the curated concepts with their
/// derived Kazakh Latin terms, every term's match keys, and the occurrences of
/// the terms in the source articles.
public struct CompiledTermBase: Sendable {
  public var concepts: [Concept]
  /// `keys[c][t]` are the keys of `concepts[c].terms[t]`.
  public var keys: [[TermKeys]]
  /// `occurrences[c]` are the occurrences of `concepts[c]`, in file and line order.
  public var occurrences: [[Occurrence]]

  /// Compiles curated concepts against the source articles.
  ///
  /// - Parameter sources: (file name, text) of each article in `seeds/`.
  public static func compile(_ curated: [Concept], sources: [(name: String, text: String)]) throws -> CompiledTermBase {
    let keyMaker = try TermKeyMaker()
    var concepts: [Concept] = []
    var keys: [[TermKeys]] = []
    for var concept in curated {
      concept.terms = try withKazakhLatin(concept.terms, keyMaker: keyMaker)
      keys.append(try concept.terms.map { term throws(ICUError) in try keyMaker.keys(for: term.text, language: term.tag.language) })
      concepts.append(concept)
    }
    let finder = try OccurrenceFinder(concepts: concepts)
    var occurrences = Array(repeating: [Occurrence](), count: concepts.count)
    for source in sources.sorted(by: { $0.name < $1.name }) {
      for (index, occurrence) in try finder.occurrences(in: source.text, file: source.name) {
        occurrences[index].append(occurrence)
      }
    }
    return CompiledTermBase(concepts: concepts, keys: keys, occurrences: occurrences)
  }

  /// The terms with a kk-Latn term after each language's terms, derived from
  /// each kk term, with its type, status and note.
  static func withKazakhLatin(_ terms: [Term], keyMaker: TermKeyMaker) throws(ICUError) -> [Term] {
    var result = terms.filter { $0.tag != .kkLatn }
    for term in terms where term.tag == .kk {
      let latin = try keyMaker.kazakhLatin(term.text)
      guard !result.contains(where: { $0.tag == .kkLatn && $0.text == latin }) else { continue }
      result.append(Term(text: latin, tag: .kkLatn, type: term.type, status: term.status, note: nil))
    }
    return result
  }
}
